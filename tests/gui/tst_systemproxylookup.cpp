#include "SystemProxyLookup.h"
#include "engine/ProxyResolver.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

// What the Network page shows as the detected proxy: host and port only, never credentials.
class TestSystemProxyLookup final : public QObject
{
    Q_OBJECT

private slots:
    void describe_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        QTest::addRow("direct") << QString() << QString() << "none (direct connection)";
        QTest::addRow("http") << "http://proxy.corp:3128" << QString() << "http://proxy.corp:3128";
        QTest::addRow("socks passed over")
            << QString() << "the system proxy s.corp:1080 is not an HTTP proxy; checked directly"
            << "none (direct connection): the system proxy s.corp:1080 is not an HTTP proxy; checked directly";
    }

    void describe()
    {
        QFETCH(QString, route);
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(SystemProxyLookup::describe(route, note), expected);
    }

    // The page and the report ask the same resolver: the environment's proxy shows on both, without credentials.
    void showsWhatTheEngineUses()
    {
#ifdef Q_OS_WIN
        QSKIP("on Windows the system proxy comes from the WinHTTP and Internet settings, not the environment");
#endif
        const QByteArray noProxy = qgetenv("no_proxy");
        const QByteArray noProxyUpper = qgetenv("NO_PROXY");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        qputenv("https_proxy", "http://alice:secret@proxy.corp.invalid:3128");
        const auto restore = qScopeGuard([&] {
            qunsetenv("https_proxy");
            qputenv("no_proxy", noProxy);
            qputenv("NO_PROXY", noProxyUpper);
        });
        SystemProxyLookup lookup;
        QSignalSpy found(&lookup, &SystemProxyLookup::found);
        lookup.start();
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.first().first().toString(), QString("http://proxy.corp.invalid:3128"));
        QCOMPARE(ProxyResolver::describeSystemProxy(), QString("http://proxy.corp.invalid:3128"));
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
