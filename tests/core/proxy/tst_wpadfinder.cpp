#include "proxy/WpadFinder.h"

#include <QTest>

// Where WPAD discovery looks and what it reports, with the machine's search domains and DNS answered by the
// test: no real name is resolved.
class tst_WpadFinder : public QObject
{
    Q_OBJECT

private slots:
    void searchDomains_data()
    {
        QTest::addColumn<QByteArray>("resolvConf");
        QTest::addColumn<QStringList>("domains");
        QTest::addRow("none") << QByteArray("nameserver 10.0.0.1\n") << QStringList {};
        QTest::addRow("search") << QByteArray("nameserver 10.0.0.1\nsearch corp.example.com lab.example.com\n")
                                << QStringList {"corp.example.com", "lab.example.com"};
        QTest::addRow("domain") << QByteArray("domain Corp.Example.com\n") << QStringList {"corp.example.com"};
        QTest::addRow("last wins") << QByteArray("search a.example\ndomain b.example\n") << QStringList {"b.example"};
        QTest::addRow("comment ends the line")
            << QByteArray("search a.example # b.example\n") << QStringList {"a.example"};
        QTest::addRow("tabs") << QByteArray("search\ta.example\t b.example\n")
                              << QStringList {"a.example", "b.example"};
    }
    void searchDomains()
    {
        QFETCH(QByteArray, resolvConf);
        QFETCH(QStringList, domains);
        QCOMPARE(WpadFinder::searchDomains(resolvConf), domains);
    }

    void candidatesDevolveToTwoLabels()
    {
        QCOMPARE(WpadFinder::candidates({"a.corp.example.com", "corp.example.com", "local"}),
            QStringList({"wpad.a.corp.example.com", "wpad.corp.example.com", "wpad.example.com"}));
    }

    void firstAnsweringNameIsTheScript()
    {
        QStringList asked;
        const WpadDiscovery discovery
            = WpadFinder::lookUp({"a.corp.example.com"}, [&asked](const QString& host) -> QList<QHostAddress> {
                  asked << host;
                  if (host == QLatin1String("wpad.corp.example.com"))
                      return {QHostAddress(QStringLiteral("10.1.1.1"))};
                  return {};
              });
        QCOMPARE(discovery.method, QStringLiteral("dns"));
        QCOMPARE(discovery.found, QStringLiteral("wpad.corp.example.com"));
        QCOMPARE(discovery.url, QStringLiteral("http://wpad.corp.example.com/wpad.dat"));
        QCOMPARE(discovery.asked, QStringList({"wpad.a.corp.example.com", "wpad.corp.example.com"}));
        QCOMPARE(asked, discovery.asked);
        QVERIFY(discovery.error.isEmpty());
    }

    void nothingFound()
    {
        const WpadDiscovery discovery
            = WpadFinder::lookUp({"corp.example.com"}, [](const QString&) { return QList<QHostAddress> {}; });
        QVERIFY(discovery.found.isEmpty());
        QVERIFY(discovery.url.isEmpty());
        QCOMPARE(discovery.asked, QStringList({"wpad.corp.example.com", "wpad.example.com"}));
    }

    void noSearchDomainIsSaid()
    {
        int asked = 0;
        const WpadDiscovery discovery = WpadFinder::lookUp({}, [&asked](const QString&) {
            ++asked;
            return QList<QHostAddress> {};
        });
        QCOMPARE(asked, 0);
        QVERIFY2(discovery.error.contains(QStringLiteral("no DNS search domain")), qPrintable(discovery.error));
    }

#ifndef Q_OS_WIN
    // LOCALDOMAIN replaces resolv.conf's search list, as in the resolver; empty, there is nothing to ask.
    void localDomainOverridesResolvConf()
    {
        const QByteArray saved = qgetenv("LOCALDOMAIN");
        const bool wasSet = qEnvironmentVariableIsSet("LOCALDOMAIN");
        qputenv("LOCALDOMAIN", QByteArray());
        const WpadDiscovery discovery = WpadFinder::discover();
        if (wasSet)
            qputenv("LOCALDOMAIN", saved);
        else
            qunsetenv("LOCALDOMAIN");
        QCOMPARE(discovery.method, QStringLiteral("dns"));
        QVERIFY(discovery.asked.isEmpty());
        QVERIFY2(discovery.error.contains(QStringLiteral("no DNS search domain")), qPrintable(discovery.error));
    }
#endif
};

QTEST_GUILESS_MAIN(tst_WpadFinder)
#include "tst_wpadfinder.moc"
