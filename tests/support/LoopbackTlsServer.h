#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QSslSocket;
class QTcpSocket;

// A server on loopback that behaves the way a test needs: a TLS web server (any certificate), a relay that
// accepts only WebSocket upgrades, a server that accepts and stays silent, plain HTTP on a TLS port, or one
// that hangs up at once. Runs in the thread that created it.
class LoopbackTlsServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackTlsServer)

public:
    enum class Behaviour
    {
        TlsHttp, // TLS, then answers any request with 404 and a Date header
        WebSocketRelay, // TLS; 101 for a WebSocket upgrade, 400 "only for web-socket requests" otherwise
        TlsNoHttp, // completes the TLS handshake, then never answers
        Silent, // accepts, never writes
        PlainHttp, // answers whatever arrives with an HTTP 400, without TLS (as a web server on the wrong port)
        HangUp, // accepts and closes at once
        TlsCanned, // TLS, then answers any request with the canned response (setCannedResponse)
        PlainCanned, // the same without TLS
    };

    explicit LoopbackTlsServer(Behaviour behaviour, QObject* parent = nullptr);
    ~LoopbackTlsServer() override;

    // Loads a PEM certificate chain (leaf first) and key for the TLS behaviours.
    bool setIdentity(const QString& certificatePath, const QString& keyPath);
    // Date headers are shifted by this many seconds (a server whose clock differs from ours).
    void setDateOffsetSeconds(qint64 seconds) { m_dateOffset = seconds; }
    // For the canned behaviours: the bytes sent after a request's headers. With a trickle interval, they go
    // out in 16-byte pieces that far apart (a slow link), and the connection is not closed at the end.
    void setCannedResponse(const QByteArray& response, int trickleIntervalMs = 0)
    {
        m_canned = response;
        m_trickleMs = trickleIntervalMs;
    }
    bool listenOnLoopback(const QHostAddress& address = QHostAddress::LocalHost);
    int connectionsSeen() const { return m_connections; }
    QList<QByteArray> requestsSeen() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void answer(QTcpSocket* socket, QByteArray& buffer);
    void sendCanned(QTcpSocket* socket);
    QByteArray dateHeader() const;

    Behaviour m_behaviour;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QByteArray m_canned;
    int m_trickleMs = 0;
    qint64 m_dateOffset = 0;
    int m_connections = 0;
    QList<QByteArray> m_requests;
};
