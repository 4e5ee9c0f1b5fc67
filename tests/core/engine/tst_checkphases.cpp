#include "BlackHoleListener.h"
#include "CannedHttpServer.h"
#include "LoopbackTlsServer.h"
#include "ProcessFixture.h"
#include "TestPki.h"
#include "engine/check/AddressLookup.h"
#include "engine/check/HttpExchange.h"
#include "engine/check/ProxyTunnel.h"
#include "engine/check/TcpRace.h"
#include "engine/check/TlsContextShare.h"
#include "engine/check/TlsHandshake.h"

#include <QLocale>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

Q_DECLARE_METATYPE(PhaseEnd)
Q_DECLARE_METATYPE(Diagnosis)
Q_DECLARE_METATYPE(TcpRace::Target)

namespace {
// How long a test waits for a phase that is bound to end on its own: a safety net, not a speed requirement.
constexpr int kSafetyMs = 60000;
// Timeouts of phases that are meant to time out.
constexpr int kShortTimeoutMs = 300;
// Timeouts of phases that must end for another reason long before.
constexpr int kLongTimeoutMs = 30000;

// A server on 127.0.0.1 that answers the first request's headers with fixed bytes and keeps the connection
// open (LoopbackTlsServer's canned answers close it).
class KeepOpenServer final : public QTcpServer
{
public:
    explicit KeepOpenServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
    }
    QList<QByteArray> requests;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            requests << buffer->left(end);
            buffer->clear();
            socket->write(m_reply);
        });
    }

private:
    QByteArray m_reply;
};

// A listener on ::1 whose port is free on 127.0.0.1 (connecting there is refused), or false.
bool listenOnV6WithV4Closed(QTcpServer& server)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!server.listen(QHostAddress::LocalHostIPv6, 0))
            return false;
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, server.serverPort()))
            return true;
        server.close();
    }
    return false;
}

// True when nothing listens on address:port (checked by binding it for a moment).
bool portIsFree(const QHostAddress& address, quint16 port)
{
    QTcpServer probe;
    return probe.listen(address, port);
}

QByteArray request(const QString& path)
{
    return "GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}
} // namespace

// Each phase of a check driven on its own against servers on loopback: the TCP race, the proxy's CONNECT, the
// TLS handshake and the HTTP exchange, and the address lookup before them.
class TestCheckPhases final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_ca;
    TestPki::Leaf m_goodLeaf;
    TestPki::Leaf m_selfSignedLeaf;
    std::unique_ptr<LoopbackTlsServer> m_good;
    std::unique_ptr<LoopbackTlsServer> m_selfSigned;
    std::unique_ptr<LoopbackTlsServer> m_silent;
    std::unique_ptr<LoopbackTlsServer> m_plainHttp;
    CannedHttpServer m_http;
    bool m_haveIpv6 = false;

    static std::unique_ptr<LoopbackTlsServer> server(
        LoopbackTlsServer::Behaviour behaviour, const TestPki::Leaf& leaf = {})
    {
        auto s = std::make_unique<LoopbackTlsServer>(behaviour);
        if (!leaf.isNull() && !s->setIdentity(leaf.certPath, leaf.keyPath))
            return nullptr;
        if (!s->listenOnLoopback())
            return nullptr;
        return s;
    }

    // A socket connected to 127.0.0.1:port, with no proxy in between.
    template<typename Socket>
    static std::unique_ptr<Socket> connected(quint16 port)
    {
        auto socket = std::make_unique<Socket>();
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(kSafetyMs))
            return nullptr;
        return socket;
    }

    // Runs a TCP race to the end.
    static std::optional<PhaseOutcome> race(
        TcpRace& tcp, const QList<QHostAddress>& addresses, quint16 port, QHostAddress* winner = nullptr)
    {
        std::optional<PhaseOutcome> outcome;
        QObject::connect(&tcp, &TcpRace::finished, &tcp, [&outcome](const PhaseOutcome& o) { outcome = o; });
        tcp.start(addresses, port);
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kSafetyMs); // the caller checks outcome
        if (winner)
            *winner = tcp.connectedAddress();
        return outcome;
    }

    // Sends CONNECT for target on a connection to a server on 127.0.0.1:port and returns how it ended.
    static std::optional<PhaseOutcome> tunnel(QTcpSocket& socket, quint16 proxyPort, const QString& targetHost,
        quint16 targetPort, int timeoutMs, const QString& user = {})
    {
        ProxyRoute route;
        route.host = QStringLiteral("127.0.0.1");
        route.port = proxyPort;
        route.user = user;
        route.password = user.isEmpty() ? QString() : QStringLiteral("secret");
        ProxyTunnel phase(&socket, route, nullptr, timeoutMs);
        std::optional<PhaseOutcome> outcome;
        QObject::connect(&phase, &ProxyTunnel::finished, &phase, [&outcome](const PhaseOutcome& o) { outcome = o; });
        phase.start(targetHost, targetPort);
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kSafetyMs); // the caller checks outcome
        return outcome;
    }

    static QString describe(const PhaseOutcome& outcome)
    {
        return QStringLiteral("ok=%1 end=%2 bytes=%3 diagnosis=%4 detail=%5 | %6")
            .arg(outcome.ok)
            .arg(PhaseEnds::id(outcome.end))
            .arg(outcome.bytes)
            .arg(int(outcome.finding.diagnosis))
            .arg(outcome.finding.detail, outcome.finding.evidence.join(QStringLiteral(" | ")));
    }

private slots:
    void initTestCase()
    {
        // Numbers and seconds in describeEnd() and the details follow the default locale.
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestPki>(QStringLiteral("Netready Phase Test CA"));
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
        m_goodLeaf = m_ca->issueLeaf(QStringLiteral("good"), {QStringLiteral("good.test")});
        QVERIFY2(!m_goodLeaf.isNull(), qPrintable(m_ca->errorString()));
        QString error;
        m_selfSignedLeaf
            = TestPki::selfSigned(m_dir, QStringLiteral("selfsigned"), {QStringLiteral("selfsigned.test")}, &error);
        QVERIFY2(!m_selfSignedLeaf.isNull(), qPrintable(error));

        using B = LoopbackTlsServer::Behaviour;
        m_good = server(B::TlsHttp, m_goodLeaf);
        m_selfSigned = server(B::TlsHttp, m_selfSignedLeaf);
        m_silent = server(B::Silent);
        m_plainHttp = server(B::PlainHttp);
        QVERIFY(m_good && m_selfSigned && m_silent && m_plainHttp);

        m_http.setResponse(QStringLiteral("/complete"), 200, "hello world");
        m_http.setRaw(QStringLiteral("/until-close"), "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nstream");
        m_http.setSilent(QStringLiteral("/silent"));
        m_http.setClose(QStringLiteral("/close"));
        m_http.setRaw(QStringLiteral("/close-in-headers"), "HTTP/1.1 200 OK\r\nContent-Le");
        m_http.setRaw(
            QStringLiteral("/close-in-body"), "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + QByteArray(40, 'x'));
        m_http.setResponse(QStringLiteral("/large"), 200, QByteArray(5000, 'y'));
        // Headers, then nothing: only a phase that stops after the headers can complete.
        m_http.setTrickle(
            QStringLiteral("/headers-then-nothing"), "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 5);
        m_http.setTrickle(QStringLiteral("/slow-body"),
            "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(100000, 'b'), 10);
        m_http.setTrickle(
            QStringLiteral("/slow-headers"), "HTTP/1.1 200 OK\r\nX-Slow: " + QByteArray(100000, 'h') + "\r\n\r\n", 10);
        QVERIFY(m_http.listen());

        QTcpServer v6;
        m_haveIpv6 = v6.listen(QHostAddress::LocalHostIPv6, 0);
    }

    // ---- TCP race ----------------------------------------------------------------------------------------

    void tcpRaceConnects_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("IPv4") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("IPv6") << QHostAddress(QHostAddress::LocalHostIPv6);
    }

    void tcpRaceConnects()
    {
        QFETCH(QHostAddress, address);
        if (address.protocol() == QAbstractSocket::IPv6Protocol && !m_haveIpv6)
            QSKIP("no IPv6 loopback here");
        QTcpServer listener;
        QVERIFY(listener.listen(address, 0));

        TcpRace tcp(TcpRace::Target::Service, QStringLiteral("svc.test"), kLongTimeoutMs);
        QHostAddress winner;
        const std::optional<PhaseOutcome> outcome = race(tcp, {address}, listener.serverPort(), &winner);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(describe(*outcome)));
        QCOMPARE(outcome->end, PhaseEnd::Completed);
        QCOMPARE(outcome->finding.diagnosis, Diagnosis::Ok);
        QCOMPARE(winner, address);

        std::unique_ptr<QSslSocket> socket(tcp.takeSocket());
        QVERIFY(socket);
        QVERIFY(socket->parent() == nullptr);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(socket->peerAddress(), address);
        QCOMPARE(socket->peerPort(), listener.serverPort());
        QVERIFY(tcp.takeSocket() == nullptr); // handed over once
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), kSafetyMs);
    }

    void tcpRaceFails_data()
    {
        QTest::addColumn<TcpRace::Target>("target");
        QTest::addColumn<bool>("blackHole");
        QTest::addColumn<PhaseEnd>("end");
        QTest::addColumn<Diagnosis>("diagnosis");
        QTest::addColumn<QString>("detail"); // %1 = port
        QTest::addColumn<QString>("evidence"); // %1 = port; the single evidence line

        using T = TcpRace::Target;
        QTest::newRow("service, closed port")
            << T::Service << false << PhaseEnd::Refused << Diagnosis::TcpRefused
            << "svc.test:%1 refused the connection (nothing listens, or a firewall rejects it)"
            << "127.0.0.1 port %1: Connection refused";
        QTest::newRow("service, dropped") << T::Service << true << PhaseEnd::TimedOut << Diagnosis::TcpTimeout
                                          << "svc.test:%1 did not answer within 0.3 s: packets are dropped on the way"
                                          << "127.0.0.1 port %1: no answer (timed out)";
        QTest::newRow("proxy, closed port") << T::Proxy << false << PhaseEnd::Refused << Diagnosis::ProxyUnreachable
                                            << "the proxy svc.test:%1 refused the connection"
                                            << "127.0.0.1 port %1: Connection refused";
        QTest::newRow("proxy, dropped") << T::Proxy << true << PhaseEnd::TimedOut << Diagnosis::ProxyUnreachable
                                        << "the proxy svc.test:%1 did not answer within 0.3 s"
                                        << "127.0.0.1 port %1: no answer (timed out)";
    }

    void tcpRaceFails()
    {
        QFETCH(TcpRace::Target, target);
        QFETCH(bool, blackHole);
        QFETCH(PhaseEnd, end);
        QFETCH(Diagnosis, diagnosis);
        QFETCH(QString, detail);
        QFETCH(QString, evidence);

        std::unique_ptr<BlackHoleListener> hole;
        quint16 port = 0;
        if (blackHole) {
            hole = std::make_unique<BlackHoleListener>();
            QVERIFY(hole->isValid());
            port = hole->port();
        } else {
            port = ProcessFixture::freeTcpPort();
            QVERIFY(port != 0);
        }
        TcpRace tcp(target, QStringLiteral("svc.test"), blackHole ? kShortTimeoutMs : kLongTimeoutMs);
        const std::optional<PhaseOutcome> outcome = race(tcp, {QHostAddress(QHostAddress::LocalHost)}, port);
        QVERIFY(outcome);
        QVERIFY2(!outcome->ok, qPrintable(describe(*outcome)));
        QCOMPARE(outcome->end, end);
        QCOMPARE(outcome->finding.diagnosis, diagnosis);
        QCOMPARE(outcome->finding.detail, detail.arg(port));
        QCOMPARE(outcome->finding.evidence, QStringList {evidence.arg(port)});
        QVERIFY(tcp.takeSocket() == nullptr);
        QVERIFY(tcp.connectedAddress().isNull());
    }

    void tcpRaceWithoutAddressesEndsAtOnce()
    {
        // A long timeout: the outcome must not wait for it, and must say why it failed.
        TcpRace tcp(TcpRace::Target::Service, QStringLiteral("svc.test"), kLongTimeoutMs);
        const std::optional<PhaseOutcome> outcome = race(tcp, {}, 443);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->end, PhaseEnd::Refused);
        QCOMPARE(outcome->finding.diagnosis, Diagnosis::TcpUnreachable);
        QCOMPARE(outcome->finding.detail, QStringLiteral("svc.test:443 has no address to connect to"));
    }

    void tcpRaceBothFamilies_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::newRow("IPv6 listens, IPv4 refused") << "v6 listens";
        QTest::newRow("IPv4 listens, IPv6 refused") << "v4 listens";
        QTest::newRow("IPv4 dropped, IPv6 listens") << "v4 dropped";
    }

    // Both addresses of a dual-stack name are tried at once: the one that works wins, whatever the other does.
    void tcpRaceBothFamilies()
    {
        QFETCH(QString, case_);
        if (!m_haveIpv6)
            QSKIP("no IPv6 loopback here");
        const QHostAddress v4(QHostAddress::LocalHost);
        const QHostAddress v6(QHostAddress::LocalHostIPv6);
        QTcpServer listener;
        std::unique_ptr<BlackHoleListener> hole;
        quint16 port = 0;
        QHostAddress expected;
        if (case_ == QLatin1String("v6 listens")) {
            QVERIFY(listenOnV6WithV4Closed(listener));
            port = listener.serverPort();
            expected = v6;
        } else if (case_ == QLatin1String("v4 listens")) {
            QVERIFY(listener.listen(v4, 0));
            port = listener.serverPort();
            if (!portIsFree(v6, port))
                QSKIP("the same port is in use on ::1");
            expected = v4;
        } else {
            hole = std::make_unique<BlackHoleListener>();
            QVERIFY(hole->isValid());
            port = hole->port();
            if (!listener.listen(v6, port))
                QSKIP("the black hole's port is in use on ::1");
            expected = v6;
        }
        QVERIFY(port != 0);

        TcpRace tcp(TcpRace::Target::Service, QStringLiteral("dual.test"), kLongTimeoutMs);
        QHostAddress winner;
        const std::optional<PhaseOutcome> outcome = race(tcp, {v4, v6}, port, &winner);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(describe(*outcome)));
        QCOMPARE(winner, expected);
        std::unique_ptr<QSslSocket> socket(tcp.takeSocket());
        QVERIFY(socket);
        QCOMPARE(socket->peerAddress(), expected);
    }

    // Neither address connects: one refused, one dropped. The refusal decides the wording and the end; each
    // address has its line of evidence.
    void tcpRaceRefusedAndDropped()
    {
        if (!m_haveIpv6)
            QSKIP("no IPv6 loopback here");
        BlackHoleListener hole;
        QVERIFY(hole.isValid());
        if (!portIsFree(QHostAddress::LocalHostIPv6, hole.port()))
            QSKIP("the black hole's port is in use on ::1");
        TcpRace tcp(TcpRace::Target::Service, QStringLiteral("dual.test"), kShortTimeoutMs);
        const std::optional<PhaseOutcome> outcome = race(
            tcp, {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}, hole.port());
        QVERIFY(outcome);
        QVERIFY2(!outcome->ok, qPrintable(describe(*outcome)));
        QCOMPARE(outcome->end, PhaseEnd::Refused);
        QCOMPARE(outcome->finding.diagnosis, Diagnosis::TcpRefused);
        QVERIFY2(outcome->finding.detail.startsWith(QStringLiteral("dual.test:%1 refused").arg(hole.port())),
            qPrintable(outcome->finding.detail));
        QCOMPARE(outcome->finding.evidence.size(), 2);
        QCOMPARE(outcome->finding.evidence.at(0),
            QStringLiteral("127.0.0.1 port %1: no answer (timed out)").arg(hole.port()));
        QVERIFY2(outcome->finding.evidence.at(1).startsWith(QStringLiteral("::1 port %1: ").arg(hole.port())),
            qPrintable(outcome->finding.evidence.at(1)));
        QVERIFY(!outcome->finding.evidence.at(1).contains(QStringLiteral("timed out")));
    }

    // ---- proxy tunnel ------------------------------------------------------------------------------------

    void proxyTunnelReply_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<PhaseEnd>("end");
        QTest::addColumn<Diagnosis>("diagnosis");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("detail"); // exact
        QTest::addColumn<QStringList>("evidence"); // lines that must be among the evidence

        const QString proxy = QStringLiteral("the proxy http://127.0.0.1:%1");
        const QByteArray established = "HTTP/1.1 200 Connection established\r\n\r\n";
        QTest::newRow("200 established") << established << QString() << true << PhaseEnd::Completed << Diagnosis::Ok
                                         << qint64(established.size()) << QString()
                                         << QStringList {"proxy reply: HTTP 200 Connection established"};
        const QByteArray via = "HTTP/1.0 200 OK\r\nVia: 1.1 gateway\r\n\r\n";
        QTest::newRow("200 with Via") << via << QString() << true << PhaseEnd::Completed << Diagnosis::Ok
                                      << qint64(via.size()) << QString()
                                      << QStringList {"proxy reply: HTTP 200 OK", "proxy reply: Via: 1.1 gateway"};

        const QByteArray auth = "HTTP/1.1 407 Proxy Authentication Required\r\n"
                                "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n";
        QTest::newRow("407 without credentials")
            << auth << QString() << false << PhaseEnd::Refused << Diagnosis::ProxyAuthRequired << qint64(auth.size())
            << proxy + " wants authentication (Basic)"
            << QStringList {"proxy reply: HTTP 407 Proxy Authentication Required",
                   "proxy reply: Proxy-Authenticate: Basic realm=\"corp\""};
        QTest::newRow("407 with credentials")
            << auth << QStringLiteral("alice") << false << PhaseEnd::Refused << Diagnosis::ProxyAuthRequired
            << qint64(auth.size()) << proxy + " rejected the credentials given (it asks for Basic)"
            << QStringList {"proxy reply: HTTP 407 Proxy Authentication Required"};

        const QByteArray squid = "HTTP/1.1 403 Forbidden\r\nServer: squid/5.7\r\n"
                                 "X-Squid-Error: ERR_ACCESS_DENIED 0\r\nContent-Length: 0\r\n\r\n";
        QTest::newRow("403 from squid") << squid << QString() << false << PhaseEnd::Refused << Diagnosis::ProxyDenied
                                        << qint64(squid.size())
                                        << proxy
                + " refused CONNECT to target.test:443: HTTP 403 Forbidden (ERR_ACCESS_DENIED 0)"
                                        << QStringList {"proxy reply: HTTP 403 Forbidden",
                                               "proxy reply: X-Squid-Error: ERR_ACCESS_DENIED 0",
                                               "proxy reply: Server: squid/5.7"};
        const QByteArray page = "<html><head><title>Gateway down</title></head></html>";
        const QByteArray gateway = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
            + QByteArray::number(page.size()) + "\r\n\r\n" + page;
        QTest::newRow("502 with a page title")
            << gateway << QString() << false << PhaseEnd::Refused << Diagnosis::ProxyDenied << qint64(gateway.size())
            << proxy + " refused CONNECT to target.test:443: HTTP 502 Bad Gateway (Gateway down)"
            << QStringList {"proxy reply: HTTP 502 Bad Gateway"};

        const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n" + auth;
        QTest::newRow("100 Continue, then 407")
            << interim << QString() << false << PhaseEnd::Refused << Diagnosis::ProxyAuthRequired
            << qint64(interim.size()) << proxy + " wants authentication (Basic)"
            << QStringList {"proxy reply: HTTP 407 Proxy Authentication Required"};

        // Not HTTP at all: known from the first bytes, so the phase ends at once (Refused), not at the timeout.
        QTest::newRow("SSH banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QString() << false << PhaseEnd::Refused
                                    << Diagnosis::ProxyProtocolError << qint64(-1)
                                    << proxy + " answered CONNECT with \"SSH-2.0-OpenSSH_9.2\"" << QStringList();
        QTest::newRow("TLS alert") << QByteArrayLiteral("\x15\x03\x01\x00\x02\x02\x28") << QString() << false
                                   << PhaseEnd::Refused << Diagnosis::ProxyProtocolError << qint64(-1)
                                   << proxy
                + " answered CONNECT with a TLS alert: it expects TLS, not an HTTP proxy request"
                                   << QStringList();
        QTest::newRow("TLS handshake") << QByteArrayLiteral("\x16\x03\x03\x00\x04\x02\x00\x00\x00") << QString()
                                       << false << PhaseEnd::Refused << Diagnosis::ProxyProtocolError << qint64(-1)
                                       << proxy
                + " answered CONNECT with a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy"
                                       << QStringList();
        QTest::newRow("binary") << QByteArrayLiteral(
            "\x8f\x00\x12\xab\xcd\xef\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c")
                                << QString() << false << PhaseEnd::Refused << Diagnosis::ProxyProtocolError
                                << qint64(-1)
                                << proxy
                + " answered CONNECT with bytes that are not text: 8f 00 12 ab cd ef 01 02 03 04 05 06 07 08 09 0a"
                                << QStringList();
        QTest::newRow("SOCKS 5") << QByteArrayLiteral("\x05\xff") << QString() << false << PhaseEnd::Refused
                                 << Diagnosis::ProxyProtocolError << qint64(-1)
                                 << proxy + " answered CONNECT with a SOCKS 5 reply: it is a SOCKS proxy"
                                 << QStringList();
        QTest::newRow("SOCKS 4") << QByteArrayLiteral("\x00\x5b\x00\x00\x00\x00\x00\x00") << QString() << false
                                 << PhaseEnd::Refused << Diagnosis::ProxyProtocolError << qint64(-1)
                                 << proxy + " answered CONNECT with a SOCKS 4 reply: it is a SOCKS proxy"
                                 << QStringList();
        const QByteArray badStatus = "HTTP/1.1 abc\r\n\r\n";
        QTest::newRow("HTTP without a status")
            << badStatus << QString() << false << PhaseEnd::Refused << Diagnosis::ProxyProtocolError
            << qint64(badStatus.size()) << QString() << QStringList();

        // The proxy hangs up.
        QTest::newRow("closed without an answer")
            << QByteArray() << QString() << false << PhaseEnd::Closed << Diagnosis::ProxyDenied << qint64(-1)
            << proxy + " closed the connection without answering CONNECT" << QStringList();
        QTest::newRow("closed in the middle of the reply")
            << QByteArray("HTTP/1.1 200 Conn") << QString() << false << PhaseEnd::Closed << Diagnosis::ProxyDenied
            << qint64(-1) << proxy + " closed the connection in the middle of its reply (17 bytes)" << QStringList();
    }

    void proxyTunnelReply()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, user);
        QFETCH(bool, ok);
        QFETCH(PhaseEnd, end);
        QFETCH(Diagnosis, diagnosis);
        QFETCH(qint64, bytes);
        QFETCH(QString, detail);
        QFETCH(QStringList, evidence);

        LoopbackTlsServer proxyServer(LoopbackTlsServer::Behaviour::PlainCanned);
        proxyServer.setCannedResponse(reply);
        QVERIFY(proxyServer.listenOnLoopback());
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(proxyServer.serverPort());
        QVERIFY(socket);
        const std::optional<PhaseOutcome> outcome
            = tunnel(*socket, proxyServer.serverPort(), QStringLiteral("target.test"), 443, kLongTimeoutMs, user);
        QVERIFY(outcome);
        QCOMPARE(outcome->ok, ok);
        QCOMPARE(outcome->end, end);
        QCOMPARE(outcome->finding.diagnosis, diagnosis);
        QCOMPARE(outcome->bytes, bytes);
        if (ok)
            QVERIFY(outcome->finding.detail.isEmpty());
        else if (detail.isEmpty()) // a parser's message follows: only the start is ours
            QVERIFY2(outcome->finding.detail.startsWith(
                         QStringLiteral("the proxy http://127.0.0.1:%1 answered something that is not HTTP (")
                             .arg(proxyServer.serverPort())),
                qPrintable(outcome->finding.detail));
        else
            QCOMPARE(outcome->finding.detail, detail.arg(proxyServer.serverPort()));
        for (const QString& line : std::as_const(evidence))
            QVERIFY2(outcome->finding.evidence.contains(line), qPrintable(describe(*outcome)));

        // What the proxy was asked.
        const QList<QByteArray> requests = proxyServer.requestsSeen();
        QCOMPARE(requests.size(), 1);
        QVERIFY2(requests.constFirst().startsWith("CONNECT target.test:443 HTTP/1.1\r\nHost: target.test:443\r\n"),
            requests.constFirst().constData());
        const QByteArray credentials = "Proxy-Authorization: Basic " + QByteArray("alice:secret").toBase64();
        QCOMPARE(requests.constFirst().contains(credentials), !user.isEmpty());
    }

    void proxyTunnelTarget_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("authority");
        QTest::newRow("name") << "target.test" << 443 << QByteArray("target.test:443");
        QTest::newRow("IPv4 literal") << "127.0.0.1" << 8443 << QByteArray("127.0.0.1:8443");
        QTest::newRow("IPv6 literal") << "::1" << 443 << QByteArray("[::1]:443");
        QTest::newRow("international name")
            << QStringLiteral("b\u00fccher.test") << 443 << QByteArray("xn--bcher-kva.test:443");
    }

    // The request line and Host header carry the target as an authority (IPv6 in brackets, names in ASCII);
    // a refusal names the target the same way.
    void proxyTunnelTarget()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, authority);

        LoopbackTlsServer proxyServer(LoopbackTlsServer::Behaviour::PlainCanned);
        proxyServer.setCannedResponse("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(proxyServer.listenOnLoopback());
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(proxyServer.serverPort());
        QVERIFY(socket);
        const std::optional<PhaseOutcome> outcome
            = tunnel(*socket, proxyServer.serverPort(), host, quint16(port), kLongTimeoutMs);
        QVERIFY(outcome);
        QCOMPARE(outcome->finding.diagnosis, Diagnosis::ProxyDenied);
        QCOMPARE(outcome->finding.detail,
            QStringLiteral("the proxy http://127.0.0.1:%1 refused CONNECT to %2: HTTP 403 Forbidden")
                .arg(proxyServer.serverPort())
                .arg(QString::fromLatin1(authority)));

        QCOMPARE(proxyServer.requestsSeen().size(), 1);
        const QList<QByteArray> lines = proxyServer.requestsSeen().constFirst().split('\n');
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.at(0), "CONNECT " + authority + " HTTP/1.1\r");
        QCOMPARE(lines.at(1), "Host: " + authority + "\r");
    }

    void proxyTunnelLeavesTrailingBytes_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("200") << QByteArray("HTTP/1.1 200 Connection established\r\n\r\n");
        QTest::newRow("100 Continue, then 200")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\n");
    }

    // Bytes the server sends right after the proxy's reply (in the same write) belong to the tunnel: the phase
    // leaves them in the socket for the next phase.
    void proxyTunnelLeavesTrailingBytes()
    {
        QFETCH(QByteArray, reply);
        const QByteArray trailing = "SSH-2.0-banner\r\n";
        KeepOpenServer proxyServer(reply + trailing);
        QVERIFY(proxyServer.listen(QHostAddress::LocalHost, 0));
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(proxyServer.serverPort());
        QVERIFY(socket);
        const std::optional<PhaseOutcome> outcome
            = tunnel(*socket, proxyServer.serverPort(), QStringLiteral("target.test"), 22, kLongTimeoutMs);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(describe(*outcome)));
        QCOMPARE(outcome->bytes, qint64(reply.size()));
        QVERIFY(outcome->finding.evidence.contains(QStringLiteral("proxy reply: HTTP 200 Connection established")));
        QTRY_COMPARE_WITH_TIMEOUT(socket->bytesAvailable(), qint64(trailing.size()), 5000);
        QCOMPARE(socket->readAll(), trailing);
    }

    // An interim answer that arrives on its own is not taken for the reply: the phase waits for the real one.
    void proxyTunnelWaitsPastInterimAnswer()
    {
        const QByteArray reply = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\n";
        LoopbackTlsServer proxyServer(LoopbackTlsServer::Behaviour::PlainCanned);
        proxyServer.setCannedResponse(reply, 20); // 16 bytes at a time: the 100 ends in the second piece
        QVERIFY(proxyServer.listenOnLoopback());
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(proxyServer.serverPort());
        QVERIFY(socket);
        const std::optional<PhaseOutcome> outcome
            = tunnel(*socket, proxyServer.serverPort(), QStringLiteral("target.test"), 443, kLongTimeoutMs);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(describe(*outcome)));
        QCOMPARE(outcome->end, PhaseEnd::Completed);
        QCOMPARE(outcome->bytes, qint64(reply.size()));
    }

    // A reply without an end of its headers is cut at kMaxReplyBytes rather than read without limit.
    void proxyTunnelCutsEndlessHeaders()
    {
        KeepOpenServer proxyServer(
            "HTTP/1.1 200 OK\r\nX-Filler: " + QByteArray(ProxyTunnel::kMaxReplyBytes + 4096, 'a'));
        QVERIFY(proxyServer.listen(QHostAddress::LocalHost, 0));
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(proxyServer.serverPort());
        QVERIFY(socket);
        const std::optional<PhaseOutcome> outcome
            = tunnel(*socket, proxyServer.serverPort(), QStringLiteral("target.test"), 443, kLongTimeoutMs);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->end, PhaseEnd::Cut);
        QCOMPARE(outcome->finding.diagnosis, Diagnosis::ProxyProtocolError);
        QCOMPARE(outcome->finding.detail,
            QStringLiteral("the proxy http://127.0.0.1:%1 sent more than %2 bytes of headers in reply to CONNECT")
                .arg(proxyServer.serverPort())
                .arg(ProxyTunnel::kMaxReplyBytes));
    }

    void proxyTunnelSilence()
    {
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(m_silent->serverPort());
        QVERIFY(socket);
        const std::optional<PhaseOutcome> outcome
            = tunnel(*socket, m_silent->serverPort(), QStringLiteral("target.test"), 443, kShortTimeoutMs);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->end, PhaseEnd::TimedOut);
        QCOMPARE(outcome->finding.diagnosis, Diagnosis::ProxyDenied);
        QCOMPARE(outcome->finding.detail,
            QStringLiteral("the proxy http://127.0.0.1:%1 did not answer the CONNECT request within 0.3 s")
                .arg(m_silent->serverPort()));
    }

    // ---- TLS handshake -----------------------------------------------------------------------------------

    void tlsHandshake_data()
    {
        QTest::addColumn<bool>("selfSigned"); // else the leaf of the test CA
        QTest::addColumn<QString>("peerName");
        QTest::addColumn<bool>("trustCa"); // the test CA is in the configuration's CAs
        QTest::addColumn<bool>("extraAnchors");
        QTest::addColumn<bool>("succeeded");
        QTest::addColumn<PhaseEnd>("end");
        QTest::addColumn<QList<int>>("errors"); // QSslError::SslError values that must be among the errors
        QTest::addColumn<bool>("deferredTrust");

        using E = QSslError;
        QTest::newRow("trusted by the configuration")
            << false << "good.test" << true << false << true << PhaseEnd::Completed << QList<int>() << false;
        QTest::newRow("issuer not trusted") << false << "good.test" << false << false << false << PhaseEnd::Refused
                                            << QList<int> {E::UnableToGetLocalIssuerCertificate} << false;
        QTest::newRow("self-signed") << true << "selfsigned.test" << false << false << false << PhaseEnd::Refused
                                     << QList<int> {E::SelfSignedCertificate} << false;
        QTest::newRow("name mismatch") << false << "other.test" << true << false << false << PhaseEnd::Refused
                                       << QList<int> {E::HostNameMismatch} << false;
        // With extra CAs, trust errors alone are let through for the caller's own check; a wrong name is not.
        QTest::newRow("issuer not trusted, extra anchors")
            << false << "good.test" << false << true << true << PhaseEnd::Completed
            << QList<int> {E::UnableToGetLocalIssuerCertificate} << true;
        QTest::newRow("self-signed, extra anchors")
            << true << "selfsigned.test" << false << true << true << PhaseEnd::Completed
            << QList<int> {E::SelfSignedCertificate} << true;
        QTest::newRow("name mismatch, extra anchors")
            << false << "other.test" << false << true << false << PhaseEnd::Refused
            << QList<int> {E::HostNameMismatch, E::UnableToGetLocalIssuerCertificate} << false;
    }

    void tlsHandshake()
    {
        QFETCH(bool, selfSigned);
        QFETCH(QString, peerName);
        QFETCH(bool, trustCa);
        QFETCH(bool, extraAnchors);
        QFETCH(bool, succeeded);
        QFETCH(PhaseEnd, end);
        QFETCH(QList<int>, errors);
        QFETCH(bool, deferredTrust);

        const LoopbackTlsServer& tlsServer = selfSigned ? *m_selfSigned : *m_good;
        const std::unique_ptr<QSslSocket> socket = connected<QSslSocket>(tlsServer.serverPort());
        QVERIFY(socket);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (trustCa)
            configuration.addCaCertificates(m_ca->caCertPath());

        TlsContextShare contexts;
        TlsHandshake tls(socket.get(), kLongTimeoutMs, extraAnchors, &contexts);
        bool finished = false;
        connect(&tls, &TlsHandshake::finished, this, [&finished] { finished = true; });
        tls.start(configuration, peerName);
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);

        QStringList seen;
        for (const QSslError& error : tls.errors())
            seen << QStringLiteral("%1 (%2)").arg(error.errorString()).arg(int(error.error()));
        const QString context = seen.join(QStringLiteral("; ")) + QStringLiteral(" | ") + tls.socketError();
        QCOMPARE(tls.succeeded(), succeeded);
        QCOMPARE(tls.end(), end);
        QCOMPARE(tls.needsExtraAnchorCheck(), deferredTrust);
        QCOMPARE(tls.timeoutMs(), kLongTimeoutMs);
        for (const int error : std::as_const(errors)) {
            const bool found = std::any_of(tls.errors().cbegin(), tls.errors().cend(),
                [error](const QSslError& e) { return int(e.error()) == error; });
            QVERIFY2(found, qPrintable(context));
        }
        if (errors.isEmpty())
            QVERIFY2(tls.errors().isEmpty(), qPrintable(context));
        QCOMPARE(socket->isEncrypted(), succeeded);
        QCOMPARE(tls.socketError().isEmpty(), succeeded);
        if (succeeded)
            QCOMPARE(socket->peerCertificate(),
                QSslCertificate::fromPath(selfSigned ? m_selfSignedLeaf.certPath : m_goodLeaf.certPath).constFirst());
    }

    void tlsHandshakeSilentServer()
    {
        const std::unique_ptr<QSslSocket> socket = connected<QSslSocket>(m_silent->serverPort());
        QVERIFY(socket);
        TlsContextShare contexts;
        TlsHandshake tls(socket.get(), kShortTimeoutMs, false, &contexts);
        bool finished = false;
        connect(&tls, &TlsHandshake::finished, this, [&finished] { finished = true; });
        tls.start(QSslConfiguration::defaultConfiguration(), QStringLiteral("good.test"));
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);
        QVERIFY(!tls.succeeded());
        QCOMPARE(tls.end(), PhaseEnd::TimedOut);
        QVERIFY(tls.errors().isEmpty());
        QVERIFY2(tls.socketError().isEmpty(), qPrintable(tls.socketError()));
        QVERIFY(!socket->isEncrypted());
    }

    // A web server without TLS on the port: it answers the ClientHello with an HTTP error and the handshake
    // fails on those bytes.
    void tlsHandshakePlainHttpServer()
    {
        const std::unique_ptr<QSslSocket> socket = connected<QSslSocket>(m_plainHttp->serverPort());
        QVERIFY(socket);
        TlsContextShare contexts;
        TlsHandshake tls(socket.get(), kLongTimeoutMs, false, &contexts);
        bool finished = false;
        connect(&tls, &TlsHandshake::finished, this, [&finished] { finished = true; });
        tls.start(QSslConfiguration::defaultConfiguration(), QStringLiteral("good.test"));
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);
        QVERIFY(!tls.succeeded());
        QVERIFY2(!tls.socketError().isEmpty(), "no socket error");
        QCOMPARE(tls.end(), PhaseEnd::Refused);
        QVERIFY(tls.errors().isEmpty());
        QVERIFY(!socket->isEncrypted());
    }

    // ---- HTTP exchange -----------------------------------------------------------------------------------

    void httpExchange_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<qint64>("bodyCap");
        QTest::addColumn<bool>("headersOnly");
        QTest::addColumn<PhaseEnd>("end");
        QTest::addColumn<int>("status"); // 0: none
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("description");

        const qint64 cap = 1024 * 1024;
        QTest::newRow("complete with Content-Length")
            << "/complete" << kLongTimeoutMs << cap << false << PhaseEnd::Completed << 200 << QByteArray("hello world")
            << "the answer arrived complete";
        QTest::newRow("body ends with the connection")
            << "/until-close" << kLongTimeoutMs << cap << false << PhaseEnd::Completed << 200 << QByteArray("stream")
            << "the answer arrived complete";
        QTest::newRow("silent") << "/silent" << kShortTimeoutMs << cap << false << PhaseEnd::TimedOut << 0
                                << QByteArray() << "no HTTP answer within 0.3 s";
        QTest::newRow("closed without an answer") << "/close" << kLongTimeoutMs << cap << false << PhaseEnd::Closed << 0
                                                  << QByteArray() << "the connection was closed without an answer";
        QTest::newRow("closed in the headers")
            << "/close-in-headers" << kLongTimeoutMs << cap << false << PhaseEnd::Closed << 0 << QByteArray()
            << "the connection was closed after 27 bytes, before the headers ended";
        QTest::newRow("closed in the body")
            << "/close-in-body" << kLongTimeoutMs << cap << false << PhaseEnd::Closed << 200 << QByteArray(40, 'x')
            << "the connection was closed after 40 of 100 bytes of the body";
        QTest::newRow("body over the cap")
            << "/large" << kLongTimeoutMs << qint64(1000) << false << PhaseEnd::Cut << 200 << QByteArray(1000, 'y')
            << "the answer was cut at the size cap of 1000 bytes";
        QTest::newRow("headers only") << "/headers-then-nothing" << kLongTimeoutMs << qint64(0) << true
                                      << PhaseEnd::Completed << 200 << QByteArray() << "the answer arrived complete";
        QTest::newRow("headers only, body sent")
            << "/large" << kLongTimeoutMs << qint64(0) << true << PhaseEnd::Completed << 200 << QByteArray()
            << "the answer arrived complete";
        // The same server without headersOnly waits for the body that never comes.
        QTest::newRow("headers, body awaited")
            << "/headers-then-nothing" << kShortTimeoutMs << cap << false << PhaseEnd::TimedOut << 200 << QByteArray()
            << "the download was still running after 0.3 s: 0 of 100000 bytes";
    }

    void httpExchange()
    {
        QFETCH(QString, path);
        QFETCH(int, timeoutMs);
        QFETCH(qint64, bodyCap);
        QFETCH(bool, headersOnly);
        QFETCH(PhaseEnd, end);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, description);

        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(m_http.port());
        QVERIFY(socket);
        HttpExchange exchange(socket.get(), timeoutMs);
        bool finished = false;
        connect(&exchange, &HttpExchange::finished, this, [&finished] { finished = true; });
        m_http.clearRequests();
        exchange.start(request(path), bodyCap, headersOnly);
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);

        QCOMPARE(exchange.end(), end);
        QCOMPARE(exchange.describeEnd(), description);
        QCOMPARE(exchange.answer().hasStatus(), status != 0);
        if (status != 0)
            QCOMPARE(exchange.answer().status(), status);
        QCOMPARE(exchange.answer().body(), body);
        QCOMPARE(exchange.timeoutMs(), timeoutMs);
        QCOMPARE(m_http.requestCount(), 1);
        QCOMPARE(m_http.requests().constFirst().path, path);
    }

    // A body that trickles in for longer than the timeout: the phase times out and says how much arrived.
    void httpExchangeSlowBody()
    {
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(m_http.port());
        QVERIFY(socket);
        HttpExchange exchange(socket.get(), 2000);
        bool finished = false;
        connect(&exchange, &HttpExchange::finished, this, [&finished] { finished = true; });
        exchange.start(request(QStringLiteral("/slow-body")), 1024 * 1024, false);
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);

        QCOMPARE(exchange.end(), PhaseEnd::TimedOut);
        QVERIFY(exchange.answer().hasStatus());
        QCOMPARE(exchange.answer().declaredBodyBytes(), qint64(100000));
        const qint64 received = exchange.answer().body().size();
        QVERIFY2(received > 0 && received < 100000, qPrintable(QString::number(received)));
        QVERIFY(exchange.answer().incomplete());
        QCOMPARE(exchange.describeEnd(),
            QStringLiteral("the download was still running after 2 s: %1 of 100000 bytes").arg(received));
    }

    // Headers that never end: the timeout says how many header bytes came.
    void httpExchangeSlowHeaders()
    {
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(m_http.port());
        QVERIFY(socket);
        HttpExchange exchange(socket.get(), kShortTimeoutMs);
        bool finished = false;
        connect(&exchange, &HttpExchange::finished, this, [&finished] { finished = true; });
        exchange.start(request(QStringLiteral("/slow-headers")), 1024 * 1024, false);
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);

        QCOMPARE(exchange.end(), PhaseEnd::TimedOut);
        QVERIFY(!exchange.answer().hasStatus());
        const qint64 received = exchange.answer().bytesReceived();
        if (received == 0)
            QCOMPARE(exchange.describeEnd(), QStringLiteral("no HTTP answer within 0.3 s"));
        else
            QCOMPARE(exchange.describeEnd(),
                QStringLiteral("the answer was still incomplete after 0.3 s (%1 bytes of headers)").arg(received));
    }

    // Bytes already waiting in the socket when the exchange starts (left there by the proxy phase) count.
    void httpExchangeReadsWaitingBytes()
    {
        const QByteArray answer = "HTTP/1.1 204 No Content\r\n\r\n";
        KeepOpenServer early(answer);
        QVERIFY(early.listen(QHostAddress::LocalHost, 0));
        const std::unique_ptr<QTcpSocket> socket = connected<QTcpSocket>(early.serverPort());
        QVERIFY(socket);
        socket->write("PING\r\n\r\n"); // makes the server answer before the exchange starts
        QTRY_COMPARE_WITH_TIMEOUT(socket->bytesAvailable(), qint64(answer.size()), kSafetyMs);

        HttpExchange exchange(socket.get(), kLongTimeoutMs);
        bool finished = false;
        connect(&exchange, &HttpExchange::finished, this, [&finished] { finished = true; });
        exchange.start(request(QStringLiteral("/")), 1024, false);
        QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);
        QCOMPARE(exchange.end(), PhaseEnd::Completed);
        QCOMPARE(exchange.answer().status(), 204);
    }

    // ---- address lookup ----------------------------------------------------------------------------------

    void addressLookupLocalhost()
    {
        const AddressLookupResult result = AddressLookup::resolve(QStringLiteral("localhost"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.notFound);
        QVERIFY(!result.addresses.isEmpty());
        QVERIFY(result.addresses.contains(QHostAddress(QHostAddress::LocalHost))
            || result.addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
        for (const QHostAddress& address : result.addresses) {
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
            QCOMPARE(result.addresses.count(address), 1);
        }
    }

    void addressLookupLiteral_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("IPv4") << "127.0.0.1";
        QTest::newRow("IPv6") << "::1";
        QTest::newRow("IPv6, long form") << "0:0:0:0:0:0:0:1";
    }

    void addressLookupLiteral()
    {
        QFETCH(QString, host);
        const AddressLookupResult result = AddressLookup::resolve(host);
        QCOMPARE(result.addresses, QList<QHostAddress> {QHostAddress(host)});
        QVERIFY(!result.notFound);
        QVERIFY(result.error.isEmpty());
    }

    void addressLookupInvalid_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("error"); // exact, or empty: any message
        QTest::newRow("empty label") << "bad..name" << QString();
        QTest::newRow("empty") << ""
                               << " is not a valid host name";
    }

    void addressLookupInvalid()
    {
        QFETCH(QString, host);
        QFETCH(QString, error);
        const AddressLookupResult result = AddressLookup::resolve(host);
        QVERIFY(result.addresses.isEmpty());
        QVERIFY(result.notFound);
        QVERIFY(!result.error.isEmpty());
        if (!error.isEmpty())
            QCOMPARE(result.error, error);
    }
};

QTEST_MAIN(TestCheckPhases)
#include "tst_checkphases.moc"
