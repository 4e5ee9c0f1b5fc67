#include "proxy/PacAnswer.h"

#include <QTest>

// How the answer of a proxy auto-config script becomes the routes a check tries, in order.
class tst_PacAnswer : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("returned");
        QTest::addColumn<QStringList>("routes");
        QTest::addColumn<int>("notes");
        QTest::addRow("direct") << "DIRECT" << QStringList {"DIRECT"} << 0;
        QTest::addRow("empty means direct") << "" << QStringList {"DIRECT"} << 0;
        QTest::addRow("failover list") << "PROXY a:8080; PROXY b:8080; DIRECT"
                                       << QStringList {"PROXY a:8080", "PROXY b:8080", "DIRECT"} << 0;
        QTest::addRow("loose spacing and case")
            << "  proxy  a:3128 ;direct;" << QStringList {"PROXY a:3128", "DIRECT"} << 0;
        QTest::addRow("HTTP keyword") << "HTTP a:8080" << QStringList {"PROXY a:8080"} << 0;
        QTest::addRow("default port") << "PROXY a" << QStringList {"PROXY a:80"} << 0;
        QTest::addRow("IPv6 proxy") << "PROXY [2001:db8::1]:3128" << QStringList {"PROXY [2001:db8::1]:3128"} << 0;
        QTest::addRow("SOCKS passed over") << "SOCKS s:1080; PROXY a:8080" << QStringList {"PROXY a:8080"} << 1;
        QTest::addRow("HTTPS proxy passed over") << "HTTPS a:443; DIRECT" << QStringList {"DIRECT"} << 1;
        QTest::addRow("only unusable") << "SOCKS5 s:1080" << QStringList {} << 1;
        QTest::addRow("garbage") << "PROXY a:b:c" << QStringList {} << 1;
    }
    void parse()
    {
        QFETCH(QString, returned);
        QFETCH(QStringList, routes);
        QFETCH(int, notes);
        const PacAnswer answer = PacAnswer::parse(returned);
        QStringList shown;
        for (const PacRoute& route : answer.routes)
            shown << route.display();
        QCOMPARE(shown, routes);
        QCOMPARE(answer.notes.size(), notes);
    }
};

QTEST_GUILESS_MAIN(tst_PacAnswer)
#include "tst_pacanswer.moc"
