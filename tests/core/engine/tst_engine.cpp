#include "BlackHoleListener.h"
#include "Catalog.h"
#include "DnsmasqFixture.h"
#include "KerberosFixture.h"
#include "LoopbackTlsServer.h"
#include "PeakMemory.h"
#include "ProcessResources.h"
#include "ScratchFile.h"
#include "SquidFixture.h"
#include "TestPki.h"
#include "engine/Engine.h"
#include "engine/PublicRoots.h"
#include "engine/RunPlanner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// `openssl s_server` with the options given, on a loopback port: servers Qt cannot be made to be (TLS 1.0
// only, ciphers no client offers).
class OpenSslServer final : public ProcessFixture
{
public:
    bool start(const TestPki::Leaf& leaf, const QStringList& options)
    {
        m_port = freeTcpPort();
        return startAndWait(QStringLiteral("openssl"),
            QStringList {QStringLiteral("s_server"), QStringLiteral("-accept"),
                QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"), leaf.certPath,
                QStringLiteral("-key"), leaf.keyPath, QStringLiteral("-www"), QStringLiteral("-quiet")}
                + options,
            m_port);
    }
    quint16 port() const { return m_port; }

private:
    quint16 m_port = 0;
};

// An NTLM proxy that goes through the handshake and then refuses the final (type 3) message, as a proxy does
// when the domain controller rejects the user: 407 with a bare challenge, the type 2 challenge to a type 1, and
// 407 again to the type 3. Counts the type 3 messages it refused.
class NtlmRefusingProxy final : public QTcpServer
{
public:
    int refusedType3 = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0; end = buffer->indexOf("\r\n\r\n")) {
                const QByteArray head = buffer->left(end);
                const qsizetype length = contentLength(head);
                if (buffer->size() < end + 4 + length)
                    return; // the body of a POST is still on its way
                buffer->remove(0, end + 4 + length);
                answer(socket, head);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    static qsizetype contentLength(const QByteArray& head)
    {
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return 0;
    }

    static QByteArray type2()
    {
        QByteArray message("NTLMSSP\0", 8);
        const auto le32 = [&message](quint32 value) {
            for (int i = 0; i < 4; ++i)
                message.append(char((value >> (8 * i)) & 0xff));
        };
        le32(2); // message type
        le32(0); // target name: length, allocated
        le32(48); // and offset
        le32(0x00008201); // Unicode, NTLM, always sign
        message.append("\x01\x23\x45\x67\x89\xab\xcd\xef", 8); // the server challenge
        message.append(QByteArray(16, '\0')); // context, target information (none)
        return message.toBase64();
    }

    void answer(QTcpSocket* socket, const QByteArray& head)
    {
        QByteArray ntlm;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("proxy-authorization: ntlm "))
                ntlm = QByteArray::fromBase64(line.mid(26).trimmed());
        }
        const int type = ntlm.size() > 8 ? ntlm.at(8) : 0;
        QByteArray challenge = "NTLM";
        if (type == 1)
            challenge += ' ' + type2();
        if (type == 3)
            ++refusedType3;
        const bool close = type == 3 || head.toLower().contains("connection: close");
        socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: " + challenge
            + "\r\nContent-Length: 0\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n");
        if (close)
            socket->disconnectFromHost();
    }
};

// A proxy that asks for Basic or Digest and checks the credentials itself, the way RFC 7617 and RFC 7616 say
// (a Digest user name is a quoted-string, so "CORP\alice" travels as "CORP\\alice"): squid's helpers lose the
// backslash of a DOMAIN\user name before they look it up, so they cannot show what Netready sends.
class CredentialCheckingProxy final : public QTcpServer
{
public:
    QByteArray scheme; // Basic | Digest
    QString user;
    QString password;
    QString acceptedUser; // the user of the last credentials that checked out

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 4);
            answer(socket, head);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    static QByteArray md5(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    }

    // name="value" or name=value pairs of a Digest credential, quoted-strings unescaped.
    static QHash<QByteArray, QByteArray> digestFields(const QByteArray& text)
    {
        QHash<QByteArray, QByteArray> fields;
        qsizetype i = 0;
        while (i < text.size()) {
            while (i < text.size() && (text.at(i) == ' ' || text.at(i) == ','))
                ++i;
            const qsizetype equals = text.indexOf('=', i);
            if (equals < 0)
                break;
            const QByteArray name = text.mid(i, equals - i).trimmed();
            QByteArray value;
            i = equals + 1;
            if (i < text.size() && text.at(i) == '"') {
                for (++i; i < text.size() && text.at(i) != '"'; ++i) {
                    if (text.at(i) == '\\' && i + 1 < text.size())
                        ++i;
                    value += text.at(i);
                }
                ++i;
            } else {
                const qsizetype comma = text.indexOf(',', i);
                value = text.mid(i, comma < 0 ? -1 : comma - i).trimmed();
                i = comma < 0 ? text.size() : comma;
            }
            fields.insert(name, value);
        }
        return fields;
    }

    bool accepted(const QByteArray& method, const QByteArray& credentials)
    {
        if (scheme == "Basic" && credentials.startsWith("Basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(credentials.mid(6).trimmed());
            if (decoded == (user + QLatin1Char(':') + password).toUtf8()) {
                acceptedUser = user;
                return true;
            }
            return false;
        }
        if (scheme == "Digest" && credentials.startsWith("Digest ")) {
            const QHash<QByteArray, QByteArray> f = digestFields(credentials.mid(7));
            const QByteArray ha1 = md5(f.value("username") + ':' + f.value("realm") + ':' + password.toUtf8());
            const QByteArray ha2 = md5(method + ':' + f.value("uri"));
            const QByteArray expected = md5(ha1 + ':' + f.value("nonce") + ':' + f.value("nc") + ':' + f.value("cnonce")
                + ':' + f.value("qop") + ':' + ha2);
            if (f.value("username") == user.toUtf8() && f.value("response") == expected) {
                acceptedUser = QString::fromUtf8(f.value("username"));
                return true;
            }
        }
        return false;
    }

    void answer(QTcpSocket* socket, const QByteArray& head)
    {
        const QByteArray method = head.left(head.indexOf(' '));
        QByteArray credentials;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("proxy-authorization:"))
                credentials = line.mid(20).trimmed();
        }
        if (!credentials.isEmpty() && accepted(method, credentials)) {
            socket->write(method == "CONNECT" ? QByteArray("HTTP/1.1 200 Connection established\r\n\r\n")
                                              : QByteArray("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"));
            if (method != "CONNECT")
                socket->disconnectFromHost();
            return;
        }
        const QByteArray challenge = scheme == "Basic"
            ? QByteArray("Basic realm=\"netready-test\"")
            : QByteArray("Digest realm=\"netready-test\", nonce=\"3f1a9c\", qop=\"auth\"");
        socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: " + challenge
            + "\r\nContent-Length: 0\r\n\r\n");
    }
};

// Every diagnosis the engine can give, produced by a real server on loopback behaving that way: TLS servers
// from a test CA, a second "inspection" CA, a self-signed one, silent and plain-HTTP ports, a port that drops
// SYNs, a real DNS server (dnsmasq) and real squid proxies (authentication, denial, TLS inspection that strips
// WebSocket upgrades). Runs inside a private network namespace (see run-in-private-network.sh).
class TestEngine final : public QObject
{
    Q_OBJECT

private:
    struct Scenario
    {
        Scenario(const char* n, Protocol p, quint16 portNumber, const QString& target, const char* probeHost = "")
            : Scenario(QString::fromLatin1(n), p, portNumber, target, QString::fromLatin1(probeHost))
        {
        }
        Scenario(QString n, Protocol p, quint16 portNumber, QString target, QString probeHost = {})
            : name(std::move(n))
            , protocol(p)
            , port(portNumber)
            , connectTo(std::move(target))
            , probe(std::move(probeHost))
        {
        }

        QString name;
        Protocol protocol = Protocol::Https;
        quint16 port = 443;
        QString connectTo; // "127.0.0.1:PORT" or empty
        QString probe; // defaults to name
    };

    static Endpoint endpoint(const Scenario& s)
    {
        Endpoint e;
        e.id = s.name;
        e.host = s.name;
        e.probe = s.probe;
        e.ports = {s.port};
        e.protocol = s.protocol;
        e.clouds = {Cloud::Public};
        e.features = {Feature::Desktop};
        e.purpose = QStringLiteral("test scenario %1").arg(s.name);
        e.source = QStringLiteral("tst_engine");
        return e;
    }

    RunOptions options(const QList<Scenario>& scenarios, int timeoutSeconds = 2) const
    {
        RunOptions o;
        o.features = {Feature::Desktop};
        o.proxy.mode = ProxySetting::Mode::None;
        o.timeoutSeconds = timeoutSeconds;
        o.extraCaCertificates
            = QSslCertificate::fromPath(m_ca->caCertPath()) + QSslCertificate::fromPath(m_inspectionCa->caCertPath());
        for (const Scenario& s : scenarios) {
            if (s.connectTo.isEmpty())
                continue;
            o.connectTo << *ConnectToRule::parse(
                QStringLiteral("%1:%2:%3").arg(s.probe.isEmpty() ? s.name : s.probe).arg(s.port).arg(s.connectTo),
                nullptr);
        }
        return o;
    }

    Catalog catalog(const QList<Scenario>& scenarios) const
    {
        Catalog c;
        c.expectedRoots = {ExpectedRoot {QStringLiteral("Netready Test CA"), QString::fromLatin1(m_ca->caSha256Hex())}};
        for (const Scenario& s : scenarios)
            c.endpoints << endpoint(s);
        return c;
    }

    static RunReport run(const RunPlan& plan, int waitMs = 60000)
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        engine.start(plan);
        if (finished.isEmpty() && !finished.wait(waitMs))
            return {};
        return finished.constFirst().constFirst().value<RunReport>();
    }

    RunReport run(const QList<Scenario>& scenarios, const RunOptions& o) const
    {
        return run(RunPlanner::plan(catalog(scenarios), o));
    }

    static const CheckResult* find(const RunReport& report, const QString& id)
    {
        for (const CheckResult& check : report.checks) {
            if (check.id == id)
                return &check;
        }
        return nullptr;
    }

    static QString describe(const CheckResult* check)
    {
        if (!check)
            return QStringLiteral("(no such check)");
        return Diagnoses::code(check->diagnosis) + QStringLiteral(": ") + check->detail + QStringLiteral(" | ")
            + check->evidence.join(QStringLiteral(" | ")) + QStringLiteral(" | addresses: ")
            + check->addresses.join(QLatin1Char(',')) + QStringLiteral(" | phases: ") + [check] {
                  QStringList phases;
                  for (const PhaseResult& phase : check->phases)
                      phases << QStringLiteral("%1 %2 %3ms").arg(phase.name).arg(phase.ok).arg(phase.ms);
                  return phases.join(QLatin1Char(','));
              }();
    }

    std::unique_ptr<LoopbackTlsServer> server(LoopbackTlsServer::Behaviour behaviour, const TestPki::Leaf& leaf,
        const QHostAddress& address = QHostAddress::LocalHost)
    {
        auto s = std::make_unique<LoopbackTlsServer>(behaviour);
        if (!leaf.isNull())
            s->setIdentity(leaf.certPath, leaf.keyPath);
        s->listenOnLoopback(address);
        return s;
    }

    static QString at(const std::unique_ptr<LoopbackTlsServer>& s)
    {
        return QStringLiteral("127.0.0.1:%1").arg(s->serverPort());
    }

    bool m_privateNetwork = false;
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_ca;
    std::unique_ptr<TestPki> m_inspectionCa;
    std::unique_ptr<LoopbackTlsServer> m_good;
    std::unique_ptr<LoopbackTlsServer> m_goodV6;
    std::unique_ptr<LoopbackTlsServer> m_inspected;
    std::unique_ptr<LoopbackTlsServer> m_selfSigned;
    std::unique_ptr<LoopbackTlsServer> m_wrongName;
    std::unique_ptr<LoopbackTlsServer> m_silent;
    std::unique_ptr<LoopbackTlsServer> m_plainHttp;
    std::unique_ptr<LoopbackTlsServer> m_noHttp;
    std::unique_ptr<LoopbackTlsServer> m_relay;
    std::unique_ptr<LoopbackTlsServer> m_skewed;
    std::unique_ptr<LoopbackTlsServer> m_blockPage;
    std::unique_ptr<LoopbackTlsServer> m_expired;
    std::unique_ptr<LoopbackTlsServer> m_notYetValid;
    std::unique_ptr<LoopbackTlsServer> m_incompleteChain;
    std::unique_ptr<TestPki> m_intermediateCa;
    OpenSslServer m_tls10;
    OpenSslServer m_nullCipher;
    std::unique_ptr<BlackHoleListener> m_blackHole;
    quint16 m_closedPort = 0;
    DnsmasqFixture m_dns;
    RunReport m_direct;
    std::unique_ptr<TestPki> m_publicCa;
    RunReport m_publicRootsRun;

private slots:
    void initTestCase()
    {
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        m_privateNetwork = interfaces.size() == 1 && (interfaces.constFirst().flags() & QNetworkInterface::IsLoopBack);
        if (!m_privateNetwork)
            QSKIP("needs the private network namespace of run-in-private-network.sh (unshare as root)");

        m_ca = std::make_unique<TestPki>(QStringLiteral("Netready Test CA"));
        m_inspectionCa = std::make_unique<TestPki>(QStringLiteral("Corp Inspection CA"));
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
        QVERIFY2(m_inspectionCa->isValid(), qPrintable(m_inspectionCa->errorString()));

        const QStringList names = {"good.test", "v6.test", "relay.test", "denied.test", "skewed.test"};
        const TestPki::Leaf good = m_ca->issueLeaf(QStringLiteral("good"), names);
        const TestPki::Leaf inspected = m_inspectionCa->issueLeaf(QStringLiteral("inspected"), {"inspected.test"});
        const TestPki::Leaf other = m_ca->issueLeaf(QStringLiteral("other"), {"other.example"});
        const TestPki::Leaf selfSigned = TestPki::selfSigned(m_dir, QStringLiteral("selfsigned"), {"selfsigned.test"});
        QVERIFY(!good.isNull() && !inspected.isNull() && !other.isNull() && !selfSigned.isNull());

        using B = LoopbackTlsServer::Behaviour;
        m_good = server(B::TlsHttp, good);
        m_goodV6 = server(B::TlsHttp, good, QHostAddress::LocalHostIPv6);
        m_inspected = server(B::TlsHttp, inspected);
        m_selfSigned = server(B::TlsHttp, selfSigned);
        m_wrongName = server(B::TlsHttp, other);
        m_silent = server(B::Silent, {});
        m_plainHttp = server(B::PlainHttp, {});
        m_noHttp = server(B::TlsNoHttp, good);
        m_relay = server(B::WebSocketRelay, good);
        m_skewed = server(B::TlsHttp, good);
        m_skewed->setDateOffsetSeconds(600);

        // An inspection device's block page (as Zscaler sends it), behind its own CA.
        const TestPki::Leaf blocked = m_inspectionCa->issueLeaf(QStringLiteral("blocked"), {"blocked.test"});
        const QByteArray page = "<html><head><title>Website blocked</title></head><body><h1>Website blocked</h1>"
                                "<p>Your organization has selected Zscaler to protect you from internet threats."
                                "</p></body></html>";
        m_blockPage = server(B::TlsCanned, blocked);
        m_blockPage->setCannedResponse("HTTP/1.1 403 Forbidden\r\nServer: Zscaler/6.2\r\nContent-Type: text/html\r\n"
                                       "Content-Length: "
            + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
        // Certificates out of their dates, and a chain without its intermediate.
        const TestPki::Leaf expired = m_ca->issueLeafWithDates(QStringLiteral("expired"), {"expired.test"}, -30, -2);
        const TestPki::Leaf notYet = m_ca->issueLeafWithDates(QStringLiteral("notyet"), {"notyet.test"}, 3, 30);
        m_intermediateCa = std::make_unique<TestPki>(QStringLiteral("Netready Test Intermediate"), *m_ca);
        QVERIFY2(m_intermediateCa->isValid(), qPrintable(m_intermediateCa->errorString()));
        const TestPki::Leaf incomplete = m_intermediateCa->issueLeafWithDates(QStringLiteral("incomplete"),
            {"incomplete.test"}, -1, 30, QStringLiteral("http://127.0.0.1:9/intermediate.crt"));
        QVERIFY(!expired.isNull() && !notYet.isNull() && !incomplete.isNull());
        m_expired = server(B::TlsHttp, expired);
        m_notYetValid = server(B::TlsHttp, notYet);
        m_incompleteChain = server(B::TlsHttp, incomplete);
        // Servers that only speak TLS 1.0, or only a cipher no client offers.
        QVERIFY2(m_tls10.start(good, {"-tls1", "-cipher", "DEFAULT@SECLEVEL=0"}), qPrintable(m_tls10.errorString()));
        QVERIFY2(m_nullCipher.start(good, {"-tls1_2", "-cipher", "NULL-SHA256@SECLEVEL=0"}),
            qPrintable(m_nullCipher.errorString()));
        m_blackHole = std::make_unique<BlackHoleListener>();
        QVERIFY(m_blackHole->isValid());
        m_closedPort = ProcessFixture::freeTcpPort();

        // A route that does not exist: connecting to this loopback address fails with "network unreachable".
        QCOMPARE(QProcess::execute(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                         QStringLiteral("ip rule add pref 100 lookup local && ip rule del pref 0 && "
                                        "ip rule add pref 10 unreachable to 127.0.0.99/32")}),
            0);

        QVERIFY2(
            m_dns.start({{QStringLiteral("nx.test"), QString()}, {QStringLiteral("v6.test"), QStringLiteral("::1")},
                {QStringLiteral("sinkhole.test"), QStringLiteral("0.0.0.0")}}),
            qPrintable(m_dns.errorString()));

        const QList<Scenario> direct = {
            {"good.test", Protocol::Https, 443, at(m_good)},
            {"inspected.test", Protocol::Https, 443, at(m_inspected)},
            {"selfsigned.test", Protocol::Https, 443, at(m_selfSigned)},
            {"wrongname.test", Protocol::Https, 443, at(m_wrongName)},
            {"refused.test", Protocol::Https, 443, QStringLiteral("127.0.0.1:%1").arg(m_closedPort)},
            {"blackhole.test", Protocol::Https, 443, QStringLiteral("127.0.0.1:%1").arg(m_blackHole->port())},
            {"unreachable.test", Protocol::Https, 443, QStringLiteral("127.0.0.99:443")},
            {"silent.test", Protocol::Https, 443, at(m_silent)},
            {"plainhttp.test", Protocol::Https, 443, at(m_plainHttp)},
            {"nohttp.test", Protocol::Https, 8443, at(m_noHttp), "good.test"},
            {"relay.test", Protocol::Wss, 443, at(m_relay)},
            {"relay-plain.test", Protocol::Https, 443, at(m_relay), QStringLiteral("relay.test")},
            {"nx.test", Protocol::Https, 443, {}},
            {"sinkhole.test", Protocol::Https, m_closedPort, {}},
            {"v6.test", Protocol::Https, m_goodV6->serverPort(), {}},
            {"http.test", Protocol::Http, 80, at(m_plainHttp)},
            {"tcp.test", Protocol::Tcp, 5671, at(m_silent)},
            {"blocked.test", Protocol::Https, 443, at(m_blockPage)},
            {"expired.test", Protocol::Https, 443, at(m_expired)},
            {"notyet.test", Protocol::Https, 443, at(m_notYetValid)},
            {"incomplete.test", Protocol::Https, 443, at(m_incompleteChain)},
            {"tls10.test", Protocol::Https, 4431, QStringLiteral("127.0.0.1:%1").arg(m_tls10.port()), "good.test"},
            {"nullcipher.test", Protocol::Https, 4432, QStringLiteral("127.0.0.1:%1").arg(m_nullCipher.port()),
                "good.test"},
        };
        m_direct = run(direct, options(direct));
        QCOMPARE(m_direct.checks.size(), direct.size());
    }

    void cleanupTestCase()
    {
        if (m_privateNetwork)
            QProcess::execute(
                QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("ip rule del pref 10; true")});
    }

    void directDiagnosis_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addRow("ok") << "good.test"
                            << "ok"
                            << "HTTP 404";
        QTest::addRow("tls-intercepted") << "inspected.test"
                                         << "tls-intercepted"
                                         << "Corp Inspection CA";
        QTest::addRow("tls-untrusted") << "selfsigned.test"
                                       << "tls-untrusted"
                                       << "self-signed certificate 'selfsigned' that this machine does not trust";
        QTest::addRow("tls-name-mismatch") << "wrongname.test"
                                           << "tls-name-mismatch"
                                           << "other.example";
        QTest::addRow("tcp-refused") << "refused.test"
                                     << "tcp-refused"
                                     << "refused";
        QTest::addRow("tcp-timeout") << "blackhole.test"
                                     << "tcp-timeout"
                                     << "did not answer within 2 s";
        QTest::addRow("tcp-unreachable") << "unreachable.test"
                                         << "tcp-unreachable"
                                         << "127.0.0.99";
        QTest::addRow("tls-failed silent") << "silent.test"
                                           << "tls-failed"
                                           << "did not complete within 2 s";
        QTest::addRow("tls-failed plain http") << "plainhttp.test"
                                               << "tls-failed"
                                               << "does not speak TLS";
        QTest::addRow("http-timeout: TLS, then silence") << "nohttp.test"
                                                         << "http-timeout"
                                                         << "no HTTP answer within 2 s";
        QTest::addRow("blocked-by-inspection") << "blocked.test"
                                               << "blocked-by-inspection"
                                               << "Zscaler";
        QTest::addRow("tls-expired") << "expired.test"
                                     << "tls-expired"
                                     << "expired on";
        QTest::addRow("tls-not-yet-valid") << "notyet.test"
                                           << "tls-not-yet-valid"
                                           << "not valid before";
        QTest::addRow("tls-incomplete-chain") << "incomplete.test"
                                              << "tls-incomplete-chain"
                                              << "Netready Test Intermediate";
        QTest::addRow("tls-old-protocol") << "tls10.test"
                                          << "tls-old-protocol"
                                          << "older than 1.2";
        QTest::addRow("tls-no-shared-cipher") << "nullcipher.test"
                                              << "tls-no-shared-cipher"
                                              << "no cipher in common";
        QTest::addRow("websocket ok") << "relay.test"
                                      << "ok"
                                      << "HTTP 101";
        QTest::addRow("relay without upgrade is still an HTTP answer") << "relay-plain.test"
                                                                       << "ok"
                                                                       << "400";
        QTest::addRow("dns-failure") << "nx.test"
                                     << "dns-failure"
                                     << "does not exist in DNS";
        QTest::addRow("sinkhole") << "sinkhole.test"
                                  << "tcp-refused"
                                  << "refused";
        QTest::addRow("ipv6") << "v6.test"
                              << "ok"
                              << "::1";
        QTest::addRow("plain http") << "http.test"
                                    << "ok"
                                    << "HTTP 400";
        QTest::addRow("tcp") << "tcp.test"
                             << "ok"
                             << "TCP port 5671 open";
    }

    void directDiagnosis()
    {
        QFETCH(QString, id);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        const CheckResult* check = find(m_direct, id);
        QVERIFY2(check, qPrintable(id));
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        QVERIFY(!check->phases.isEmpty());
        if (check->status() != CheckStatus::Pass)
            QVERIFY2(!check->remedy.isEmpty(), qPrintable(id));
    }

    void tlsEvidence()
    {
        const CheckResult* good = find(m_direct, QStringLiteral("good.test"));
        QVERIFY(good && good->tls);
        QCOMPARE(good->tls->root, QStringLiteral("Netready Test CA"));
        QCOMPARE(good->tls->rootSha256, QString::fromLatin1(m_ca->caSha256Hex()));
        QVERIFY(good->tls->protocol.startsWith(QStringLiteral("TLSv1.")));
        QVERIFY(!good->tls->cipher.isEmpty());
        QVERIFY(good->tls->subject.contains(QStringLiteral("good")));
        QCOMPARE(good->connectedAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(good->httpStatus, 404);
        QVERIFY(good->serverDate.isValid());

        const CheckResult* inspected = find(m_direct, QStringLiteral("inspected.test"));
        QVERIFY(inspected && inspected->tls);
        QCOMPARE(inspected->tls->root, QStringLiteral("Corp Inspection CA"));
        QCOMPARE(inspected->status(), CheckStatus::Warn);
        QVERIFY(inspected->remedy.contains(QStringLiteral("TLS inspection")));
        QCOMPARE(inspected->device, QStringLiteral("Corp Inspection CA"));

        // A block page behind inspection fails the check and names the device, not the service.
        const CheckResult* blocked = find(m_direct, QStringLiteral("blocked.test"));
        QVERIFY(blocked);
        QCOMPARE(blocked->status(), CheckStatus::Fail);
        QVERIFY2(blocked->device.contains(QStringLiteral("Zscaler")), qPrintable(describe(blocked)));
        QCOMPARE(blocked->httpStatus, 403);
        QVERIFY2(blocked->remedy.contains(QStringLiteral("Zscaler")), qPrintable(blocked->remedy));

        // How each phase ended is recorded: the silent server timed out, it did not close.
        const CheckResult* silent = find(m_direct, QStringLiteral("nohttp.test"));
        QVERIFY(silent && !silent->phases.isEmpty());
        QCOMPARE(silent->phases.constLast().name, QStringLiteral("http"));
        QCOMPARE(silent->phases.constLast().end, PhaseEnd::TimedOut);
        QCOMPARE(silent->phases.constLast().bytes, 0);
        QVERIFY(good->phases.constLast().bytes > 0);
    }

    void dnsEvidence()
    {
        const CheckResult* sinkhole = find(m_direct, QStringLiteral("sinkhole.test"));
        QVERIFY(sinkhole);
        QCOMPARE(sinkhole->addresses, QStringList {QStringLiteral("0.0.0.0")});
        QVERIFY2(sinkhole->dnsNote.contains(QStringLiteral("sinkhole")), qPrintable(sinkhole->dnsNote));
        QVERIFY(std::any_of(m_direct.environment.dnsNotes.cbegin(), m_direct.environment.dnsNotes.cend(),
            [](const QString& note) { return note.startsWith(QStringLiteral("sinkhole.test")); }));

        const CheckResult* v6 = find(m_direct, QStringLiteral("v6.test"));
        QVERIFY(v6);
        QCOMPARE(v6->addresses, QStringList {QStringLiteral("::1")});
        QCOMPARE(v6->connectedAddress, QStringLiteral("::1"));
        QVERIFY(m_direct.environment.ipv6Reachable);
        QVERIFY(m_direct.environment.ipv4Reachable);
        QVERIFY(m_direct.environment.ipv6Resolved);
    }

    void connectToNeedsNoDns()
    {
        // good.test is unknown to the DNS server: mapped with --connect-to it must not be looked up at all.
        const CheckResult* good = find(m_direct, QStringLiteral("good.test"));
        QVERIFY(good);
        QVERIFY(good->addresses.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(good->evidence.join(QLatin1Char(' ')).contains(QStringLiteral("connect-to")));
    }

    void proxyDiagnosis_data()
    {
        QTest::addColumn<QString>("proxyKind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addRow("ok through proxy") << "plain"
                                          << "good.test" << int(Protocol::Https) << "ok"
                                          << "HTTP 404";
        QTest::addRow("plain http through proxy") << "plain"
                                                  << "good.test" << int(Protocol::Http) << "ok"
                                                  << "(proxy)";
        QTest::addRow("proxy-denied") << "deny"
                                      << "denied.test" << int(Protocol::Https) << "proxy-denied"
                                      << "403";
        QTest::addRow("proxy-denied http") << "deny"
                                           << "denied.test" << int(Protocol::Http) << "proxy-denied"
                                           << "403";
        QTest::addRow("proxy-auth-required") << "auth"
                                             << "good.test" << int(Protocol::Https) << "proxy-auth-required"
                                             << "wants authentication (Basic)";
        QTest::addRow("proxy-auth-required http") << "auth"
                                                  << "good.test" << int(Protocol::Http) << "proxy-auth-required"
                                                  << "wants authentication";
        QTest::addRow("proxy credentials accepted") << "auth-ok"
                                                    << "good.test" << int(Protocol::Https) << "ok"
                                                    << "HTTP 404";
        QTest::addRow("proxy credentials rejected") << "auth-wrong"
                                                    << "good.test" << int(Protocol::Https) << "proxy-auth-required"
                                                    << "rejected the credentials";
        QTest::addRow("system proxy from the environment") << "system"
                                                           << "good.test" << int(Protocol::Https) << "ok"
                                                           << "HTTP 404";
        QTest::addRow("proxy-unreachable") << "none-listening"
                                           << "good.test" << int(Protocol::Https) << "proxy-unreachable"
                                           << "refused";
        QTest::addRow("tls-intercepted by proxy") << "inspect"
                                                  << "good.test" << int(Protocol::Https) << "tls-intercepted"
                                                  << "Corp Inspection CA";
        QTest::addRow("proxy-protocol-error: a TLS port given as the proxy")
            << "tls-speaker"
            << "good.test" << int(Protocol::Https) << "proxy-protocol-error"
            << "TLS";
        QTest::addRow("proxy-protocol-error: not a proxy at all")
            << "garbage"
            << "good.test" << int(Protocol::Https) << "proxy-protocol-error"
            << "SSH-2.0";
        QTest::addRow("blocked-by-inspection at the end of the proxy's tunnel")
            << "plain"
            << "blocked.test" << int(Protocol::Https) << "blocked-by-inspection"
            << "Zscaler";
        QTest::addRow("ok through a proxy on IPv6") << "ipv6"
                                                    << "good.test" << int(Protocol::Https) << "ok"
                                                    << "HTTP 404";
        QTest::addRow("websocket-blocked by proxy") << "inspect"
                                                    << "relay.test" << int(Protocol::Wss) << "websocket-blocked"
                                                    << "Upgrade";
    }

    void proxyDiagnosis()
    {
        QFETCH(QString, proxyKind);
        QFETCH(QString, host);
        QFETCH(int, protocol);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);

        SquidFixture squid;
        SquidFixture::Options proxyOptions;
        proxyOptions.hostNames = {"good.test", "denied.test", "relay.test", "blocked.test"};
        proxyOptions.listenOnIpv6 = proxyKind == QLatin1String("ipv6");
        QString user;
        QString password;
        if (proxyKind == QLatin1String("deny"))
            proxyOptions.deniedDomains = {"denied.test"};
        if (proxyKind.startsWith(QLatin1String("auth"))) {
            proxyOptions.user = QStringLiteral("alice");
            proxyOptions.password = QStringLiteral("s3cret");
            if (proxyKind == QLatin1String("auth-ok"))
                user = QStringLiteral("alice"), password = QStringLiteral("s3cret");
            if (proxyKind == QLatin1String("auth-wrong"))
                user = QStringLiteral("alice"), password = QStringLiteral("wrong");
        }
        if (proxyKind == QLatin1String("inspect")) {
            proxyOptions.inspectTls = true;
            proxyOptions.inspectionCaCertPath = m_inspectionCa->caCertPath();
            proxyOptions.inspectionCaKeyPath = m_inspectionCa->caKeyPath();
            proxyOptions.upstreamCaPath = m_ca->caCertPath();
            proxyOptions.stripUpgrade = true;
        }
        QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(ProcessFixture::freeTcpPort());
        // Not a proxy at all: answers CONNECT with the start of a TLS alert, as an HTTPS port would.
        LoopbackTlsServer tlsSpeaker(LoopbackTlsServer::Behaviour::PlainCanned);
        if (proxyKind == QLatin1String("tls-speaker") || proxyKind == QLatin1String("garbage")) {
            tlsSpeaker.setCannedResponse(proxyKind == QLatin1String("garbage")
                    ? QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")
                    : QByteArray::fromHex("15030100020246"));
            QVERIFY(tlsSpeaker.listenOnLoopback());
            proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(tlsSpeaker.serverPort());
        } else if (proxyKind != QLatin1String("none-listening")) {
            QVERIFY2(squid.start(proxyOptions), qPrintable(squid.errorString()));
            proxyUrl = squid.url();
        }

        const LoopbackTlsServer* target = host == QLatin1String("relay.test") ? m_relay.get()
            : host == QLatin1String("blocked.test")                           ? m_blockPage.get()
                                                                              : m_good.get();
        const quint16 port = Protocol(protocol) == Protocol::Http ? m_plainHttp->serverPort() : target->serverPort();
        const QList<Scenario> scenarios = {{host, Protocol(protocol), port, {}}};
        RunOptions o = options(scenarios, 5);
        QString error;
        o.proxy = ProxySetting::fromUrl(proxyUrl, &error);
        o.proxy.user = user;
        o.proxy.password = password;
        QVERIFY(error.isEmpty());
        // The system configuration: on Linux the proxy environment variables (the test runner clears them).
        const QByteArray savedNoProxy = qgetenv("no_proxy");
        const QByteArray savedNoProxyUpper = qgetenv("NO_PROXY");
        if (proxyKind == QLatin1String("system")) {
            o.proxy = ProxySetting {};
            qputenv("https_proxy", proxyUrl.toUtf8());
            qputenv("http_proxy", proxyUrl.toUtf8());
            qunsetenv("no_proxy");
            qunsetenv("NO_PROXY");
        }
        const RunReport report = run(scenarios, o);
        if (proxyKind == QLatin1String("system")) {
            qunsetenv("https_proxy");
            qunsetenv("http_proxy");
            qputenv("no_proxy", savedNoProxy);
            qputenv("NO_PROXY", savedNoProxyUpper);
            QCOMPARE(report.settings.proxyMode, QStringLiteral("system"));
        }
        const CheckResult* check = find(report, host);
        QVERIFY2(check, qPrintable(host));
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        QCOMPARE(check->proxy, proxyUrl);
        QVERIFY2(!check->detail.contains(QStringLiteral("s3cret"))
                && !check->evidence.join(' ').contains(QStringLiteral("s3cret")),
            "a credential leaked into the result");
        QCOMPARE(report.settings.proxyUsed, proxyUrl);
        if (diagnosis == QLatin1String("ok") && Protocol(protocol) == Protocol::Https)
            QVERIFY2(check->evidence.join(' ').contains(QStringLiteral("does not resolve on this machine")),
                qPrintable(describe(check)));
    }

    // The proxy asks for authentication: Netready reads the schemes offered, authenticates with the strongest it
    // can (libcurl opens the tunnel, Netready's TLS goes through it), and says which and as whom, or why not.
    void proxyAuthentication_data()
    {
        using Auth = SquidFixture::Auth;
        QTest::addColumn<QList<Auth>>("schemes");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QStringList>("offered");
        QTest::addRow("digest") << QList<Auth> {Auth::Digest} << "alice"
                                << "s3cret"
                                << "auto"
                                << "ok"
                                << "authenticated as alice with Digest"
                                << "Digest" << QStringList {"Digest"};
        QTest::addRow("digest, wrong password") << QList<Auth> {Auth::Digest} << "alice"
                                                << "wrong"
                                                << "auto"
                                                << "proxy-auth-required"
                                                << "Digest: the proxy rejected the credentials of alice"
                                                << "" << QStringList {"Digest"};
        QTest::addRow("ntlm") << QList<Auth> {Auth::Ntlm} << "CORP\\alice"
                              << "s3cret"
                              << "auto"
                              << "ok"
                              << "authenticated as CORP\\alice with NTLM"
                              << "NTLM" << QStringList {"NTLM"};
        QTest::addRow("several schemes: the strongest is used")
            << QList<Auth> {Auth::Basic, Auth::Digest, Auth::Ntlm} << "alice"
            << "s3cret"
            << "auto"
            << "ok"
            << "authenticated as alice with NTLM"
            << "NTLM" << QStringList {"Basic", "Digest", "NTLM"};
        QTest::addRow("several schemes, one chosen") << QList<Auth> {Auth::Basic, Auth::Digest, Auth::Ntlm} << "alice"
                                                     << "s3cret"
                                                     << "digest"
                                                     << "ok"
                                                     << "authenticated as alice with Digest"
                                                     << "Digest" << QStringList {"Basic", "Digest", "NTLM"};
        QTest::addRow("chosen scheme not offered") << QList<Auth> {Auth::Digest} << "alice"
                                                   << "s3cret"
                                                   << "ntlm"
                                                   << "proxy-auth-required"
                                                   << "NTLM: not tried: the proxy does not offer it"
                                                   << "" << QStringList {"Digest"};
        QTest::addRow("no credentials") << QList<Auth> {Auth::Digest, Auth::Ntlm} << ""
                                        << ""
                                        << "auto"
                                        << "proxy-auth-required"
                                        << "NTLM: not tried: it needs a user name"
                                        << "" << QStringList {"Digest", "NTLM"};
        QTest::addRow("authentication turned off") << QList<Auth> {Auth::Digest} << "alice"
                                                   << "s3cret"
                                                   << "none"
                                                   << "proxy-auth-required"
                                                   << "authentication is turned off"
                                                   << "" << QStringList {"Digest"};
    }

    void proxyAuthentication()
    {
        QFETCH(QList<SquidFixture::Auth>, schemes);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, mode);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        QFETCH(QString, used);
        QFETCH(QStringList, offered);

        SquidFixture squid;
        SquidFixture::Options proxyOptions;
        proxyOptions.hostNames = {"good.test"};
        proxyOptions.auth = schemes;
        proxyOptions.user = QStringLiteral("alice");
        proxyOptions.password = QStringLiteral("s3cret");
        QVERIFY2(squid.start(proxyOptions), qPrintable(squid.errorString()));

        const QList<Scenario> scenarios = {{"good.test", Protocol::Https, m_good->serverPort(), {}}};
        RunOptions o = options(scenarios, 5);
        QString error;
        o.proxy = ProxySetting::fromUrl(squid.url(), &error);
        QVERIFY(error.isEmpty());
        o.proxy.user = user;
        o.proxy.password = password;
        o.proxy.authMode = *ProxyAuthModes::fromId(mode);
        const RunReport report = run(scenarios, o);
        const CheckResult* check = find(report, QStringLiteral("good.test"));
        QVERIFY2(check, "no check");
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        QCOMPARE(check->proxyAuth.offered, offered);
        QCOMPARE(check->proxyAuth.used, used);
        if (!used.isEmpty()) {
            QCOMPARE(check->proxyAuth.as, user);
            // Past the proxy: the service's own TLS and HTTP answered through the authenticated tunnel.
            QVERIFY2(check->tls.has_value() && check->httpStatus == 404, qPrintable(describe(check)));
            QTRY_VERIFY2_WITH_TIMEOUT(
                squid.accessLog().contains(QStringLiteral("CONNECT good.test")), qPrintable(squid.accessLog()), 10000);
        } else {
            QVERIFY2(!check->remedy.isEmpty(), qPrintable(describe(check)));
        }
        QVERIFY2(!check->detail.contains(QStringLiteral("s3cret")) && !check->remedy.contains(QStringLiteral("s3cret"))
                && !check->evidence.join(' ').contains(QStringLiteral("s3cret")),
            "a credential leaked into the result");
    }

    // Plain-HTTP checks (http:// probes, CRL and OCSP downloads) through an authenticating proxy: the request goes
    // first without credentials, and the proxy's 407 is answered with the same schemes as a tunnel, strongest
    // first, the request sent in absolute form by libcurl; the answer past the proxy is judged as usual.
    void plainHttpProxyAuthentication_data()
    {
        using Auth = SquidFixture::Auth;
        QTest::addColumn<QList<Auth>>("schemes");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("used");
        QTest::addRow("digest") << QList<Auth> {Auth::Digest} << "alice"
                                << "s3cret"
                                << "ok"
                                << "authenticated as alice with Digest"
                                << "Digest";
        QTest::addRow("digest, wrong password") << QList<Auth> {Auth::Digest} << "alice"
                                                << "wrong"
                                                << "proxy-auth-required"
                                                << "Digest: the proxy rejected the credentials of alice"
                                                << "";
        QTest::addRow("ntlm") << QList<Auth> {Auth::Ntlm} << "CORP\\alice"
                              << "s3cret"
                              << "ok"
                              << "authenticated as CORP\\alice with NTLM"
                              << "NTLM";
        QTest::addRow("basic") << QList<Auth> {Auth::Basic} << "alice"
                               << "s3cret"
                               << "ok"
                               << "authenticated as alice with Basic"
                               << "Basic";
        QTest::addRow("several schemes: the strongest is used")
            << QList<Auth> {Auth::Basic, Auth::Digest, Auth::Ntlm} << "alice"
            << "s3cret"
            << "ok"
            << "authenticated as alice with NTLM"
            << "NTLM";
    }

    void plainHttpProxyAuthentication()
    {
        QFETCH(QList<SquidFixture::Auth>, schemes);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        QFETCH(QString, used);

        SquidFixture squid;
        SquidFixture::Options proxyOptions;
        proxyOptions.hostNames = {"good.test"};
        proxyOptions.auth = schemes;
        proxyOptions.user = QStringLiteral("alice");
        proxyOptions.password = QStringLiteral("s3cret");
        QVERIFY2(squid.start(proxyOptions), qPrintable(squid.errorString()));

        const QList<Scenario> scenarios = {{"good.test", Protocol::Http, m_plainHttp->serverPort(), {}}};
        RunOptions o = options(scenarios, 5);
        QString error;
        o.proxy = ProxySetting::fromUrl(squid.url(), &error);
        QVERIFY(error.isEmpty());
        o.proxy.user = user;
        o.proxy.password = password;
        const RunReport report = run(scenarios, o);
        const CheckResult* check = find(report, QStringLiteral("good.test"));
        QVERIFY2(check, "no check");
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check) + squid.accessLog()));
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        QCOMPARE(check->proxyAuth.used, used);
        QVERIFY2(!check->proxyAuth.offered.isEmpty(), qPrintable(describe(check)));
        if (!used.isEmpty()) {
            QCOMPARE(check->proxyAuth.as, user);
            // Past the proxy: the plain-HTTP server behind it answered (with its 400), through the proxy.
            QVERIFY2(check->httpStatus == 400, qPrintable(describe(check)));
            QTRY_VERIFY2_WITH_TIMEOUT(squid.accessLog().contains(QStringLiteral("GET http://good.test")),
                qPrintable(squid.accessLog()), 10000);
        } else {
            QCOMPARE(check->httpStatus, 407);
            QVERIFY2(!check->remedy.isEmpty(), qPrintable(describe(check)));
        }
        QVERIFY2(!check->detail.contains(QStringLiteral("s3cret")) && !check->remedy.contains(QStringLiteral("s3cret"))
                && !check->evidence.join(' ').contains(QStringLiteral("s3cret")),
            "a credential leaked into the result");
    }

    // An NTLM proxy that refuses the final message of the handshake: the check says the proxy rejected the
    // credentials, through a tunnel and for a plain-HTTP request alike.
    void ntlmFinalMessageRefused_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addRow("tunnel") << int(Protocol::Https);
        QTest::addRow("plain http") << int(Protocol::Http);
    }

    void ntlmFinalMessageRefused()
    {
        QFETCH(int, protocol);
        NtlmRefusingProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));

        const QList<Scenario> scenarios = {{"good.test", Protocol(protocol), 443, {}}};
        RunOptions o = options(scenarios, 5);
        QString error;
        o.proxy = ProxySetting::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()), &error);
        QVERIFY(error.isEmpty());
        o.proxy.user = QStringLiteral("CORP\\alice");
        o.proxy.password = QStringLiteral("s3cret");
        const RunReport report = run(scenarios, o);
        const CheckResult* check = find(report, QStringLiteral("good.test"));
        QVERIFY2(check, "no check");
        QVERIFY2(check->diagnosis == Diagnosis::ProxyAuthRequired, qPrintable(describe(check)));
        QVERIFY2(check->detail.contains(QStringLiteral("NTLM: the proxy rejected the credentials of CORP\\alice")),
            qPrintable(describe(check)));
        QCOMPARE(check->proxyAuth.offered, QStringList {"NTLM"});
        QVERIFY(check->proxyAuth.used.isEmpty());
        QCOMPARE(check->proxyAuth.attempts.size(), 1);
        QCOMPARE(check->proxyAuth.attempts.constFirst().outcome, ProxyAuthAttempt::Outcome::Rejected);
        QVERIFY2(proxy.refusedType3 >= 1, "the handshake never reached the final message");
        QVERIFY2(!check->remedy.isEmpty(), qPrintable(describe(check)));
        QVERIFY2(!check->detail.contains(QStringLiteral("s3cret")) && !check->evidence.join(' ').contains("s3cret"),
            "a credential leaked into the result");
    }

    // A DOMAIN\user name with Basic and Digest goes to the proxy as typed (percent-encoded in the proxy URL):
    // a proxy that knows "CORP\alice" lets it through, by tunnel and for a plain-HTTP request.
    void domainUserWithBasicAndDigest_data()
    {
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<int>("protocol");
        QTest::addRow("basic, tunnel") << QByteArray("Basic") << int(Protocol::Https);
        QTest::addRow("basic, plain http") << QByteArray("Basic") << int(Protocol::Http);
        QTest::addRow("digest, tunnel") << QByteArray("Digest") << int(Protocol::Https);
        QTest::addRow("digest, plain http") << QByteArray("Digest") << int(Protocol::Http);
    }

    void domainUserWithBasicAndDigest()
    {
        QFETCH(QByteArray, scheme);
        QFETCH(int, protocol);
        CredentialCheckingProxy proxy;
        proxy.scheme = scheme;
        proxy.user = QStringLiteral("CORP\\alice");
        proxy.password = QStringLiteral("s3cret");
        QVERIFY(proxy.listen(QHostAddress::LocalHost));

        const QList<Scenario> scenarios = {{"good.test", Protocol(protocol), 443, {}}};
        RunOptions o = options(scenarios, 5);
        QString error;
        o.proxy = ProxySetting::fromUrl(
            QStringLiteral("http://CORP%5Calice:s3cret@127.0.0.1:%1").arg(proxy.serverPort()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(o.proxy.user, QStringLiteral("CORP\\alice"));
        const RunReport report = run(scenarios, o);
        const CheckResult* check = find(report, QStringLiteral("good.test"));
        QVERIFY2(check, "no check");
        QCOMPARE(proxy.acceptedUser, QStringLiteral("CORP\\alice"));
        QCOMPARE(check->proxyAuth.used, QString::fromLatin1(scheme));
        QCOMPARE(check->proxyAuth.as, QStringLiteral("CORP\\alice"));
        // The tunnel leads nowhere (this proxy forwards nothing): past the proxy, TLS fails; plain HTTP is answered.
        if (Protocol(protocol) == Protocol::Http)
            QVERIFY2(check->diagnosis == Diagnosis::Ok && check->httpStatus == 204, qPrintable(describe(check)));
        else
            QVERIFY2(check->diagnosis != Diagnosis::ProxyAuthRequired, qPrintable(describe(check)));
    }

    // Negotiate against a real MIT KDC: with the user's ticket in the credential cache the tunnel opens as the
    // ticket's principal; without one, the failure names the missing ticket.
    void proxyNegotiate_data()
    {
        QTest::addColumn<bool>("ticket");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addRow("ticket") << true << "ok"
                                << "authenticated as alice@NETREADY.TEST with Negotiate";
        QTest::addRow("no ticket") << false << "proxy-auth-required"
                                   << "Negotiate: not tried: no Kerberos ticket for this user";
    }

    void proxyNegotiate()
    {
        QFETCH(bool, ticket);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);

        KerberosFixture kerberos;
        QVERIFY2(
            kerberos.start(QStringLiteral("alice"), QStringLiteral("Kerb-s3cret"), QStringLiteral("HTTP/localhost")),
            qPrintable(kerberos.errorString()));
        if (ticket)
            QVERIFY2(kerberos.kinit(QStringLiteral("alice"), QStringLiteral("Kerb-s3cret")),
                qPrintable(kerberos.errorString()));

        SquidFixture squid;
        SquidFixture::Options proxyOptions;
        proxyOptions.hostNames = {"good.test"};
        proxyOptions.auth = {SquidFixture::Auth::Negotiate};
        proxyOptions.keytabPath = kerberos.keytabPath();
        proxyOptions.servicePrincipal = QStringLiteral("HTTP/localhost@") + KerberosFixture::realm();
        proxyOptions.environment = kerberos.environment();
        QVERIFY2(squid.start(proxyOptions), qPrintable(squid.errorString()));

        // This process is the Kerberos client: the realm's configuration and the (possibly empty) cache.
        const QProcessEnvironment env = kerberos.environment();
        const QStringList names {"KRB5_CONFIG", "KRB5CCNAME"};
        QList<QByteArray> saved;
        for (const QString& name : names) {
            saved << qgetenv(name.toLatin1().constData());
            qputenv(name.toLatin1().constData(), env.value(name).toLocal8Bit());
        }
        const QList<Scenario> scenarios = {{"good.test", Protocol::Https, m_good->serverPort(), {}}};
        RunOptions o = options(scenarios, 5);
        QString error;
        // The service principal is HTTP/<the proxy's name>.
        o.proxy = ProxySetting::fromUrl(QStringLiteral("http://localhost:%1").arg(squid.port()), &error);
        QVERIFY(error.isEmpty());
        const RunReport report = run(scenarios, o);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (saved.at(i).isNull())
                qunsetenv(names.at(i).toLatin1().constData());
            else
                qputenv(names.at(i).toLatin1().constData(), saved.at(i));
        }

        const CheckResult* check = find(report, QStringLiteral("good.test"));
        QVERIFY2(check, "no check");
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check) + squid.accessLog()));
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        QCOMPARE(check->proxyAuth.offered, QStringList {"Negotiate"});
        if (ticket) {
            QCOMPARE(check->proxyAuth.used, QStringLiteral("Negotiate"));
            QCOMPARE(check->proxyAuth.as, QStringLiteral("alice@NETREADY.TEST"));
            QVERIFY2(check->httpStatus == 404, qPrintable(describe(check)));
            // squid logs a transaction when it ends, a moment after the check has.
            QTRY_VERIFY2_WITH_TIMEOUT(
                squid.accessLog().contains(QStringLiteral("alice")), qPrintable(squid.accessLog()), 10000);
        } else {
            QCOMPARE(check->proxyAuth.attempts.size(), 1);
            QCOMPARE(check->proxyAuth.attempts.constFirst().outcome, ProxyAuthAttempt::Outcome::NoTicket);
            QVERIFY2(check->remedy.contains(QStringLiteral("kinit")), qPrintable(check->remedy));
        }
    }

    void clockSkew()
    {
        const QList<Scenario> scenarios = {{"skewed.test", Protocol::Https, 443, at(m_skewed)}};
        const RunReport report = run(scenarios, options(scenarios));
        QVERIFY(report.environment.clockSkewSeconds.has_value());
        QVERIFY2(std::abs(*report.environment.clockSkewSeconds - 600) < 5,
            qPrintable(QString::number(*report.environment.clockSkewSeconds)));
        const CheckResult* clock = find(report, QStringLiteral("clock"));
        QVERIFY(clock);
        QCOMPARE(clock->diagnosis, Diagnosis::ClockSkew);
        QCOMPARE(clock->protocol, Protocol::Clock);
        QCOMPARE(clock->status(), CheckStatus::Warn);
        QVERIFY2(
            clock->detail.contains(QStringLiteral("10 min")) && clock->detail.contains(QStringLiteral("skewed.test")),
            qPrintable(clock->detail));

        // The servers of the main run agree with our clock: no clock check there.
        QVERIFY(m_direct.environment.clockSkewSeconds.has_value());
        QVERIFY(std::abs(*m_direct.environment.clockSkewSeconds) < 5);
        QVERIFY(!find(m_direct, QStringLiteral("clock")));
    }

    // Desktop flows endpoints follow the desktop flows service's route (here its Proxy.config names a real proxy);
    // a pass that needed the user's credentials, for a service that authenticates as itself, says so.
    void componentRoutes_data()
    {
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addRow("the service's route through its proxy") << false << "ok"
                                                               << "";
        QTest::addRow("your credentials open the proxy the service reaches as itself")
            << true << "ok"
            << "verified as you, not as the service";
    }

    void componentRoutes()
    {
        QFETCH(bool, authenticated);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);

        SquidFixture squid;
        SquidFixture::Options proxyOptions;
        proxyOptions.hostNames = {"good.test"};
        if (authenticated) {
            proxyOptions.user = QStringLiteral("alice");
            proxyOptions.password = QStringLiteral("s3cret");
        }
        QVERIFY2(squid.start(proxyOptions), qPrintable(squid.errorString()));

        PowerAutomateProxyInputs inputs;
        inputs.winHttp = WinHttpProxy {};
        const QByteArray credentials = authenticated ? "useDefaultCredentials=\"true\"" : "";
        inputs.desktopConfigFiles.insert(QStringLiteral("UIFlowService.Proxy.config"),
            "<defaultProxy " + credentials + "><proxy proxyaddress=\"" + squid.url().toUtf8() + "\"/></defaultProxy>");
        const QList<Scenario> scenarios = {{"good.test", Protocol::Https, m_good->serverPort(), {}}};
        RunOptions o = options(scenarios, 5);
        o.proxy = ProxySetting {};
        o.componentProxies = ComponentProxies::fromInputs(inputs);
        if (authenticated) {
            // The user's own proxy, with the user's credentials, given for the run.
            QString error;
            o.proxy = ProxySetting::fromUrl(squid.url(), &error);
            o.proxy.user = QStringLiteral("alice");
            o.proxy.password = QStringLiteral("s3cret");
        }
        const RunReport report = run(scenarios, o);
        const CheckResult* check = find(report, QStringLiteral("good.test"));
        QVERIFY2(check && Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QCOMPARE(check->proxy, squid.url());
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        if (!authenticated) {
            QVERIFY2(check->evidence.join(' ').contains(QStringLiteral("the route of the desktop flows service")),
                qPrintable(describe(check)));
            QVERIFY(!check->detail.contains(QStringLiteral("verified as you")));
        }
        // The settings themselves are checks of the run.
        QVERIFY(find(report, QStringLiteral("proxy-components-agree")));
        QCOMPARE(report.settings.proxyAs, QStringLiteral("service"));
        QVERIFY(report.settings.componentProxies.read);
    }

    void needsInput()
    {
        Catalog c;
        Endpoint e;
        e.id = QStringLiteral("dataverse");
        e.host = QStringLiteral("*.dynamics.test"); // a value fills only a wildcard it lies below
        e.probe = QStringLiteral("{dataverse}");
        e.ports = {443};
        e.clouds = {Cloud::Public};
        e.features = {Feature::Desktop};
        c.endpoints << e;
        RunOptions o = options({});
        const RunReport report = run(RunPlanner::plan(c, o));
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.constFirst().diagnosis, Diagnosis::NeedsInput);
        QCOMPARE(report.checks.constFirst().status(), CheckStatus::Skipped);
        QVERIFY(report.checks.constFirst().detail.contains(QStringLiteral("--dataverse-url")));

        o.inputs[QStringLiteral("dataverse")] = {QStringLiteral("org.crm.dynamics.test")};
        o.connectTo << *ConnectToRule::parse(QStringLiteral("org.crm.dynamics.test:443:%1").arg(at(m_good)), nullptr);
        const RunReport filled = run(RunPlanner::plan(c, o));
        QCOMPARE(filled.checks.size(), 1);
        QCOMPARE(filled.checks.constFirst().probe, QStringLiteral("org.crm.dynamics.test"));
        QCOMPARE(filled.checks.constFirst().diagnosis, Diagnosis::TlsNameMismatch); // the test cert is for good.test
    }

    void blackHolesCostOneTimeoutPerBatch()
    {
        QList<Scenario> scenarios;
        for (int i = 0; i < 8; ++i)
            scenarios << Scenario {QStringLiteral("hole%1.test").arg(i), Protocol::Https, 443,
                QStringLiteral("127.0.0.1:%1").arg(m_blackHole->port())};
        RunOptions o = options(scenarios, 1);
        o.jobs = 8;
        QElapsedTimer wide;
        wide.start();
        RunReport report = run(scenarios, o);
        const qint64 wideMs = wide.elapsed();
        QCOMPARE(report.summary().failed, 8);

        o.jobs = 2;
        QElapsedTimer narrow;
        narrow.start();
        report = run(scenarios, o);
        const qint64 narrowMs = narrow.elapsed();
        QCOMPARE(report.summary().failed, 8);
        // --jobs 2 waits four rounds of 1 s timeouts (a lower bound, true however loaded the machine is); eight at
        // once wait one round, so that run is shorter whatever the load.
        QVERIFY2(narrowMs >= 3500, qPrintable(QString::number(narrowMs)));
        QVERIFY2(wideMs < narrowMs, qPrintable(QStringLiteral("%1 vs %2").arg(wideMs).arg(narrowMs)));
    }

    void cancelReportsFromTheEventLoopExactlyOnce()
    {
        using ProcessResources::sockets;
        using ProcessResources::threads;
        const qsizetype threadsBefore = threads();

        QList<Scenario> scenarios;
        for (int i = 0; i < 6; ++i)
            scenarios << Scenario {QStringLiteral("slow%1.test").arg(i), Protocol::Https, 443, at(m_silent)};
        for (int i = 0; i < 6; ++i)
            scenarios << Scenario {QStringLiteral("queued%1.test").arg(i), Protocol::Https, 443, at(m_silent)};
        RunOptions o = options(scenarios, 30);
        o.jobs = 6;

        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QSignalSpy results(&engine, &Engine::checkFinished);
        engine.start(RunPlanner::plan(catalog(scenarios), o));
        QTRY_COMPARE_WITH_TIMEOUT(m_silent->connectionsSeen() >= 6, true, 10000);
        QTest::qWait(200);
        const int socketsDuring = sockets();
        engine.cancel();
        // cancel() returns without waiting for the workers, and reports nothing from inside the call.
        QCOMPARE(finished.size(), 0);
        engine.cancel(); // a second cancel changes nothing
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!engine.isRunning());

        const RunReport report = finished.constFirst().constFirst().value<RunReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.checks.size(), scenarios.size());
        for (const CheckResult& check : report.checks)
            QCOMPARE(check.diagnosis, Diagnosis::Cancelled);
        QCOMPARE(results.size(), scenarios.size());

        // The threads end on their own: no worker thread and no client socket is left behind.
        QTRY_VERIFY_WITH_TIMEOUT(threads() <= threadsBefore, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sockets() <= socketsDuring - 6, 10000);
    }

    // 2,000 endpoints stay within 100 MB; a run cancelled half-way leaves no worker thread and no socket, and the
    // next run in the same process behaves like the first.
    void twoThousandEndpointsStayBoundedAndCancelCleanly()
    {
        using ProcessResources::sockets;
        using ProcessResources::threads;
        QList<Scenario> reachable;
        for (int i = 0; i < 2000; ++i)
            reachable << Scenario {QStringLiteral("host%1.test").arg(i), Protocol::Tcp, 443, at(m_good)};
        RunOptions o = options(reachable, 10);
        o.jobs = 64;
        const RunPlan plan = RunPlanner::plan(catalog(reachable), o);
        const qsizetype threadsBefore = threads();
        const int socketsBefore = sockets();

        const RunReport first = run(plan, 300000);
        QCOMPARE(first.checks.size(), 2000);
        QCOMPARE(first.summary().passed, 2000);
#ifndef NETREADY_SANITIZED // memory is measured in the normal build: a sanitizer's shadow memory is not the product's
        const qint64 peak = PeakMemory::residentBytes();
        qInfo("peak RSS after 2,000 endpoints: %.1f MB", peak / 1048576.0);
        QVERIFY2(peak < qint64(100) * 1024 * 1024, qPrintable(QString::number(peak / 1048576.0)));
#endif

        // Half reachable, half silent: cancelled once the reachable half has finished.
        QList<Scenario> mixed = reachable.mid(0, 1000);
        for (int i = 0; i < 1000; ++i)
            mixed << Scenario {QStringLiteral("silent%1.test").arg(i), Protocol::Https, 443, at(m_silent)};
        RunOptions mixedOptions = options(mixed, 60);
        mixedOptions.jobs = 64;
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QSignalSpy progress(&engine, &Engine::progress);
        engine.start(RunPlanner::plan(catalog(mixed), mixedOptions));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().constFirst().toInt() >= 1000, 120000);
        engine.cancel();
        QVERIFY(finished.wait(30000));
        const RunReport cancelled = finished.constFirst().constFirst().value<RunReport>();
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.checks.size(), 2000);
        QVERIFY(cancelled.summary().passed >= 1000);
        QTRY_VERIFY_WITH_TIMEOUT(threads() <= threadsBefore, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(sockets() <= socketsBefore, 30000);

        const RunReport again = run(plan, 300000);
        QCOMPARE(again.checks.size(), first.checks.size());
        QCOMPARE(again.summary().passed, first.summary().passed);
        QVERIFY(!again.cancelled);
    }

    void retryAfterADnsFixSeesTheFix()
    {
        // No answer is cached in the process: a name that did not resolve resolves as soon as DNS knows it.
        const QList<Scenario> scenarios = {{"late.test", Protocol::Https, m_good->serverPort(), {}}};
        RunOptions o = options(scenarios);
        RunReport report = run(scenarios, o);
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.constFirst().diagnosis, Diagnosis::DnsFailure);
        QVERIFY2(
            m_dns.addHost(QStringLiteral("late.test"), QStringLiteral("127.0.0.1")), qPrintable(m_dns.errorString()));
        report = run(scenarios, o);
        QCOMPARE(report.checks.size(), 1);
        QVERIFY2(report.checks.constFirst().diagnosis != Diagnosis::DnsFailure,
            qPrintable(describe(&report.checks.constFirst())));
        QCOMPARE(report.checks.constFirst().addresses, QStringList {QStringLiteral("127.0.0.1")});
    }

    // A chain to a root of the public web PKI that the catalog does not expect is not inspection; a private root
    // is. The run uses a test copy of the public set that lists a test CA (and the expected one, as the shipped
    // set lists Microsoft's roots), never the inspection CA.
    void publicRootsAreNotInspection_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("publicNote");
        QTest::addRow("public root, not expected: ok with a note")
            << "public.test"
            << "ok"
            << "served by a public CA not in Microsoft's list: Netready Public Test CA" << true;
        QTest::addRow("private root: inspection") << "inspected.test"
                                                  << "tls-intercepted"
                                                  << "'Corp Inspection CA'" << false;
        QTest::addRow("expected root: ok without a note") << "good.test"
                                                          << "ok"
                                                          << "HTTP 404" << false;
    }

    void publicRootsAreNotInspection()
    {
        QFETCH(QString, id);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        QFETCH(bool, publicNote);
        if (m_publicRootsRun.checks.isEmpty()) {
            m_publicCa = std::make_unique<TestPki>(QStringLiteral("Netready Public Test CA"));
            QVERIFY2(m_publicCa->isValid(), qPrintable(m_publicCa->errorString()));
            const TestPki::Leaf leaf = m_publicCa->issueLeaf(QStringLiteral("public"), {"public.test"});
            QVERIFY(!leaf.isNull());
            auto publicServer = server(LoopbackTlsServer::Behaviour::TlsHttp, leaf);
            const QJsonObject testCopy {{"format", 1}, {"generator", "tst_engine"}, {"generated", "2026-12-02"},
                {"sources", QJsonArray {QJsonObject {{"id", "test"}, {"name", "test CAs"}}}},
                {"roots",
                    QJsonArray {QJsonObject {{"name", "Netready Public Test CA"},
                                    {"sha256", QString::fromLatin1(m_publicCa->caSha256Hex())},
                                    {"sources", QJsonArray {"test"}}},
                        QJsonObject {{"name", "Netready Test CA"}, {"sha256", QString::fromLatin1(m_ca->caSha256Hex())},
                            {"sources", QJsonArray {"test"}}}}}};
            QString error;
            const auto publicRoots = PublicRoots::loadFile(
                ScratchFile::write(m_dir, QStringLiteral("public-roots.json"), QJsonDocument(testCopy).toJson()),
                &error);
            QVERIFY2(publicRoots, qPrintable(error));
            QVERIFY(!publicRoots->contains(QString::fromLatin1(m_inspectionCa->caSha256Hex())));

            const QList<Scenario> scenarios = {{"public.test", Protocol::Https, 443, at(publicServer)},
                {"inspected.test", Protocol::Https, 443, at(m_inspected)},
                {"good.test", Protocol::Https, 443, at(m_good)}};
            RunOptions o = options(scenarios);
            o.extraCaCertificates << QSslCertificate::fromPath(m_publicCa->caCertPath());
            RunPlan plan = RunPlanner::plan(catalog(scenarios), o);
            plan.probe.publicRoots = publicRoots;
            m_publicRootsRun = run(plan);
            QCOMPARE(m_publicRootsRun.checks.size(), scenarios.size());
        }
        const CheckResult* check = find(m_publicRootsRun, id);
        QVERIFY2(check && check->tls, qPrintable(id));
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QVERIFY2(check->detail.contains(detail), qPrintable(describe(check)));
        const QString evidence = check->evidence.join(QLatin1Char('\n'));
        QCOMPARE(check->detail.contains(QStringLiteral("public CA")), publicNote);
        QCOMPARE(evidence.contains(QStringLiteral("root of the public web PKI")), publicNote);
        if (publicNote) {
            QCOMPARE(check->status(), CheckStatus::Pass);
            QVERIFY2(evidence.contains(QString::fromLatin1(m_publicCa->caSha256Hex())), qPrintable(describe(check)));
            QVERIFY(check->device.isEmpty());
            QCOMPARE(check->tls->root, QStringLiteral("Netready Public Test CA"));
        }
    }

    void chainRevocationFollowUps()
    {
        // A leaf whose AIA and CDP point at loopback: with chain checks on, both URLs are probed once.
        const TestPki::Leaf leaf = m_ca->issueLeaf(QStringLiteral("chain"), {"chain.test"},
            QStringLiteral("http://127.0.0.1:%1/ocsp").arg(m_closedPort),
            QStringLiteral("http://127.0.0.1:%1/ca.crl").arg(m_closedPort));
        QVERIFY(!leaf.isNull());
        auto chainServer = server(LoopbackTlsServer::Behaviour::TlsHttp, leaf);
        const QList<Scenario> scenarios = {{"chain.test", Protocol::Https, 443, at(chainServer)}};
        RunOptions o = options(scenarios);
        o.checkChainRevocation = true;
        const RunReport report = run(scenarios, o);
        const CheckResult* tls = find(report, QStringLiteral("chain.test"));
        QVERIFY(tls && tls->tls);
        QCOMPARE(tls->tls->ocspUrls, QStringList {QStringLiteral("http://127.0.0.1:%1/ocsp").arg(m_closedPort)});
        QCOMPARE(tls->tls->crlUrls, QStringList {QStringLiteral("http://127.0.0.1:%1/ca.crl").arg(m_closedPort)});
        int followUps = 0;
        for (const CheckResult& check : report.checks) {
            if (!check.id.startsWith(QStringLiteral("chain-")))
                continue;
            ++followUps;
            QCOMPARE(check.diagnosis, Diagnosis::TcpRefused);
            QVERIFY(check.remedy.contains(QStringLiteral("revocation")));
        }
        QCOMPARE(followUps, 2);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
