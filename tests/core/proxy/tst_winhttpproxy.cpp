#include "proxy/WinHttpProxy.h"

#include <QTest>

// The WinHTTP proxy list as `netsh winhttp set proxy` stores it, read the way WinHTTP picks a proxy for https.
class TestWinHttpProxy final : public QObject
{
    Q_OBJECT

private slots:
    void httpsProxy_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << ""
                              << "";
        QTest::addRow("one for all") << "proxy.corp.example:8080"
                                     << "http://proxy.corp.example:8080";
        QTest::addRow("with scheme prefix") << "http://proxy.corp.example:8080"
                                            << "http://proxy.corp.example:8080";
        QTest::addRow("per scheme") << "http=web:80;https=secure:8443"
                                    << "http://secure:8443";
        QTest::addRow("http only") << "http=web:80"
                                   << "";
        QTest::addRow("first unscoped entry") << "a:1 b:2"
                                              << "http://a:1";
    }

    void httpsProxy()
    {
        QFETCH(QString, list);
        QFETCH(QString, expected);
        QCOMPARE(WinHttpProxy::fromStrings(list, {}).httpsProxy(), expected);
    }

    void bypassListSplitsOnSemicolonsAndSpaces()
    {
        const WinHttpProxy proxy = WinHttpProxy::fromStrings(" p:1 ", "<local>;*.corp.example  10.*");
        QCOMPARE(proxy.bypass, (QStringList {"<local>", "*.corp.example", "10.*"}));
        QVERIFY(!proxy.isDirect());
        QVERIFY(WinHttpProxy::fromStrings("  ", "").isDirect());
    }
};

QTEST_GUILESS_MAIN(TestWinHttpProxy)
#include "tst_winhttpproxy.moc"
