#include "TcpRace.h"

#include <QLocale>
#include <QNetworkProxy>
#include <QSslSocket>

TcpRace::TcpRace(Target target, QString hostLabel, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_hostLabel(std::move(hostLabel))
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpRace::conclude);
}

TcpRace::~TcpRace()
{
    dropAttempts();
    delete m_winner;
}

void TcpRace::start(const QList<QHostAddress>& addresses, quint16 port)
{
    m_port = port;
    if (addresses.isEmpty()) {
        // Nothing to wait for: the failure comes from the event loop, as every other outcome does.
        QMetaObject::invokeMethod(this, &TcpRace::conclude, Qt::QueuedConnection);
        return;
    }
    m_timer.start(m_timeoutMs);
    for (const QHostAddress& address : addresses.mid(0, kMaxParallelAttempts)) {
        auto* socket = new QSslSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        const int index = int(m_attempts.size());
        m_attempts.append(Attempt {address, socket, {}, QAbstractSocket::UnknownSocketError});
        connect(socket, &QAbstractSocket::connected, this, [this, index] { onConnected(index); });
        connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, index, socket](QAbstractSocket::SocketError e) { onFailed(index, e, socket->errorString()); });
        socket->connectToHost(address, port);
    }
}

QSslSocket* TcpRace::takeSocket()
{
    QSslSocket* socket = m_winner;
    m_winner = nullptr;
    if (socket) {
        socket->disconnect(this);
        socket->setParent(nullptr);
    }
    return socket;
}

void TcpRace::dropAttempts()
{
    for (Attempt& attempt : m_attempts) {
        if (attempt.socket) {
            attempt.socket->disconnect(this);
            attempt.socket->abort();
            attempt.socket->deleteLater();
            attempt.socket = nullptr;
        }
    }
}

void TcpRace::onConnected(int index)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Attempt& winner = m_attempts[index];
    m_winner = winner.socket;
    m_connectedAddress = winner.address;
    winner.socket = nullptr;
    m_winner->disconnect(this);
    dropAttempts();
    emit finished(PhaseOutcome::success());
}

void TcpRace::onFailed(int index, QAbstractSocket::SocketError error, const QString& message)
{
    if (m_done || index >= m_attempts.size() || !m_attempts[index].outcome.isEmpty())
        return;
    Attempt& attempt = m_attempts[index];
    attempt.error = error;
    attempt.outcome = message.isEmpty() ? tr("failed") : message;
    if (attempt.socket) {
        attempt.socket->disconnect(this);
        attempt.socket->deleteLater();
        attempt.socket = nullptr;
    }
    const bool allDone
        = std::all_of(m_attempts.cbegin(), m_attempts.cend(), [](const Attempt& a) { return !a.outcome.isEmpty(); });
    if (allDone)
        conclude(); // nothing pending: decide now
}

void TcpRace::conclude()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    QStringList lines;
    bool refused = false;
    bool unreachable = false;
    bool timedOut = false;
    for (const Attempt& attempt : std::as_const(m_attempts)) {
        const QString target = QStringLiteral("%1 port %2").arg(attempt.address.toString()).arg(m_port);
        if (attempt.outcome.isEmpty()) {
            timedOut = true;
            lines << tr("%1: no answer (timed out)").arg(target);
        } else {
            refused = refused || attempt.error == QAbstractSocket::ConnectionRefusedError;
            unreachable = unreachable || attempt.error == QAbstractSocket::NetworkError;
            lines << tr("%1: %2").arg(target, attempt.outcome);
        }
    }
    dropAttempts();
    const QString where = QStringLiteral("%1:%2").arg(m_hostLabel).arg(m_port);
    const QString seconds = QLocale().toString(m_timeoutMs / 1000.0, 'g', 3);
    const PhaseEnd end = timedOut && !refused ? PhaseEnd::TimedOut : PhaseEnd::Refused;
    if (m_target == Target::Proxy) {
        emit finished(PhaseOutcome::failure(end, Diagnosis::ProxyUnreachable,
            refused        ? tr("the proxy %1 refused the connection").arg(where)
                : timedOut ? tr("the proxy %1 did not answer within %2 s").arg(where, seconds)
                           : tr("the proxy %1 cannot be reached: %2").arg(where, lines.join(QStringLiteral("; "))),
            lines));
    } else if (refused) {
        emit finished(PhaseOutcome::failure(end, Diagnosis::TcpRefused,
            tr("%1 refused the connection (nothing listens, or a firewall rejects it)").arg(where), lines));
    } else if (timedOut) {
        emit finished(PhaseOutcome::failure(end, Diagnosis::TcpTimeout,
            tr("%1 did not answer within %2 s: packets are dropped on the way").arg(where, seconds), lines));
    } else if (unreachable) {
        emit finished(PhaseOutcome::failure(
            end, Diagnosis::TcpUnreachable, tr("no route to %1 (network unreachable)").arg(where), lines));
    } else if (lines.isEmpty()) {
        emit finished(
            PhaseOutcome::failure(end, Diagnosis::TcpUnreachable, tr("%1 has no address to connect to").arg(where)));
    } else {
        emit finished(PhaseOutcome::failure(end, Diagnosis::TcpUnreachable,
            tr("could not connect to %1: %2").arg(where, lines.join(QStringLiteral("; "))), lines));
    }
}
