#include "RunOptions.h"

#include <QTest>

// Parsing of user-typed values that steer a run: --connect-to rules and proxy URLs.
class TestRunOptions final : public QObject
{
    Q_OBJECT

private slots:
    void connectToValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("connectHost");
        QTest::addColumn<int>("connectPort");
        QTest::addRow("full") << "api.flow.microsoft.com:443:127.0.0.1:8443"
                              << "api.flow.microsoft.com" << 443 << "127.0.0.1" << 8443;
        QTest::addRow("any host") << ":443:127.0.0.1:9000"
                                  << "" << 443 << "127.0.0.1" << 9000;
        QTest::addRow("any port") << "a.example::localhost:"
                                  << "a.example" << 0 << "localhost" << 0;
        QTest::addRow("ipv6") << "a.example:443:[::1]:8443"
                              << "a.example" << 443 << "::1" << 8443;
    }

    void connectToValid()
    {
        QFETCH(QString, text);
        QString error;
        const auto rule = ConnectToRule::parse(text, &error);
        QVERIFY2(rule.has_value(), qPrintable(error));
        QTEST(rule->host, "host");
        QTEST(int(rule->port), "port");
        QTEST(rule->connectHost, "connectHost");
        QTEST(int(rule->connectPort), "connectPort");
    }

    void connectToInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("too few parts") << "a.example:443:127.0.0.1"
                                       << "expected HOST:PORT";
        QTest::addRow("port too big") << "a.example:70000:127.0.0.1:1"
                                      << "'70000' is not a port";
        QTest::addRow("port zero") << "a.example:443:127.0.0.1:0"
                                   << "'0' is not a port";
        QTest::addRow("no target") << "a.example:443::8443"
                                   << "CONNECT_HOST must not be empty";
        QTest::addRow("letters") << "a.example:https:127.0.0.1:1"
                                 << "expected HOST:PORT";
    }

    void connectToInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ConnectToRule::parse(text, &error).has_value());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(text), qPrintable(error));
    }

    void connectToMatching()
    {
        const auto rule = ConnectToRule::parse(QStringLiteral("A.example:443:127.0.0.1:1"), nullptr);
        QVERIFY(rule);
        QVERIFY(rule->matches(QStringLiteral("a.example"), 443));
        QVERIFY(!rule->matches(QStringLiteral("a.example"), 80));
        QVERIFY(!rule->matches(QStringLiteral("b.example"), 443));
    }

    void proxyUrl()
    {
        QString error;
        const ProxySetting proxy
            = ProxySetting::fromUrl(QStringLiteral("http://alice:s%40cret@127.0.0.1:3128"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(proxy.mode, ProxySetting::Mode::Manual);
        QCOMPARE(proxy.user, QStringLiteral("alice"));
        QCOMPARE(proxy.password, QStringLiteral("s@cret"));
        QCOMPARE(proxy.displayUrl(), QStringLiteral("http://127.0.0.1:3128"));
        QVERIFY(!proxy.displayUrl().contains(QStringLiteral("cret")));
    }

    void proxyUrlInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("no port") << "http://proxy.example"
                                 << "needs a port";
        QTest::addRow("socks") << "socks5://proxy.example:1080"
                               << "not supported";
        QTest::addRow("garbage") << "::::"
                                 << "not a proxy URL";
        QTest::addRow("path") << "http://proxy.example:8080/x"
                              << "must not have a path";
    }

    void proxyUrlInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        ProxySetting::fromUrl(text, &error);
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRunOptions)
#include "tst_runoptions.moc"
