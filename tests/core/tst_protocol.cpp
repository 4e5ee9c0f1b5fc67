#include "Protocol.h"

#include <QTest>

// The protocols' ids and the schemes' default ports, which decide whether an authority names its port.
class tst_Protocol final : public QObject
{
    Q_OBJECT

private slots:
    void ids()
    {
        for (const Protocol p :
            {Protocol::Https, Protocol::Http, Protocol::Tcp, Protocol::Wss, Protocol::Crl, Protocol::Ocsp})
            QCOMPARE(Protocols::fromId(Protocols::id(p)), p);
        QVERIFY(!Protocols::fromId(u"clock"));
        QVERIFY(!Protocols::fromId(u"HTTPS"));
    }

    void defaultPort_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("port"); // 0: the scheme has none
        QTest::addRow("https") << "https" << 443;
        QTest::addRow("http") << "http" << 80;
        QTest::addRow("upper case is not a scheme here") << "HTTPS" << 0;
        QTest::addRow("wss") << "wss" << 0;
        QTest::addRow("ftp") << "ftp" << 0;
        QTest::addRow("empty") << "" << 0;
    }

    void defaultPort()
    {
        QFETCH(QString, scheme);
        QFETCH(int, port);
        const std::optional<quint16> found = Protocols::defaultPort(scheme);
        QCOMPARE(found.value_or(0), port);
    }

    void isDefaultPort_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("isDefault");
        QTest::addRow("https 443") << "https" << 443 << true;
        QTest::addRow("http 80") << "http" << 80 << true;
        QTest::addRow("https 80") << "https" << 80 << false;
        QTest::addRow("http 443") << "http" << 443 << false;
        QTest::addRow("https 8443") << "https" << 8443 << false;
        QTest::addRow("unknown scheme, port 0") << "ftp" << 0 << false;
        QTest::addRow("unknown scheme, port 443") << "tcp" << 443 << false;
    }

    void isDefaultPort()
    {
        QFETCH(QString, scheme);
        QFETCH(int, port);
        QFETCH(bool, isDefault);
        QCOMPARE(Protocols::isDefaultPort(scheme, quint16(port)), isDefault);
    }
};

QTEST_APPLESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"
