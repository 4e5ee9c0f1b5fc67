#include "SystemProxyLookup.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

// What the Network page shows as the detected proxy: host and port only, never credentials.
class TestSystemProxyLookup final : public QObject
{
    Q_OBJECT

private slots:
    void describe_data()
    {
        QTest::addColumn<QList<QNetworkProxy>>("proxies");
        QTest::addColumn<QString>("expected");
        QTest::addRow("nothing") << QList<QNetworkProxy>() << "none (direct connection)";
        QTest::addRow("no proxy") << QList<QNetworkProxy> {QNetworkProxy(QNetworkProxy::NoProxy)}
                                  << "none (direct connection)";
        QTest::addRow("http") << QList<QNetworkProxy> {QNetworkProxy(QNetworkProxy::HttpProxy, "proxy.corp", 3128)}
                              << "http://proxy.corp:3128";
        QTest::addRow("credentials left out")
            << QList<QNetworkProxy> {QNetworkProxy(QNetworkProxy::HttpProxy, "proxy.corp", 8080, "alice", "secret")}
            << "http://proxy.corp:8080";
        QTest::addRow("pac list, duplicates once")
            << QList<QNetworkProxy> {QNetworkProxy(QNetworkProxy::HttpProxy, "a.corp", 8080),
                   QNetworkProxy(QNetworkProxy::HttpProxy, "a.corp", 8080),
                   QNetworkProxy(QNetworkProxy::Socks5Proxy, "s.corp", 1080), QNetworkProxy(QNetworkProxy::NoProxy)}
            << "http://a.corp:8080, socks5://s.corp:1080";
    }

    void describe()
    {
        QFETCH(QList<QNetworkProxy>, proxies);
        QFETCH(QString, expected);
        QCOMPARE(SystemProxyLookup::describe(proxies), expected);
    }

    void findsTheSystemSettingWithoutBlocking()
    {
        // The test environment clears the proxy variables: the system says "direct".
        SystemProxyLookup lookup;
        QSignalSpy found(&lookup, &SystemProxyLookup::found);
        lookup.start();
        QVERIFY(found.isEmpty()); // the answer comes later, from the event loop
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.first().first().toString(), QString("none (direct connection)"));
    }
};

QTEST_GUILESS_MAIN(TestSystemProxyLookup)
#include "tst_systemproxylookup.moc"
