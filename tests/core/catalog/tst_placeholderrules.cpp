#include "catalog/CatalogLoader.h"
#include "catalog/PlaceholderRules.h"

#include <QTest>

// Values for placeholders as the wizard and the command line take them: the form alone, then each placeholder of
// the built-in catalog in each cloud, accepted below a wildcard of that cloud and refused with the expected suffix
// named otherwise; environment URLs and Service Bus namespaces also in the cloud's own form.
class TestPlaceholderRules final : public QObject
{
    Q_OBJECT

private:
    static PlaceholderRules builtInRules(Cloud cloud)
    {
        return PlaceholderRules(cloud, CatalogLoader::builtIn().select(cloud, Features::all()));
    }

private slots:
    void form_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::addColumn<QString>("problem");
        const auto add
            = [](const char* name, const char* placeholder, const char* value, const char* host, const char* problem) {
                  QTest::addRow("%s", name) << QString::fromLatin1(placeholder) << QString::fromLatin1(value)
                                            << QString::fromLatin1(host) << QString::fromLatin1(problem);
              };
        add("host", "azure-apim", "Org.Azure-APIM.net", "org.azure-apim.net", "");
        add("host with a trailing dot", "azure-apim", "org.azure-apim.net.", "org.azure-apim.net", "");
        add("https URL", "azure-apim", " https://org.azure-apim.net/ ", "org.azure-apim.net", "");
        add("http URL with a path and query", "azure-apim", "http://org.azure-apim.net/a/b?c=d#e", "org.azure-apim.net",
            "");
        add("host with a path", "azure-apim", "org.azure-apim.net/main.aspx", "org.azure-apim.net", "");
        add("https on its own port", "azure-apim", "https://org.azure-apim.net:443", "org.azure-apim.net", "");
        add("http on its own port", "azure-apim", "http://org.azure-apim.net:80/", "org.azure-apim.net", "");
        add("other scheme", "azure-apim", "ftp://org.azure-apim.net", "",
            "'ftp://org.azure-apim.net' is neither a host name nor an http(s) URL");
        add("other port", "azure-apim", "https://org.azure-apim.net:8443", "", "leave out the port 8443");
        add("port out of range", "azure-apim", "https://org.azure-apim.net:70000", "",
            "'70000' is not a port (1 to 65535)");
        add("port zero", "azure-apim", "org.azure-apim.net:0", "", "'0' is not a port");
        add("port not a number", "azure-apim", "org.azure-apim.net:https", "", "'https' is not a port");
        add("user name and password", "azure-apim", "https://me:secret@org.azure-apim.net", "",
            "'org.azure-apim.net': leave out the user name");
        add("user name without scheme", "azure-apim", "me@org.azure-apim.net", "", "leave out the user name");
        add("IPv4 address", "azure-apim", "https://10.1.2.3/", "", "'10.1.2.3' is an IP address");
        add("IPv6 address", "azure-apim", "https://[2001:db8::1]/", "", "is an IP address");
        add("space in the host", "azure-apim", "org azure-apim.net", "", "is neither a host name");
        add("space in the path", "azure-apim", "https://org.azure-apim.net/my path", "", "is not a valid URL");
        add("single label", "azure-apim", "org", "", "'org' is neither a host name");
        add("wildcard", "azure-apim", "*.azure-apim.net", "", "is neither a host name");
        add("underscore", "azure-apim", "org_1.azure-apim.net", "", "is neither a host name");
        add("label too long", "azure-apim", QByteArray(QByteArray(64, 'a') + ".azure-apim.net").constData(), "",
            "is neither a host name");
        add("bare namespace name", "servicebus-namespace", "contoso-relay", "contoso-relay.servicebus.windows.net", "");
        add("namespace name too short", "servicebus-namespace", "abc", "", "'abc' is not a namespace name");
        add("namespace name with underscore", "servicebus-namespace", "relay_name", "",
            "'relay_name' is not a namespace name");
        add("namespace name starting with a digit", "servicebus-namespace", "1relay-name", "",
            "is not a namespace name");
        add("bare name for another placeholder", "azure-apim", "contoso", "", "is neither a host name");
    }

    void form()
    {
        QFETCH(QString, placeholder);
        QFETCH(QString, value);
        QFETCH(QString, host);
        QFETCH(QString, problem);
        const QString formProblem = PlaceholderRules::formProblem(placeholder, value);
        // A cloud without a catalog: the form and the cloud's own rules only.
        const PlaceholderRules::Result result = PlaceholderRules(Cloud::Public).check(placeholder, value);
        if (host.isEmpty()) {
            QVERIFY2(formProblem.contains(problem), qPrintable(formProblem));
            QVERIFY2(result.reason.contains(problem), qPrintable(result.reason));
            QVERIFY(result.hosts.isEmpty());
            QVERIFY2(!result.reason.contains("secret"), qPrintable(result.reason));
        } else {
            QVERIFY2(formProblem.isEmpty(), qPrintable(formProblem));
            QVERIFY2(result.ok(), qPrintable(result.reason));
            QCOMPARE(result.hosts, QStringList {host});
        }
    }

    void emptyIsNoValueAndNoProblem()
    {
        const PlaceholderRules::Result result = builtInRules(Cloud::Public).check("dataverse", "  ");
        QVERIFY(result.ok());
        QVERIFY(result.hosts.isEmpty());
        QVERIFY(builtInRules(Cloud::Public).checkList("servicebus-namespace", " , ").ok());
    }

    void perCloud_data()
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
        // {dataverse}: the catalog's wildcard, then the cloud's environment form.
        add(Cloud::Public, "dataverse", "https://org.crm.dynamics.com", "");
        add(Cloud::Public, "dataverse", "https://Contoso.CRM4.dynamics.com/main.aspx?appid=1", "");
        add(Cloud::Public, "dataverse", "org.crm11.dynamics.com", "");
        add(Cloud::Public, "dataverse", "HTTP://org.crm.dynamics.com",
            "'HTTP://org.crm.dynamics.com': environment addresses start with https://");
        add(Cloud::Public, "dataverse", "org.crm.microsoftdynamics.us",
            "'org.crm.microsoftdynamics.us' is not a host under *.dynamics.com, which {dataverse} stands for in the "
            "Public (commercial) cloud");
        add(Cloud::Public, "dataverse", "dynamics.com", "'dynamics.com' is not a host under *.dynamics.com");
        add(Cloud::Public, "dataverse", "org.example.dynamics.com",
            "'org.example.dynamics.com' is not an environment address of the Public (commercial) cloud: it ends in "
            ".crm.dynamics.com");
        add(Cloud::Public, "dataverse", "crm.dynamics.com", "is not an environment address");
        add(Cloud::Gcc, "dataverse", "https://org.crm9.dynamics.com", "");
        add(Cloud::Gcc, "dataverse", "https://org.crm.dynamics.com",
            "'org.crm.dynamics.com' is an environment of the Public (commercial) cloud, not of US Government GCC");
        add(Cloud::GccHigh, "dataverse", "https://org.crm.microsoftdynamics.us", "");
        add(Cloud::GccHigh, "dataverse", "org.crm.dynamics.com", "is not a host under *.microsoftdynamics.us");
        add(Cloud::GccHigh, "dataverse", "org.api.microsoftdynamics.us", "ends in .crm.microsoftdynamics.us");
        add(Cloud::Dod, "dataverse", "org.crm.appsplatform.us", "");
        add(Cloud::Dod, "dataverse", "org.crm.microsoftdynamics.us", "is not a host under *.crm.appsplatform.us");
        add(Cloud::China, "dataverse", "org.crm.dynamics.cn", "");
        add(Cloud::China, "dataverse", "org.crm.dynamics.com", "is not a host under *.dynamics.cn");
        // {servicebus-namespace}: names get the cloud's domain; hosts must be in it.
        add(Cloud::Public, "servicebus-namespace", "contoso-relay", "");
        add(Cloud::Public, "servicebus-namespace", "contoso.servicebus.windows.net", "");
        add(Cloud::Public, "servicebus-namespace", "abc.servicebus.windows.net", "'abc' is not a namespace name");
        add(Cloud::Public, "servicebus-namespace", "contoso.servicebus.usgovcloudapi.net",
            "is not a host under *.servicebus.windows.net");
        add(Cloud::Gcc, "servicebus-namespace", "contoso-relay", "");
        add(Cloud::Gcc, "servicebus-namespace", "contoso.servicebus.usgovcloudapi.net", "");
        add(Cloud::GccHigh, "servicebus-namespace", "contoso.servicebus.windows.net",
            "is not a host under *.servicebus.usgovcloudapi.net");
        add(Cloud::Dod, "servicebus-namespace", "contoso.servicebus.usgovcloudapi.net", "");
        add(Cloud::China, "servicebus-namespace", "contoso-relay", "");
        add(Cloud::China, "servicebus-namespace", "contoso.servicebus.chinacloudapi.cn", "");
        add(Cloud::China, "servicebus-namespace", "contoso.servicebus.windows.net",
            "is not a host under *.servicebus.chinacloudapi.cn");
        // Other placeholders: their wildcards in the cloud.
        add(Cloud::Public, "powerplatform-api", "abc.environment.api.powerplatform.com", "");
        add(Cloud::Public, "powerplatform-api", "api.powerplatform.com",
            "'api.powerplatform.com' is not a host under *.api.powerplatform.com");
        add(Cloud::Gcc, "powerplatform-api", "abc.environment.api.gov.powerplatform.microsoft.us", "");
        add(Cloud::GccHigh, "powerplatform-api", "abc.environment.api.gov.powerplatform.microsoft.us",
            "is not a host under *.api.high.powerplatform.microsoft.us");
        add(Cloud::Dod, "powerplatform-api", "abc.environment.api.appsplatform.us", "");
        add(Cloud::China, "powerplatform-api", "abc.environment.api.powerplatform.partner.microsoftonline.cn", "");
        add(Cloud::China, "powerplatform-api", "abc.environment.api.powerplatform.com",
            "is not a host under *.api.powerplatform.partner.microsoftonline.cn");
        add(Cloud::Public, "bap-api", "emea.api.bap.microsoft.com", "");
        add(Cloud::GccHigh, "bap-api", "x.high.api.bap.microsoft.us", "");
        add(Cloud::GccHigh, "bap-api", "x.gov.api.bap.microsoft.us", "is not a host under *.high.api.bap.microsoft.us");
        add(Cloud::Public, "island-gateway", "gw.example.gateway.prod.island.powerapps.com", "");
        add(Cloud::Dod, "island-gateway", "gw.gateway.gov.island.appsplatform.us", "");
        add(Cloud::China, "island-gateway", "gw.gateway.prod.island.powerapps.com",
            "is not a host under *.gateway.mooncake.island.powerapps.cn");
        add(Cloud::Gcc, "logic-apps", "prod-01.usgovvirginia.logic.azure.us", "");
        add(Cloud::China, "logic-apps", "prod-01.chinanorth.logic.azure.us", "is not a host under *.logic.azure.cn");
        add(Cloud::Public, "azure-apim", "https://10.0.0.1", "'10.0.0.1' is an IP address");
        add(Cloud::Public, "azure-apim", "unit.azure-apim.net:8080", "leave out the port 8080");
        // A placeholder the cloud's selection does not use is judged by its form only.
        add(Cloud::GccHigh, "azure-apim", "anything.example.com", "");
    }

    void perCloud()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, placeholder);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const PlaceholderRules::Result result = builtInRules(cloud).check(placeholder, value);
        if (problem.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.reason));
            QCOMPARE(result.hosts.size(), 1);
        } else {
            QVERIFY2(result.reason.contains(problem), qPrintable(result.reason));
            QVERIFY(result.hosts.isEmpty());
        }
    }

    // Every placeholder of every cloud: its own example is accepted and its wildcard's apex refused, naming the
    // wildcard, so no placeholder is left without a rule.
    void everyPlaceholderHasARule()
    {
        for (const Cloud cloud : Clouds::all()) {
            const PlaceholderRules rules = builtInRules(cloud);
            QVERIFY(!rules.placeholders().isEmpty());
            for (const QString& placeholder : rules.placeholders()) {
                const QString example = rules.example(placeholder).section(' ', 0, 0);
                const PlaceholderRules::Result good = rules.check(placeholder, example);
                QVERIFY2(good.ok(), qPrintable(Clouds::id(cloud) + " " + placeholder + ": " + good.reason));
                const QString wildcard = rules.wildcards(placeholder).constFirst();
                const PlaceholderRules::Result apex = rules.check(placeholder, wildcard.mid(2));
                QVERIFY2(apex.reason.contains(wildcard), qPrintable(Clouds::id(cloud) + " " + apex.reason));
            }
        }
    }

    void listsSplitAndDropDuplicates()
    {
        const PlaceholderRules::Result result
            = builtInRules(Cloud::Public)
                  .checkList("servicebus-namespace",
                      "Relay-One, relay-two;relay-three  relay-one relay-two.servicebus.windows.net");
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.hosts,
            (QStringList {"relay-one.servicebus.windows.net", "relay-two.servicebus.windows.net",
                "relay-three.servicebus.windows.net"}));
        const PlaceholderRules::Result bad
            = builtInRules(Cloud::Gcc).checkList("servicebus-namespace", "relay-one, relay_two");
        QVERIFY(bad.hosts.isEmpty());
        QVERIFY2(bad.reason.contains("'relay_two' is not a namespace name"), qPrintable(bad.reason));
    }

    void inputsOfARun()
    {
        const PlaceholderRules rules = builtInRules(Cloud::Gcc);
        QMap<QString, QStringList> hosts;
        QCOMPARE(rules.checkInputs({{"dataverse", {"https://Org.crm9.dynamics.com/"}},
                                       {"servicebus-namespace", {"relay-one", "relay-one"}},
                                       {"unused-here", {"https://X.example.com/"}}},
                     &hosts),
            QString());
        QCOMPARE(hosts.value("dataverse"), QStringList {"org.crm9.dynamics.com"});
        QCOMPARE(hosts.value("servicebus-namespace"), QStringList {"relay-one.servicebus.usgovcloudapi.net"});
        QCOMPARE(hosts.value("unused-here"), QStringList {"x.example.com"});
        hosts.clear();
        const QString problem = rules.checkInputs({{"dataverse", {"org.crm.dynamics.cn"}}}, &hosts);
        QVERIFY2(problem.startsWith("{dataverse}: 'org.crm.dynamics.cn' is not a host under *.dynamics.com"),
            qPrintable(problem));
        // Not used by the selection, still in the cloud's own form.
        const PlaceholderRules mobileOnly(
            Cloud::Public, CatalogLoader::builtIn().select(Cloud::Public, {Feature::Mobile}));
        QVERIFY(!mobileOnly.placeholders().contains("servicebus-namespace"));
        QVERIFY(mobileOnly.checkInputs({{"servicebus-namespace", {"relay.servicebus.chinacloudapi.cn"}}}, &hosts)
                    .contains("is not a Service Bus namespace of the Public (commercial) cloud"));
    }

    // An extra catalog that points a placeholder at its own domain is taken at its word.
    void extraCatalogWildcardsDecide()
    {
        Endpoint own;
        own.host = "*.crm.contoso.example";
        own.probe = "{dataverse}";
        own.clouds = {Cloud::Public};
        const PlaceholderRules rules(Cloud::Public, {own});
        QVERIFY(rules.check("dataverse", "org.crm.contoso.example").ok());
        QVERIFY(rules.check("dataverse", "org.crm.dynamics.com").reason.contains("*.crm.contoso.example"));
        QCOMPARE(rules.example("dataverse"), QString("https://contoso.crm.dynamics.com"));
        Endpoint gizmo = own;
        gizmo.host = "*.gizmo.example";
        gizmo.probe = "{gizmo}";
        QCOMPARE(PlaceholderRules(Cloud::Public, {gizmo}).example("gizmo"), QString("contoso.gizmo.example"));
    }

    void fittingHostsKeepOrderAndDropTheRest()
    {
        Endpoint endpoint;
        endpoint.host = QStringLiteral("*.servicebus.windows.net");
        endpoint.probe = QStringLiteral("{servicebus-namespace}");
        const QStringList values {"b.servicebus.windows.net", "https://A.servicebus.windows.net/",
            "c.servicebus.usgovcloudapi.net", "servicebus.windows.net", "b.servicebus.windows.net", "x y"};
        QCOMPARE(PlaceholderRules::fittingHosts(endpoint, values),
            (QStringList {"b.servicebus.windows.net", "a.servicebus.windows.net"}));
    }

    void serviceBusDomains()
    {
        QCOMPARE(PlaceholderRules::serviceBusDomain(Cloud::Public), QString("servicebus.windows.net"));
        QCOMPARE(PlaceholderRules::serviceBusDomain(Cloud::Dod), QString("servicebus.usgovcloudapi.net"));
        QCOMPARE(PlaceholderRules::serviceBusDomain(Cloud::China), QString("servicebus.chinacloudapi.cn"));
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderRules)
#include "tst_placeholderrules.moc"
