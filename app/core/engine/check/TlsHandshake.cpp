#include "TlsHandshake.h"

#include "TlsContextShare.h"
#include "engine/ExtraTrustStore.h"

#include <QSslSocket>

TlsHandshake::TlsHandshake(
    QSslSocket* socket, int timeoutMs, bool extraAnchors, TlsContextShare* contexts, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_timeoutMs(timeoutMs)
    , m_extraAnchors(extraAnchors)
    , m_contexts(contexts)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { conclude(false, PhaseEnd::TimedOut); });
}

QSslConfiguration TlsHandshake::checkConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    configuration.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
    return configuration;
}

TlsHandshake::~TlsHandshake()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void TlsHandshake::start(const QSslConfiguration& configuration, const QString& peerName)
{
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsHandshake::onSslErrors);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_contexts->keepFrom(m_socket);
        conclude(true, PhaseEnd::Completed);
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        m_socketError = m_socket->errorString();
        const PhaseEnd end = error == QAbstractSocket::RemoteHostClosedError ? PhaseEnd::Closed
            : error == QAbstractSocket::SslHandshakeFailedError              ? PhaseEnd::Refused
                                                                             : PhaseEnd::Reset;
        conclude(false, end);
    });
    m_timer.start(m_timeoutMs);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(peerName);
    m_contexts->lendTo(m_socket);
    m_socket->startClientEncryption();
}

void TlsHandshake::onSslErrors(const QList<QSslError>& errors)
{
    m_errors = errors;
    // Verifying against the user's extra CAs is CPU work for a background thread; the handshake may finish
    // meanwhile, but the caller sends nothing before that verification has passed.
    const bool onlyTrustErrors = std::all_of(errors.cbegin(), errors.cend(),
        [](const QSslError& error) { return ExtraTrustStore::isTrustError(error.error()); });
    if (m_extraAnchors && onlyTrustErrors) {
        m_deferredTrust = true;
        m_socket->ignoreSslErrors(errors);
    }
}

void TlsHandshake::conclude(bool succeeded, PhaseEnd end)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_succeeded = succeeded;
    m_end = end;
    m_socket->disconnect(this);
    emit finished();
}
