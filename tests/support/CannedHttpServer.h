#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <utility>

class QTcpSocket;

// An HTTP/1.1 server on 127.0.0.1 for tests, answering each request by path with a canned behaviour: a fixed
// response, an endless body, raw bytes, an immediate close or silence. It records what it received. Requests in
// origin form ("/path") and absolute form ("http://host/path", as a proxy forwards them) are both understood.
// Paths match exactly; a pattern ending in '*' matches by prefix (longest first); unmatched paths get 404.
// Lives in the thread that created it; the event loop must run for it to answer.
class CannedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedHttpServer)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        Headers headers; // Content-Length and Connection: close are added unless present
        QByteArray body;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: "/a?b" or "http://host:port/a?b"
        QString path; // the target's path, still percent-encoded, without the query
        QByteArray version;
        Headers headers;
        QByteArray body;
        // The first header of that name (case-insensitive), or empty.
        QByteArray header(const QByteArray& name) const;
    };

    static constexpr qint64 kDefaultEndlessLimit = 64 * 1024 * 1024;

    explicit CannedHttpServer(QObject* parent = nullptr);
    ~CannedHttpServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:port + path
    QUrl url(const QString& path = QStringLiteral("/")) const;

    void setResponse(const QString& path, const Response& response);
    // With the usual reason phrase for status, and a Content-Type header unless contentType is empty.
    void setResponse(
        const QString& path, int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    // 200 with this content type and no Content-Length, then body bytes until the client closes, maxBytes are
    // sent (then the server closes) or timeoutMs pass (then it aborts).
    void setEndless(const QString& path, const QByteArray& contentType = "application/octet-stream",
        qint64 maxBytes = kDefaultEndlessLimit, int timeoutMs = 120000);
    // Exactly these bytes, then close: no HTTP at all, or a hand-made malformed answer.
    void setRaw(const QString& path, const QByteArray& bytes);
    // These bytes (a whole answer), 16 at a time, one piece every intervalMs (a slow link); the connection
    // stays open afterwards until the client closes it.
    void setTrickle(const QString& path, const QByteArray& bytes, int intervalMs);
    // Closes the connection without answering.
    void setClose(const QString& path);
    // Never answers; the connection stays open until the client closes it or the server is destroyed.
    void setSilent(const QString& path);

    // Safe to call from any thread.
    QList<Request> requests() const;
    int requestCount() const;
    void clearRequests();
    // Body bytes written by endless answers so far.
    qint64 endlessBytesSent() const;

signals:
    void requestReceived(const QByteArray& target);

private:
    enum class Kind
    {
        Fixed,
        Endless,
        Raw,
        Trickle,
        Close,
        Silent
    };
    struct Behaviour
    {
        Kind kind = Kind::Fixed;
        Response response;
        QByteArray raw;
        qint64 maxBytes = 0;
        int timeoutMs = 0;
        int intervalMs = 0;
    };
    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
        qint64 endlessSent = 0;
        qint64 endlessLimit = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);
    void writeFixed(QTcpSocket* socket, const Response& response);
    void pumpEndless(QTcpSocket* socket);
    const Behaviour* behaviourFor(const QString& path) const;

    QTcpServer m_server;
    QMap<QString, Behaviour> m_behaviours;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
    mutable QMutex m_mutex; // guards m_requests and m_endlessBytes
    QList<Request> m_requests;
    qint64 m_endlessBytes = 0;
};
