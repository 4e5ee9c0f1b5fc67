#include "engine/check/CurlLibrary.h"
#include "engine/check/ProxyAuthenticator.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <chrono>
#include <future>
#include <memory>

namespace {
// A proxy on 127.0.0.1 that asks for Basic authentication (alice, secret) and opens no onward connection: a
// CONNECT with the right credentials gets 200, any other 407. Runs on the test's thread.
class BasicProxy final : public QObject
{
    Q_OBJECT

public:
    BasicProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    QList<QByteArray> requests; // each request's head, as received

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end = buffer.indexOf("\r\n\r\n");
        while (end >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            requests << head;
            const bool authorised
                = head.contains("\r\nProxy-Authorization: Basic " + QByteArray("alice:secret").toBase64() + "\r\n")
                || head.endsWith("\r\nProxy-Authorization: Basic " + QByteArray("alice:secret").toBase64());
            socket->write(authorised ? QByteArray("HTTP/1.1 200 Connection established\r\n\r\n")
                                     : QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                                  "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                                                  "Content-Length: 0\r\n\r\n"));
            end = buffer.indexOf("\r\n\r\n");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

ProxyAuthRequest basicRequest(quint16 port, const QString& password)
{
    ProxyAuthRequest request;
    request.proxy.host = QStringLiteral("127.0.0.1");
    request.proxy.port = port;
    request.proxy.authMode = ProxyAuthMode::Auto;
    request.proxy.user = QStringLiteral("alice");
    request.proxy.password = password;
    request.targetHost = QStringLiteral("service.test");
    request.targetPort = 443;
    request.offered = {QStringLiteral("Basic")};
    request.timeoutMs = 10000;
    return request;
}

// open() blocks: it runs on a thread of its own while this one serves the proxy.
ProxyAuthResult openServing(const ProxyAuthRequest& request, const CurlLibrary& curl)
{
    std::future<ProxyAuthResult> result
        = std::async(std::launch::async, [&] { return ProxyAuthenticator::open(request, curl); });
    const auto done = [&result] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; };
    for (int i = 0; i < 3000 && !done(); ++i)
        QTest::qWait(10);
    return result.get();
}
} // namespace

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

    // Through a real proxy on loopback with the system's libcurl, loaded at run time (libcurl.so.4, or the
    // libcurl.dll beside the program on Windows): the right password opens the tunnel, a wrong one is rejected.
    void basicThroughLoopbackProxy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("right password") << QStringLiteral("secret") << QStringLiteral("ok");
        QTest::addRow("wrong password") << QStringLiteral("wrong") << QStringLiteral("rejected");
    }

    void basicThroughLoopbackProxy()
    {
        QFETCH(QString, password);
        QFETCH(QString, outcome);
        const CurlLibrary& curl = CurlLibrary::system();
        QVERIFY2(curl.isLoaded(), qPrintable(curl.problem() + ": " + curl.loaderError()));
        BasicProxy proxy;
        QVERIFY(proxy.listen());
        const ProxyAuthResult result = openServing(basicRequest(proxy.port(), password), curl);
        QCOMPARE(result.info.attempts.size(), 1);
        QCOMPARE(ProxyAuthAttempt::outcomeId(result.info.attempts.constFirst().outcome), outcome);
        QVERIFY(!proxy.requests.isEmpty());
        QVERIFY2(proxy.requests.constLast().startsWith("CONNECT service.test:443 HTTP/1.1\r\n"),
            proxy.requests.constLast().constData());
        if (outcome == QStringLiteral("ok")) {
            QVERIFY(result.socket);
            QCOMPARE(result.info.used, QStringLiteral("Basic"));
            QCOMPARE(result.info.as, QStringLiteral("alice"));
        } else {
            QVERIFY(!result.socket);
            QVERIFY(result.info.used.isEmpty());
        }
    }

    // When libcurl cannot be loaded, nothing is sent to the proxy and every scheme says why, once, naming the
    // library and what to install; the loader's own words go to the evidence.
    void libraryMissing()
    {
        const CurlLibrary missing(
            {QStringLiteral("netready-no-such-libcurl"), -1, QStringLiteral("netready-no-such-libcurl"), false});
        QVERIFY(!missing.isLoaded());
        QVERIFY(!missing.has(0));
        BasicProxy proxy;
        QVERIFY(proxy.listen());
        ProxyAuthRequest request = basicRequest(proxy.port(), QStringLiteral("secret"));
        request.offered = {QStringLiteral("Digest"), QStringLiteral("Basic")};
        const ProxyAuthResult result = openServing(request, missing);
        QVERIFY(!result.socket);
        QCOMPARE(proxy.connections, 0);
        QStringList outcomes;
        for (const ProxyAuthAttempt& attempt : result.info.attempts)
            outcomes << ProxyAuthAttempt::outcomeId(attempt.outcome);
        QCOMPARE(outcomes, QStringList({"library-missing", "library-missing"}));
        const QString detail = ProxyAuthenticator::describeFailure(result.info, request.proxy.display());
        QVERIFY2(detail.endsWith(QStringLiteral("and no scheme succeeded: Digest, Basic: not tried: libcurl "
                                                "(netready-no-such-libcurl), which Netready authenticates at proxies "
                                                "with, could not be loaded: install it (on Debian and Ubuntu, the "
                                                "package libcurl4)")),
            qPrintable(detail));
        QCOMPARE(result.evidence.size(), 1);
        QVERIFY2(result.evidence.constFirst().contains(QStringLiteral("netready-no-such-libcurl")),
            qPrintable(result.evidence.constFirst()));

        ProxyFetchRequest fetch;
        fetch.proxy = request.proxy;
        fetch.targetHost = QStringLiteral("crl.test");
        fetch.host = fetch.targetHost;
        fetch.offered = request.offered;
        const ProxyFetchResult fetched = ProxyAuthenticator::fetch(fetch, missing);
        QVERIFY(!fetched.answered);
        QCOMPARE(fetched.info.attempts.size(), 2);
        QCOMPARE(proxy.connections, 0);
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
