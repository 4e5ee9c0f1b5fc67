#include "engine/check/ProxyAuthenticator.h"

#include <QTest>

// The decisions around an authenticated tunnel that need no proxy: which schemes a 407 offers, which the user's
// choice and credentials allow, and how a failure reads. Tunnels through real proxies are in tst_engine.
class TestProxyAuthenticator final : public QObject
{
    Q_OBJECT

private slots:
    void schemesOf_data()
    {
        QTest::addColumn<QList<QByteArray>>("challenges");
        QTest::addColumn<QStringList>("schemes");
        QTest::addRow("squid's order") << QList<QByteArray> {"Negotiate", "NTLM", "Digest realm=\"x\", nonce=\"y\"",
            "Basic realm=\"x\""} << QStringList {"Negotiate", "NTLM", "Digest", "Basic"};
        QTest::addRow("case and duplicates")
            << QList<QByteArray> {"ntlm", "NTLM TlRMTVNTUAACAAAA", " basic realm=x"} << QStringList {"NTLM", "Basic"};
        QTest::addRow("unknown scheme kept") << QList<QByteArray> {"Bearer realm=\"corp\""} << QStringList {"Bearer"};
        QTest::addRow("empty value") << QList<QByteArray> {""} << QStringList {};
    }

    void schemesOf()
    {
        QFETCH(QList<QByteArray>, challenges);
        QFETCH(QStringList, schemes);
        QCOMPARE(ProxyAuthenticator::schemesOf(challenges), schemes);
    }

    // Nothing goes on the wire when no offered scheme can be used: every reason is named.
    void nothingToTry_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("outcomes");
        QTest::addRow("no user for Digest and Basic") << QStringList {"Digest", "Basic"} << int(ProxyAuthMode::Auto)
                                                      << QStringList {"no-credentials", "no-credentials"};
        QTest::addRow("chosen scheme not offered")
            << QStringList {"Basic"} << int(ProxyAuthMode::Digest) << QStringList {"not-offered"};
        QTest::addRow("only an unknown scheme")
            << QStringList {"Bearer"} << int(ProxyAuthMode::Auto) << QStringList {"not-supported"};
    }

    void nothingToTry()
    {
        QFETCH(QStringList, offered);
        QFETCH(int, mode);
        QFETCH(QStringList, outcomes);
        ProxyAuthRequest request;
        request.proxy.host = QStringLiteral("127.0.0.1");
        request.proxy.port = 9; // never reached
        request.proxy.authMode = ProxyAuthMode(mode);
        request.targetHost = QStringLiteral("service.test");
        request.targetPort = 443;
        request.offered = offered;
        const ProxyAuthResult result = ProxyAuthenticator::open(request);
        QVERIFY(!result.socket);
        QVERIFY(result.info.used.isEmpty());
        QStringList seen;
        for (const ProxyAuthAttempt& attempt : result.info.attempts)
            seen << ProxyAuthAttempt::outcomeId(attempt.outcome);
        QCOMPARE(seen, outcomes);
        QVERIFY(result.evidence.isEmpty()); // no CONNECT was sent
        const QString detail = ProxyAuthenticator::describeFailure(result.info, request.proxy.display());
        QVERIFY2(detail.contains(offered.join(QStringLiteral(", "))), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("not tried")) || detail.contains(QStringLiteral("not supported")),
            qPrintable(detail));
    }

    void modes()
    {
        QCOMPARE(ProxyAuthModes::ids(), QStringList({"auto", "negotiate", "ntlm", "digest", "basic", "none"}));
        for (const QString& id : ProxyAuthModes::ids())
            QCOMPARE(ProxyAuthModes::id(*ProxyAuthModes::fromId(id)), id);
        QCOMPARE(ProxyAuthModes::fromId(u"NTLM"), ProxyAuthMode::Ntlm);
        QVERIFY(!ProxyAuthModes::fromId(u"kerberos"));
    }
};

QTEST_GUILESS_MAIN(TestProxyAuthenticator)
#include "tst_proxyauthenticator.moc"
