#include "proxy/DotNetProxyConfig.h"

#include <QTest>

// <defaultProxy> as Power Automate's *.Proxy.config files and the gateway's .exe.config files write it.
class TestDotNetProxyConfig final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("found");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("defaultCredentials");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("bypassOnLocal");
        QTest::addColumn<QStringList>("bypass");

        QTest::addRow("desktop file, element on its own") << QByteArray(
            "<defaultProxy useDefaultCredentials=\"true\" enabled=\"true\">\n"
            "  <proxy proxyaddress=\"http://proxy.corp.example:8080\" bypassonlocal=\"True\"/>\n"
            "  <bypasslist><add address=\"contoso\\.com\"/><add address=\"10\\..*\"/></bypasslist>\n"
            "</defaultProxy>") << true << true << true << "http://proxy.corp.example:8080"
                                                          << "" << true << QStringList {"contoso\\.com", "10\\..*"};
        QTest::addRow("gateway file, inside system.net")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><appSettings/>"
                          "<system.net><defaultProxy useDefaultCredentials=\"true\">"
                          "<proxy scriptLocation=\"http://wpad.corp.example/proxy.pac\"/></defaultProxy>"
                          "</system.net></configuration>")
            << true << true << true << ""
            << "http://wpad.corp.example/proxy.pac" << false << QStringList {};
        QTest::addRow("disabled") << QByteArray(
            "<configuration><system.net><defaultProxy enabled=\"false\"/></system.net></configuration>")
                                  << true << false << false << ""
                                  << "" << false << QStringList {};
        QTest::addRow("clear empties the bypass list") << QByteArray(
            "<defaultProxy><bypasslist><add address=\"a\"/><clear/><add address=\"b\"/></bypasslist>"
            "</defaultProxy>") << true << true << false << ""
                                                       << "" << false << QStringList {"b"};
        QTest::addRow("no defaultProxy") << QByteArray("<configuration><appSettings/></configuration>") << false << true
                                         << false << ""
                                         << "" << false << QStringList {};
        QTest::addRow("second defaultProxy ignored")
            << QByteArray("<c><defaultProxy><proxy proxyaddress=\"http://first:1\"/></defaultProxy>"
                          "<defaultProxy><proxy proxyaddress=\"http://second:2\"/></defaultProxy></c>")
            << true << true << false << "http://first:1"
            << "" << false << QStringList {};
    }

    void parse()
    {
        QFETCH(QByteArray, xml);
        QString error;
        const auto config = DotNetProxyConfig::parse(xml, &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QTEST(config->found, "found");
        QTEST(config->enabled, "enabled");
        QTEST(config->useDefaultCredentials, "defaultCredentials");
        QTEST(config->proxyAddress, "address");
        QTEST(config->scriptLocation, "script");
        QTEST(config->bypassOnLocal, "bypassOnLocal");
        QTEST(config->bypassList, "bypass");
    }

    void malformedFileNamesTheLine()
    {
        QString error;
        const auto config = DotNetProxyConfig::parse("<configuration>\n<system.net>\n</configuration>", &error);
        QVERIFY(!config.has_value());
        QVERIFY2(error.startsWith("line 3:"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDotNetProxyConfig)
#include "tst_dotnetproxyconfig.moc"
