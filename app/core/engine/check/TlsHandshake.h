#pragma once

#include "PhaseEnd.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QSslSocket;
class TlsContextShare;

// The TLS phase: starts client encryption on a connected (or tunnelled) socket, verifying the peer against the
// system store and the host name. Errors that only say "no trusted root" are let through when the user gave
// extra CAs: the caller must then verify the chain against those before any request is sent.
class TlsHandshake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsHandshake)

public:
    TlsHandshake(
        QSslSocket* socket, int timeoutMs, bool extraAnchors, TlsContextShare* contexts, QObject* parent = nullptr);
    ~TlsHandshake() override;

    // What every check's handshake offers and demands: TLS 1.2 or later, the peer verified, ALPN http/1.1,
    // and no session resumed from an earlier check, so that each one sees and judges the server's certificates
    // even where the checks of a thread share an OpenSSL context (TlsContextShare).
    static QSslConfiguration checkConfiguration();

    void start(const QSslConfiguration& configuration, const QString& peerName);

    bool succeeded() const { return m_succeeded; }
    PhaseEnd end() const { return m_end; }
    QList<QSslError> errors() const { return m_errors; }
    QString socketError() const { return m_socketError; }
    // Trust errors were let through: the chain still has to verify against the user's extra CAs.
    bool needsExtraAnchorCheck() const { return m_deferredTrust; }
    int timeoutMs() const { return m_timeoutMs; }

signals:
    void finished();

private:
    void onSslErrors(const QList<QSslError>& errors);
    void conclude(bool succeeded, PhaseEnd end);

    QPointer<QSslSocket> m_socket; // the caller's; may go first when a check is dropped
    int m_timeoutMs;
    bool m_extraAnchors;
    TlsContextShare* m_contexts; // the checking thread's; outlives every check of it
    QTimer m_timer;
    QList<QSslError> m_errors;
    QString m_socketError;
    PhaseEnd m_end = PhaseEnd::Completed;
    bool m_deferredTrust = false;
    bool m_succeeded = false;
    bool m_done = false;
};
