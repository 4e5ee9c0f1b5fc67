#pragma once

#include "PhaseOutcome.h"
#include "engine/ProxyResolver.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAbstractSocket;
class BlockPageRules;

// The proxy phase of a tunnelled check: sends CONNECT for the target on a connection to the proxy and reads
// the proxy's reply. A reply that is not HTTP (a SOCKS or TLS speaker, garbage) ends the phase at once; a
// refusal names the proxy, its status and reason, its product and error page when it says so.
class ProxyTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyTunnel)

public:
    ProxyTunnel(QAbstractSocket* socket, ProxyRoute proxy, const BlockPageRules* rules, int timeoutMs,
        QObject* parent = nullptr);
    ~ProxyTunnel() override;

    void start(const QString& targetHost, quint16 targetPort);

    // The Proxy-Authenticate values of a 407 reply: the schemes the proxy offers.
    const QList<QByteArray>& challenges() const { return m_challenges; }

    static constexpr qsizetype kMaxReplyBytes = qsizetype(16) * 1024;

    // What the proxy's reply says once enough of it has arrived: the phase's outcome, how many of the bytes
    // belong to the reply (the rest belong to the tunnel) and the schemes a 407 offers.
    struct Reply
    {
        PhaseOutcome outcome;
        qsizetype consumed = 0;
        QList<QByteArray> challenges;
    };
    // Judges the bytes read so far (at most kMaxReplyBytes + 1); nullopt: the reply needs more bytes. Pure, so
    // hostile replies can be tried without a socket.
    static std::optional<Reply> judgeReply(
        const QByteArray& bytes, const ProxyRoute& proxy, const QString& target, const BlockPageRules* rules);

signals:
    void finished(const PhaseOutcome& outcome);

private:
    void onReadyRead();
    void onClosed();
    void conclude(const PhaseOutcome& outcome);
    // Where the reply's headers end (at their CRLF CRLF), after any interim 1xx answers; -1 before that.
    static qsizetype headersEnd(const QByteArray& bytes);
    // Bytes that cannot begin an HTTP reply, described ("a TLS handshake", "a SOCKS 5 reply").
    static QString describeNonHttp(const QByteArray& bytes);

    QPointer<QAbstractSocket> m_socket; // the caller's; may go first when a check is dropped
    ProxyRoute m_proxy;
    const BlockPageRules* m_rules;
    int m_timeoutMs;
    QString m_target;
    QTimer m_timer;
    QByteArray m_buffer;
    QList<QByteArray> m_challenges;
    bool m_done = false;
};
