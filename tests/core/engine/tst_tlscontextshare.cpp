#include "LoopbackTlsServer.h"
#include "TestPki.h"
#include "engine/check/TlsContextShare.h"
#include "engine/check/TlsHandshake.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtNetwork/private/qsslsocket_p.h>

#include <memory>

namespace {
// How long a test waits for a handshake that is bound to end on its own: a safety net, not a speed requirement.
constexpr int kSafetyMs = 60000;
constexpr int kTimeoutMs = 30000;

struct Handshake
{
    bool succeeded = false;
    QList<QSslError::SslError> errors;
    QList<QSslCertificate> chain;
    std::shared_ptr<QSslContext> context;
};
} // namespace

// The checks of a thread share one OpenSSL context; each connection must still be verified on its own.
class TstTlsContextShare final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_ca;
    TestPki::Leaf m_goodLeaf;
    TestPki::Leaf m_selfSignedLeaf;
    std::unique_ptr<LoopbackTlsServer> m_good;
    std::unique_ptr<LoopbackTlsServer> m_selfSigned;
    QSslConfiguration m_configuration;

    static std::unique_ptr<LoopbackTlsServer> server(const TestPki::Leaf& leaf)
    {
        auto s = std::make_unique<LoopbackTlsServer>(LoopbackTlsServer::Behaviour::TlsHttp);
        if (!s->setIdentity(leaf.certPath, leaf.keyPath) || !s->listenOnLoopback())
            return nullptr;
        return s;
    }

    Handshake handshake(TlsContextShare& share, const LoopbackTlsServer& server, const QString& peerName)
    {
        Handshake result;
        QSslSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!socket.waitForConnected(kSafetyMs))
            return result;
        TlsHandshake tls(&socket, kTimeoutMs, false, &share);
        // A failed handshake drops its context with the connection: seen while the errors are reported.
        connect(&socket, &QSslSocket::sslErrors, this,
            [&result, &socket] { result.context = QSslSocketPrivate::sslContext(&socket); });
        bool finished = false;
        connect(&tls, &TlsHandshake::finished, this, [&finished] { finished = true; });
        tls.start(m_configuration, peerName);
        if (!QTest::qWaitFor([&finished] { return finished; }, kSafetyMs))
            return result;
        result.succeeded = finished && tls.succeeded();
        for (const QSslError& error : tls.errors())
            result.errors << error.error();
        result.chain = socket.peerCertificateChain();
        if (result.succeeded)
            result.context = QSslSocketPrivate::sslContext(&socket);
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestPki>(QStringLiteral("Netready Context Test CA"));
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
        m_goodLeaf = m_ca->issueLeaf(QStringLiteral("good"), {QStringLiteral("good.test")});
        QVERIFY2(!m_goodLeaf.isNull(), qPrintable(m_ca->errorString()));
        QString error;
        m_selfSignedLeaf
            = TestPki::selfSigned(m_dir, QStringLiteral("selfsigned"), {QStringLiteral("selfsigned.test")}, &error);
        QVERIFY2(!m_selfSignedLeaf.isNull(), qPrintable(error));
        m_good = server(m_goodLeaf);
        m_selfSigned = server(m_selfSignedLeaf);
        QVERIFY(m_good && m_selfSigned);
        m_configuration = TlsHandshake::checkConfiguration();
        m_configuration.addCaCertificates(m_ca->caCertPath());
    }

    void checkConfigurationNeverResumesASession()
    {
        const QSslConfiguration configuration = TlsHandshake::checkConfiguration();
        QVERIFY(configuration.testSslOption(QSsl::SslOptionDisableSessionSharing));
        QVERIFY(configuration.testSslOption(QSsl::SslOptionDisableSessionPersistence));
        QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void laterHandshakesUseTheFirstOnesContext()
    {
        TlsContextShare share;
        const Handshake first = handshake(share, *m_good, QStringLiteral("good.test"));
        QVERIFY(first.succeeded);
        QVERIFY(first.context);
        const Handshake second = handshake(share, *m_good, QStringLiteral("good.test"));
        QVERIFY(second.succeeded);
        QCOMPARE(second.context, first.context);
        // A full handshake: the server's certificate arrives again.
        QVERIFY(!second.chain.isEmpty());
        QCOMPARE(second.chain, first.chain);
        QCOMPARE(second.chain.constFirst(), QSslCertificate::fromPath(m_goodLeaf.certPath).constFirst());
    }

    // What one connection trusted gives the next nothing: a self-signed server and a wrong name still fail.
    void everyConnectionIsVerifiedOnItsOwn()
    {
        TlsContextShare share;
        const Handshake trusted = handshake(share, *m_good, QStringLiteral("good.test"));
        QVERIFY(trusted.succeeded);

        const Handshake selfSigned = handshake(share, *m_selfSigned, QStringLiteral("selfsigned.test"));
        QCOMPARE(selfSigned.context, trusted.context);
        QVERIFY(!selfSigned.succeeded);
        QVERIFY(selfSigned.errors.contains(QSslError::SelfSignedCertificate));

        const Handshake wrongName = handshake(share, *m_good, QStringLiteral("other.test"));
        QCOMPARE(wrongName.context, trusted.context);
        QVERIFY(!wrongName.succeeded);
        QVERIFY(wrongName.errors.contains(QSslError::HostNameMismatch));

        const Handshake again = handshake(share, *m_good, QStringLiteral("good.test"));
        QVERIFY(again.succeeded);
        QVERIFY(again.errors.isEmpty());
    }

    // A handshake that failed leaves nothing to share; the first one that completes does.
    void aFailedHandshakeKeepsNoContext()
    {
        TlsContextShare share;
        const Handshake failed = handshake(share, *m_selfSigned, QStringLiteral("selfsigned.test"));
        QVERIFY(!failed.succeeded);
        QVERIFY(failed.context);
        const Handshake first = handshake(share, *m_good, QStringLiteral("good.test"));
        QVERIFY(first.succeeded);
        QVERIFY(first.context);
        QVERIFY(first.context != failed.context);
        const Handshake second = handshake(share, *m_good, QStringLiteral("good.test"));
        QCOMPARE(second.context, first.context);
    }
};

QTEST_GUILESS_MAIN(TstTlsContextShare)
#include "tst_tlscontextshare.moc"
