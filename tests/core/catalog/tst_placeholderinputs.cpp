#include "catalog/CatalogLoader.h"
#include "catalog/PlaceholderInputs.h"

#include <QTest>

// Values for placeholders, judged against the wildcards of the built-in catalog in each cloud: accepted where a
// wildcard of that cloud covers them, refused with the expected suffix named otherwise.
class TestPlaceholderInputs final : public QObject
{
    Q_OBJECT

private slots:
    void hostOf_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host");
        QTest::addRow("host") << "Org.CRM.dynamics.com"
                              << "org.crm.dynamics.com";
        QTest::addRow("host with a trailing dot") << "org.crm.dynamics.com."
                                                  << "org.crm.dynamics.com";
        QTest::addRow("https URL") << " https://org.crm.dynamics.com/ "
                                   << "org.crm.dynamics.com";
        QTest::addRow("http URL with a path") << "http://ns.servicebus.windows.net/x"
                                              << "ns.servicebus.windows.net";
        QTest::addRow("other scheme") << "ftp://org.crm.dynamics.com"
                                      << "";
        QTest::addRow("credentials") << "https://user:pw@org.crm.dynamics.com"
                                     << "";
        QTest::addRow("space") << "org crm.dynamics.com"
                               << "";
        QTest::addRow("single label") << "org"
                                      << "";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("wildcard") << "*.dynamics.com"
                                  << "";
    }

    void hostOf()
    {
        QFETCH(QString, value);
        QFETCH(QString, host);
        QCOMPARE(PlaceholderInputs::hostOf(value), host);
    }

    void checkPerCloud_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const auto add = [](Cloud cloud, const char* placeholder, const char* value, const char* problem) {
            QTest::addRow("%s %s %s", qPrintable(Clouds::id(cloud)), placeholder, value)
                << cloud << QString::fromLatin1(placeholder) << QString::fromLatin1(value)
                << QString::fromLatin1(problem);
        };
        add(Cloud::Public, "dataverse", "https://org.crm.dynamics.com", "");
        add(Cloud::Public, "dataverse", "org.crm4.dynamics.com", "");
        add(Cloud::Public, "dataverse", "org.crm.microsoftdynamics.us",
            "{dataverse}: 'org.crm.microsoftdynamics.us' is not a host under *.dynamics.com");
        add(Cloud::Public, "dataverse", "dynamics.com", "'dynamics.com' is not a host under *.dynamics.com");
        add(Cloud::Public, "dataverse", "ftp://org.crm.dynamics.com",
            "{dataverse}: 'ftp://org.crm.dynamics.com' is neither a host name nor an http(s) URL");
        add(Cloud::Public, "dataverse", "not a host", "is neither a host name nor an http(s) URL");
        add(Cloud::Gcc, "dataverse", "https://org.crm9.dynamics.com", "");
        add(Cloud::GccHigh, "dataverse", "https://org.crm.microsoftdynamics.us", "");
        add(Cloud::GccHigh, "dataverse", "org.crm.dynamics.com", "is not a host under *.microsoftdynamics.us");
        add(Cloud::Dod, "dataverse", "org.crm.appsplatform.us", "");
        add(Cloud::Dod, "dataverse", "org.crm.microsoftdynamics.us", "is not a host under *.crm.appsplatform.us");
        add(Cloud::China, "dataverse", "org.crm.dynamics.cn", "");
        add(Cloud::China, "dataverse", "org.crm.dynamics.com", "is not a host under *.dynamics.cn");
        add(Cloud::Public, "servicebus-namespace", "contoso.servicebus.windows.net", "");
        add(Cloud::Public, "servicebus-namespace", "contoso.servicebus.usgovcloudapi.net",
            "is not a host under *.servicebus.windows.net");
        add(Cloud::Gcc, "servicebus-namespace", "contoso.servicebus.usgovcloudapi.net", "");
        add(Cloud::GccHigh, "servicebus-namespace", "contoso.servicebus.windows.net",
            "is not a host under *.servicebus.usgovcloudapi.net");
        add(Cloud::Dod, "servicebus-namespace", "contoso.servicebus.usgovcloudapi.net", "");
        add(Cloud::China, "servicebus-namespace", "contoso.servicebus.chinacloudapi.cn", "");
        add(Cloud::China, "servicebus-namespace", "contoso.servicebus.windows.net",
            "is not a host under *.servicebus.chinacloudapi.cn");
        add(Cloud::Public, "powerplatform-api", "abc.environment.api.powerplatform.com", "");
        add(Cloud::Public, "powerplatform-api", "api.powerplatform.com",
            "'api.powerplatform.com' is not a host under *.api.powerplatform.com");
        add(Cloud::Gcc, "powerplatform-api", "abc.environment.api.gov.powerplatform.microsoft.us", "");
        add(Cloud::GccHigh, "powerplatform-api", "abc.environment.api.gov.powerplatform.microsoft.us",
            "is not a host under *.api.high.powerplatform.microsoft.us");
        add(Cloud::Public, "island-gateway", "gw.example.gateway.prod.island.powerapps.com", "");
        add(Cloud::Public, "nothing-uses-this", "anything.example.com", "");
    }

    void checkPerCloud()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, placeholder);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QList<Endpoint> selected = CatalogLoader::builtIn().select(cloud, Features::all());
        const QString result = PlaceholderInputs::check(selected, {{placeholder, {value}}});
        if (problem.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result));
        else
            QVERIFY2(result.contains(problem), qPrintable(result));
    }

    void fittingHostsKeepOrderAndDropTheRest()
    {
        Endpoint endpoint;
        endpoint.host = QStringLiteral("*.servicebus.windows.net");
        endpoint.probe = QStringLiteral("{servicebus-namespace}");
        const QStringList values {"b.servicebus.windows.net", "https://A.servicebus.windows.net/",
            "c.servicebus.usgovcloudapi.net", "servicebus.windows.net", "b.servicebus.windows.net", "x y"};
        QCOMPARE(PlaceholderInputs::fittingHosts(endpoint, values),
            (QStringList {"b.servicebus.windows.net", "a.servicebus.windows.net"}));
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderInputs)
#include "tst_placeholderinputs.moc"
