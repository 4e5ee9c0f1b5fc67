#include "EnvironmentUrl.h"

#include <QTest>

// Environment URLs as typed: each cloud's form accepted, everything else refused with a reason.
class TestEnvironmentUrl final : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("reasonContains");

        QTest::addRow("empty is allowed") << "" << Cloud::Public << true << ""
                                          << "";
        QTest::addRow("public") << "https://contoso.crm.dynamics.com" << Cloud::Public << true
                                << "contoso.crm.dynamics.com"
                                << "";
        QTest::addRow("public region crm4, trailing slash")
            << "https://Contoso.CRM4.dynamics.com/" << Cloud::Public << true << "contoso.crm4.dynamics.com"
            << "";
        QTest::addRow("public without scheme")
            << "contoso.crm11.dynamics.com" << Cloud::Public << true << "contoso.crm11.dynamics.com"
            << "";
        QTest::addRow("spaces around") << "  https://org1.crm.dynamics.com  " << Cloud::Public << true
                                       << "org1.crm.dynamics.com"
                                       << "";
        QTest::addRow("gcc") << "https://agency.crm9.dynamics.com" << Cloud::Gcc << true << "agency.crm9.dynamics.com"
                             << "";
        QTest::addRow("gcc high") << "https://agency.crm.microsoftdynamics.us" << Cloud::GccHigh << true
                                  << "agency.crm.microsoftdynamics.us"
                                  << "";
        QTest::addRow("dod") << "https://unit.crm.appsplatform.us" << Cloud::Dod << true << "unit.crm.appsplatform.us"
                             << "";
        QTest::addRow("china") << "https://contoso.crm.dynamics.cn" << Cloud::China << true << "contoso.crm.dynamics.cn"
                               << "";
        QTest::addRow("http") << "http://contoso.crm.dynamics.com" << Cloud::Public << false << ""
                              << "https://";
        QTest::addRow("other host") << "https://contoso.example.com" << Cloud::Public << false << ""
                                    << "crm.dynamics.com";
        QTest::addRow("bare dynamics.com") << "https://crm.dynamics.com" << Cloud::Public << false << ""
                                           << "crm.dynamics.com";
        QTest::addRow("path") << "https://contoso.crm.dynamics.com/main.aspx" << Cloud::Public << false << ""
                              << "path";
        QTest::addRow("query") << "https://contoso.crm.dynamics.com/?x=1" << Cloud::Public << false << ""
                               << "path";
        QTest::addRow("port") << "https://contoso.crm.dynamics.com:8443" << Cloud::Public << false << ""
                              << "ports";
        QTest::addRow("user") << "https://me@contoso.crm.dynamics.com" << Cloud::Public << false << ""
                              << "user";
        QTest::addRow("gcc high url in public")
            << "https://agency.crm.microsoftdynamics.us" << Cloud::Public << false << ""
            << "US Government GCC High";
        QTest::addRow("public url in gcc high") << "https://contoso.crm.dynamics.com" << Cloud::GccHigh << false << ""
                                                << "Public";
        QTest::addRow("trailing hyphen") << "https://contoso-.crm.dynamics.com" << Cloud::Public << false << ""
                                         << "not a web address";
        QTest::addRow("not a url") << "https://" << Cloud::Public << false << ""
                                   << "not a web address";
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(Cloud, cloud);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(QString, reasonContains);
        const EnvironmentUrl::Result result = EnvironmentUrl::check(text, cloud);
        QCOMPARE(result.valid, valid);
        QCOMPARE(result.host, host);
        if (valid)
            QVERIFY(result.reason.isEmpty());
        else
            QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
    }

    void examplesAreValid()
    {
        for (const Cloud cloud : Clouds::all())
            QVERIFY(EnvironmentUrl::check(EnvironmentUrl::exampleUrl(cloud), cloud).valid);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentUrl)
#include "tst_environmenturl.moc"
