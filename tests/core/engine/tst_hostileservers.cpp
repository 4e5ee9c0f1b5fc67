#include "CannedHttpServer.h"
#include "Catalog.h"
#include "LoopbackTlsServer.h"
#include "PeakMemory.h"
#include "TestPki.h"
#include "engine/Engine.h"
#include "engine/RunPlanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkInterface>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
// A server on loopback that misbehaves in one way once a client arrives: over TLS after the handshake (once the
// request's headers are in), during the handshake, or as an HTTP proxy answering CONNECT.
class HostileServer final : public QTcpServer
{
public:
    enum class Behaviour
    {
        TrickleOneBytePerSecond, // TLS, then an answer one byte a second, never finished
        MegabyteOfHeaders, // TLS, then a status line and 1 MB of header lines that never end
        EndlessBody, // TLS, then 200 without a length and body bytes until the client goes
        CloseAfterStatusLine, // TLS, then the status line and a close
        ResetInHandshake, // takes the ClientHello unread and aborts: a reset in the middle of the handshake
        TlsAlert, // answers the ClientHello with a fatal alert (setAlert)
        ProxyGarbage, // a proxy answering CONNECT with random bytes
        ProxyThenTls, // a proxy answering CONNECT with 200, then making the TLS handshake itself
    };

    HostileServer(Behaviour behaviour, QList<QSslCertificate> chain = {}, QSslKey key = {})
        : m_behaviour(behaviour)
        , m_chain(std::move(chain))
        , m_key(std::move(key))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    // The alert TlsAlert sends: handshake_failure (40) by default, as a server without a shared cipher does.
    void setAlert(quint8 description) { m_alert = description; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(serverPort()); }
    qint64 bytesSent() const { return m_sent; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        const bool tlsFirst = m_behaviour != Behaviour::ResetInHandshake && m_behaviour != Behaviour::TlsAlert
            && m_behaviour != Behaviour::ProxyGarbage && m_behaviour != Behaviour::ProxyThenTls;
        auto* socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        if (tlsFirst) {
            startTls(socket);
            connect(socket, &QSslSocket::encrypted, this, [this, socket] { waitForRequest(socket); });
            return;
        }
        connect(socket, &QIODevice::readyRead, this, [this, socket] { plainRead(socket); });
    }

private:
    void startTls(QSslSocket* socket)
    {
        socket->setLocalCertificateChain(m_chain);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
    }

    void waitForRequest(QSslSocket* socket)
    {
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QIODevice::readyRead, this, [this, socket, request] {
            if (request->contains("\r\n\r\n")) {
                socket->readAll(); // whatever else the client sends while we misbehave
                return;
            }
            *request += socket->readAll();
            if (request->contains("\r\n\r\n"))
                misbehave(socket);
        });
    }

    void plainRead(QSslSocket* socket)
    {
        switch (m_behaviour) {
        case Behaviour::ResetInHandshake:
            // Unread data in the receive buffer makes the close a reset (RST), as a middlebox's reset looks.
            socket->abort();
            return;
        case Behaviour::TlsAlert:
            socket->readAll();
            socket->write(QByteArray::fromHex("150303000202") + char(m_alert));
            socket->disconnectFromHost();
            return;
        case Behaviour::ProxyGarbage: {
            socket->readAll();
            QByteArray garbage;
            for (int i = 0; i < 200; ++i)
                garbage += char((i * 73 + 41) % 256);
            socket->write(garbage);
            m_sent += garbage.size();
            return;
        }
        case Behaviour::ProxyThenTls: {
            QByteArray& buffer = m_proxyBuffers[socket];
            buffer += socket->readAll();
            if (!buffer.contains("\r\n\r\n") || socket->isEncrypted() || socket->mode() != QSslSocket::UnencryptedMode)
                return;
            socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
            disconnect(socket, &QIODevice::readyRead, this, nullptr);
            m_proxyBuffers.remove(socket);
            startTls(socket);
            connect(socket, &QSslSocket::encrypted, this, [this, socket] { waitForRequest(socket); });
            return;
        }
        default:
            return;
        }
    }

    void misbehave(QSslSocket* socket)
    {
        switch (m_behaviour) {
        case Behaviour::TrickleOneBytePerSecond: {
            static const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
            auto* timer = new QTimer(socket);
            auto at = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, at] {
                socket->write(answer.mid(*at % answer.size(), 1));
                ++*at;
                ++m_sent;
            });
            timer->start(1000);
            return;
        }
        case Behaviour::MegabyteOfHeaders: {
            socket->write("HTTP/1.1 200 OK\r\n");
            const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
            for (int i = 0; i < 1024; ++i)
                socket->write(line);
            m_sent += 1024 * line.size();
            return;
        }
        case Behaviour::EndlessBody: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n");
            const auto pump = [this, socket] {
                static const QByteArray chunk(64 * 1024, 'x');
                // At most 256 KiB queued: the server's own memory stays bounded too.
                while (socket->state() == QAbstractSocket::ConnectedState
                    && socket->encryptedBytesToWrite() < 256 * 1024 && socket->bytesToWrite() < 256 * 1024
                    && m_sent < kEndlessLimit) {
                    socket->write(chunk);
                    m_sent += chunk.size();
                }
            };
            connect(socket, &QSslSocket::encryptedBytesWritten, this, pump);
            pump();
            return;
        }
        case Behaviour::CloseAfterStatusLine:
            socket->write("HTTP/1.1 200 OK\r\n");
            socket->disconnectFromHost();
            return;
        case Behaviour::ProxyThenTls: // the intercepting proxy answers in the server's place
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            return;
        default:
            return;
        }
    }

    static constexpr qint64 kEndlessLimit = qint64(1024) * 1024 * 1024;

    Behaviour m_behaviour;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QHash<QSslSocket*, QByteArray> m_proxyBuffers;
    qint64 m_sent = 0;
    quint8 m_alert = 40;
};
} // namespace

// The engine against servers and proxies that misbehave on purpose: every check ends with the diagnosis of
// docs/diagnoses.md that names what happened (never a hang, never a crash), and memory stays bounded: a
// 100 MB CRL is cut at the download cap, not held. Runs in a private network namespace (run-in-private-network.sh)
// so that no name lookup leaves the machine.
class tst_HostileServers final : public QObject
{
    Q_OBJECT

private:
    struct Case
    {
        QString name;
        Protocol protocol = Protocol::Https;
        QString connectTo; // "127.0.0.1:PORT"; empty through the proxy or for a revocation URL
        QString url; // crl/ocsp
    };

    Endpoint endpoint(const Case& c) const
    {
        Endpoint e;
        e.id = c.name;
        e.host = c.url.isEmpty() ? c.name : QStringLiteral("127.0.0.1");
        e.ports = {quint16(c.url.isEmpty() ? 443 : QUrl(c.url).port())};
        e.protocol = c.protocol;
        e.url = c.url;
        if (c.protocol == Protocol::Ocsp)
            e.certificatePem = m_leaf.certPem;
        if (!c.url.isEmpty())
            e.issuerCertificatePem = m_ca->caCertPem();
        e.clouds = {Cloud::Public};
        e.features = {Feature::Desktop};
        e.purpose = QStringLiteral("hostile server %1").arg(c.name);
        e.source = QStringLiteral("tst_hostileservers");
        return e;
    }

    RunPlan plan(const QList<Case>& cases, const QString& proxyUrl = {}) const
    {
        Catalog catalog;
        catalog.expectedRoots
            = {ExpectedRoot {QStringLiteral("Netready Test CA"), QString::fromLatin1(m_ca->caSha256Hex())},
                ExpectedRoot {QStringLiteral("Chain Root"), m_chainRootSha256}};
        RunOptions o;
        o.features = {Feature::Desktop};
        o.proxy.mode = ProxySetting::Mode::None;
        o.timeoutSeconds = 3;
        o.extraCaCertificates = QSslCertificate::fromPath(m_ca->caCertPath())
            + QSslCertificate::fromPath(m_inspectionCa->caCertPath()) + m_chainRoot;
        if (!proxyUrl.isEmpty()) {
            QString error;
            o.proxy = ProxySetting::fromUrl(proxyUrl, &error);
        }
        for (const Case& c : cases) {
            catalog.endpoints << endpoint(c);
            if (!c.connectTo.isEmpty())
                o.connectTo << *ConnectToRule::parse(QStringLiteral("%1:443:%2").arg(c.name, c.connectTo), nullptr);
        }
        return RunPlanner::plan(catalog, o);
    }

    // Runs the plan to its end; an empty report when the engine did not finish (well past every timeout).
    static RunReport run(const RunPlan& plan)
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        engine.start(plan);
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.constFirst().constFirst().value<RunReport>();
    }

    static QString describe(const CheckResult* check)
    {
        if (!check)
            return QStringLiteral("(no such check)");
        return Diagnoses::code(check->diagnosis) + QStringLiteral(": ") + check->detail + QStringLiteral(" | ")
            + check->evidence.join(QStringLiteral(" | "));
    }

    // A root, 98 intermediate CAs under one another and a leaf for longchain.test: 100 certificates.
    bool makeLongChain(QString* error)
    {
        const QString script = QStringLiteral(R"SH(set -e
ca_ext='basicConstraints=critical,CA:true
keyUsage=critical,keyCertSign,cRLSign'
printf '%s\n' "$ca_ext" > ca.ext
printf 'basicConstraints=CA:false\nsubjectAltName=DNS:longchain.test\n' > leaf.ext
newkey() { openssl ecparam -name prime256v1 -genkey -noout -out "$1" 2>/dev/null; }
newkey ca0.key
openssl req -x509 -new -key ca0.key -subj "/CN=Chain Root" -days 30 -out ca0.pem \
    -addext basicConstraints=critical,CA:true -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
i=1
while [ $i -le 98 ]; do
    newkey ca$i.key
    openssl req -new -key ca$i.key -subj "/CN=Chain CA $i" 2>/dev/null |
        openssl x509 -req -CA ca$((i - 1)).pem -CAkey ca$((i - 1)).key -set_serial $((1000 + i)) -days 30 \
            -extfile ca.ext -out ca$i.pem 2>/dev/null
    i=$((i + 1))
done
openssl genrsa -out leaf.key 2048 2>/dev/null
openssl req -new -key leaf.key -subj "/CN=longchain.test" 2>/dev/null |
    openssl x509 -req -CA ca98.pem -CAkey ca98.key -set_serial 5000 -days 30 -extfile leaf.ext -out leaf.pem 2>/dev/null
cp leaf.pem chain.pem
i=98
while [ $i -ge 1 ]; do cat ca$i.pem >> chain.pem; i=$((i - 1)); done
)SH");
        QProcess shell;
        shell.setWorkingDirectory(m_dir.path());
        shell.setProcessChannelMode(QProcess::MergedChannels);
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        if (!shell.waitForFinished(120000) || shell.exitCode() != 0) {
            *error = QString::fromLocal8Bit(shell.readAll());
            shell.kill();
            shell.waitForFinished();
            return false;
        }
        m_chainRoot = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca0.pem")));
        m_longChain = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("chain.pem")));
        QFile key(m_dir.filePath(QStringLiteral("leaf.key")));
        if (m_chainRoot.size() != 1 || m_longChain.size() != 99 || !key.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the chain has %1 certificates").arg(m_longChain.size());
            return false;
        }
        m_longChainKey = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        m_chainRootSha256 = QString::fromLatin1(m_chainRoot.constFirst().digest(QCryptographicHash::Sha256).toHex());
        return !m_longChainKey.isNull();
    }

    QSslKey leafKey() const
    {
        QFile file(m_leaf.keyPath);
        return file.open(QIODevice::ReadOnly) ? QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem) : QSslKey();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_ca;
    std::unique_ptr<TestPki> m_inspectionCa;
    TestPki::Leaf m_leaf;
    TestPki::Leaf m_interceptingLeaf;
    QList<QSslCertificate> m_chainRoot;
    QList<QSslCertificate> m_longChain;
    QSslKey m_longChainKey;
    QString m_chainRootSha256;
    RunReport m_report; // every case of the suite, run at once as a real run would
    qint64 m_crlBytesSent = 0;

private slots:
    void initTestCase()
    {
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        if (interfaces.size() != 1 || !(interfaces.constFirst().flags() & QNetworkInterface::IsLoopBack))
            QSKIP("needs the private network namespace of run-in-private-network.sh (unshare as root)");

        m_ca = std::make_unique<TestPki>(QStringLiteral("Netready Test CA"));
        m_inspectionCa = std::make_unique<TestPki>(QStringLiteral("Corp Inspection CA"));
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
        QVERIFY2(m_inspectionCa->isValid(), qPrintable(m_inspectionCa->errorString()));
        const QStringList names = {"trickle.test", "headers.test", "endless.test", "statusline.test", "reset.test",
            "alert.test", "internal-error.test", "garbage.test", "intercepted.test"};
        m_leaf = m_ca->issueLeaf(QStringLiteral("hostile"), names);
        m_interceptingLeaf = m_inspectionCa->issueLeaf(QStringLiteral("intercepting"), {"intercepted.test"});
        QVERIFY(!m_leaf.isNull() && !m_interceptingLeaf.isNull());
        QString error;
        QVERIFY2(makeLongChain(&error), qPrintable(error));

        using B = HostileServer::Behaviour;
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_leaf.certPath);
        HostileServer trickle(B::TrickleOneBytePerSecond, chain, leafKey());
        HostileServer headers(B::MegabyteOfHeaders, chain, leafKey());
        HostileServer endless(B::EndlessBody, chain, leafKey());
        HostileServer statusLine(B::CloseAfterStatusLine, chain, leafKey());
        HostileServer reset(B::ResetInHandshake);
        HostileServer alert(B::TlsAlert);
        HostileServer internalError(B::TlsAlert);
        internalError.setAlert(80);
        LoopbackTlsServer longChain(LoopbackTlsServer::Behaviour::TlsHttp);
        QVERIFY(longChain.setIdentity(
            m_dir.filePath(QStringLiteral("chain.pem")), m_dir.filePath(QStringLiteral("leaf.key"))));
        QVERIFY(longChain.listenOnLoopback());
        CannedHttpServer http;
        QVERIFY(http.listen());
        http.setEndless(QStringLiteral("/huge.crl"), "application/pkix-crl", qint64(100) * 1024 * 1024);
        http.setEndless(QStringLiteral("/ocsp*"), "application/ocsp-response", qint64(10) * 1024 * 1024);
        for (const HostileServer* server : {&trickle, &headers, &endless, &statusLine, &reset, &alert, &internalError})
            QVERIFY(server->isListening());

        const QList<Case> direct = {
            {QStringLiteral("longchain.test"), Protocol::Https,
                QStringLiteral("127.0.0.1:%1").arg(longChain.serverPort()), {}},
            {QStringLiteral("trickle.test"), Protocol::Https, trickle.address(), {}},
            {QStringLiteral("headers.test"), Protocol::Https, headers.address(), {}},
            {QStringLiteral("endless.test"), Protocol::Https, endless.address(), {}},
            {QStringLiteral("statusline.test"), Protocol::Https, statusLine.address(), {}},
            {QStringLiteral("reset.test"), Protocol::Https, reset.address(), {}},
            {QStringLiteral("alert.test"), Protocol::Https, alert.address(), {}},
            {QStringLiteral("internal-error.test"), Protocol::Https, internalError.address(), {}},
            {QStringLiteral("huge-crl"), Protocol::Crl, {}, http.url(QStringLiteral("/huge.crl")).toString()},
            {QStringLiteral("huge-ocsp"), Protocol::Ocsp, {}, http.url(QStringLiteral("/ocsp")).toString()},
        };
        m_report = run(plan(direct));
        m_crlBytesSent = http.endlessBytesSent();

        // Proxies: one that answers CONNECT with garbage, one that opens the tunnel and then intercepts TLS.
        HostileServer garbageProxy(B::ProxyGarbage);
        HostileServer interceptingProxy(
            B::ProxyThenTls, QSslCertificate::fromPath(m_interceptingLeaf.certPath), [this] {
                QFile file(m_interceptingLeaf.keyPath);
                return file.open(QIODevice::ReadOnly) ? QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem) : QSslKey();
            }());
        QVERIFY(garbageProxy.isListening() && interceptingProxy.isListening());
        const RunReport garbage = run(plan({{QStringLiteral("garbage.test"), Protocol::Https, {}, {}}},
            QStringLiteral("http://%1").arg(garbageProxy.address())));
        const RunReport intercepted = run(plan({{QStringLiteral("intercepted.test"), Protocol::Https, {}, {}}},
            QStringLiteral("http://%1").arg(interceptingProxy.address())));
        m_report.checks << garbage.checks << intercepted.checks;
    }

    void diagnosis_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        struct Row
        {
            const char* name;
            const char* id;
            const char* diagnosis;
            const char* detail;
        };
        const Row rows[] = {
            {"a 100-certificate chain", "longchain.test", "ok", "HTTP 404"},
            {"a server trickling one byte per second", "trickle.test", "http-timeout", "still incomplete"},
            {"1 MB of headers", "headers.test", "http-failed", "larger than 64 KiB"},
            {"an endless body", "endless.test", "ok", "HTTP 200"},
            {"a server closing after the status line", "statusline.test", "http-failed", "closed"},
            {"a reset in the middle of the handshake", "reset.test", "tls-failed", "during the TLS handshake"},
            // Refusing every ClientHello with handshake_failure is what a server without a shared cipher does.
            {"a TLS alert: handshake_failure", "alert.test", "tls-no-shared-cipher", "handshake failure"},
            {"a TLS alert: internal_error", "internal-error.test", "tls-failed", "internal error"},
            {"a 100 MB CRL", "huge-crl", "crl-invalid", "cut"},
            {"an OCSP responder answering 10 MB", "huge-ocsp", "ocsp-invalid", "not an OCSP response"},
            {"a proxy answering garbage to CONNECT", "garbage.test", "proxy-protocol-error", "answered CONNECT"},
            {"a proxy answering 200, then speaking TLS itself", "intercepted.test", "tls-intercepted",
                "Corp Inspection CA"},
        };
        for (const Row& row : rows)
            QTest::addRow("%s", row.name) << row.id << row.diagnosis << row.detail;
    }

    void diagnosis()
    {
        QFETCH(QString, id);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        const CheckResult* check = nullptr;
        for (const CheckResult& c : std::as_const(m_report.checks)) {
            if (c.id == id || (c.id.startsWith(id) && c.protocol != Protocol::Https))
                check = &c;
        }
        QVERIFY2(check, qPrintable(id + QStringLiteral(": no result; the run did not finish")));
        qInfo("%s", qPrintable(describe(check)));
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QVERIFY2(describe(check).contains(detail, Qt::CaseInsensitive), qPrintable(describe(check)));
    }

    // The CRL went on for 100 MB; the download stopped at its cap and the process never held anything like it.
    void memoryStaysBounded()
    {
        const qint64 peak = PeakMemory::residentBytes();
        qInfo("peak RSS during the suite: %.1f MB (the CRL server sent %.1f MB)", peak / 1048576.0,
            m_crlBytesSent / 1048576.0);
        QVERIFY(peak > 0);
        QVERIFY2(m_crlBytesSent < qint64(100) * 1024 * 1024, "the engine read the whole 100 MB CRL");
#ifndef NETREADY_SANITIZED // memory is measured in the normal build: a sanitizer's shadow memory is not the product's
        // The download cap is 20 MB: a generous bound over the suite's own servers, certificates and Qt.
        QVERIFY2(peak < qint64(160) * 1024 * 1024, qPrintable(QString::number(peak / 1048576.0)));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
