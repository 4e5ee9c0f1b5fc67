#pragma once

#include "PhaseOutcome.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

class QSslSocket;

// The TCP phase: connects to every address of a name at once (both families of a dual-stack host) and keeps
// the first connection that succeeds. A failure says for each address what happened: refused, unreachable
// or no answer within the timeout.
class TcpRace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpRace)

public:
    // What is being connected to, for the wording of a failure.
    enum class Target
    {
        Service,
        Proxy
    };

    TcpRace(Target target, QString hostLabel, int timeoutMs, QObject* parent = nullptr);
    ~TcpRace() override;

    void start(const QList<QHostAddress>& addresses, quint16 port);
    // After connected(): the winning socket, now owned by the caller (parent cleared).
    QSslSocket* takeSocket();
    QHostAddress connectedAddress() const { return m_connectedAddress; }

    static constexpr int kMaxParallelAttempts = 6;

signals:
    void finished(const PhaseOutcome& outcome);

private:
    struct Attempt
    {
        QHostAddress address;
        QSslSocket* socket = nullptr;
        QString outcome; // empty while pending
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    };

    void onConnected(int index);
    void onFailed(int index, QAbstractSocket::SocketError error, const QString& message);
    void conclude();
    void dropAttempts();

    Target m_target;
    QString m_hostLabel;
    int m_timeoutMs;
    quint16 m_port = 0;
    QTimer m_timer;
    QList<Attempt> m_attempts;
    QSslSocket* m_winner = nullptr;
    QHostAddress m_connectedAddress;
    bool m_done = false;
};
