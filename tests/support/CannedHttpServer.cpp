#include "CannedHttpServer.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {
constexpr qsizetype kMaxHeadSize = 64 * 1024;
constexpr qint64 kMaxBodySize = 32 * 1024 * 1024;
constexpr qsizetype kEndlessChunk = 64 * 1024;
constexpr qint64 kEndlessBacklog = 256 * 1024;

QString pathOf(const QByteArray& target)
{
    QByteArray rest = target;
    if (const qsizetype scheme = rest.indexOf("://"); scheme > 0 && !rest.startsWith('/')) {
        const qsizetype slash = rest.indexOf('/', scheme + 3);
        rest = slash < 0 ? QByteArray("/") : rest.mid(slash);
    }
    if (const qsizetype query = rest.indexOf('?'); query >= 0)
        rest.truncate(query);
    if (const qsizetype fragment = rest.indexOf('#'); fragment >= 0)
        rest.truncate(fragment);
    return QString::fromLatin1(rest);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 407:
        return "Proxy Authentication Required";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    }
    return "Canned Status";
}

bool hasHeader(const CannedHttpServer::Headers& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Parses the request head ending at headEnd; false when it is not HTTP.
bool parseHead(const QByteArray& head, CannedHttpServer::Request* request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
        return false;
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->version = requestLine.at(2);
    request->path = pathOf(request->target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}
} // namespace

QByteArray CannedHttpServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

CannedHttpServer::CannedHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

CannedHttpServer::~CannedHttpServer()
{
    m_server.close();
    const QList<QTcpSocket*> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        delete socket;
    }
}

bool CannedHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 CannedHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl CannedHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void CannedHttpServer::setResponse(const QString& path, const Response& response)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Fixed;
    behaviour.response = response;
    m_behaviours.insert(path, behaviour);
}

void CannedHttpServer::setResponse(
    const QString& path, int status, const QByteArray& body, const QByteArray& contentType)
{
    Response response;
    response.status = status;
    response.reason = reasonPhrase(status);
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", contentType});
    response.body = body;
    setResponse(path, response);
}

void CannedHttpServer::setEndless(const QString& path, const QByteArray& contentType, qint64 maxBytes, int timeoutMs)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Endless;
    behaviour.response.headers.append({"Content-Type", contentType});
    behaviour.maxBytes = std::clamp<qint64>(maxBytes, 1, kDefaultEndlessLimit * 4);
    behaviour.timeoutMs = std::max(1, timeoutMs);
    m_behaviours.insert(path, behaviour);
}

void CannedHttpServer::setRaw(const QString& path, const QByteArray& bytes)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Raw;
    behaviour.raw = bytes;
    m_behaviours.insert(path, behaviour);
}

void CannedHttpServer::setTrickle(const QString& path, const QByteArray& bytes, int intervalMs)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Trickle;
    behaviour.raw = bytes;
    behaviour.intervalMs = std::max(1, intervalMs);
    m_behaviours.insert(path, behaviour);
}

void CannedHttpServer::setClose(const QString& path)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Close;
    m_behaviours.insert(path, behaviour);
}

void CannedHttpServer::setSilent(const QString& path)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Silent;
    m_behaviours.insert(path, behaviour);
}

QList<CannedHttpServer::Request> CannedHttpServer::requests() const
{
    const QMutexLocker locker(&m_mutex);
    return m_requests;
}

int CannedHttpServer::requestCount() const
{
    const QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_requests.size());
}

void CannedHttpServer::clearRequests()
{
    const QMutexLocker locker(&m_mutex);
    m_requests.clear();
}

qint64 CannedHttpServer::endlessBytesSent() const
{
    const QMutexLocker locker(&m_mutex);
    return m_endlessBytes;
}

const CannedHttpServer::Behaviour* CannedHttpServer::behaviourFor(const QString& path) const
{
    if (const auto exact = m_behaviours.constFind(path); exact != m_behaviours.cend())
        return &exact.value();
    const Behaviour* best = nullptr;
    qsizetype bestLength = -1;
    for (auto it = m_behaviours.cbegin(); it != m_behaviours.cend(); ++it) {
        const QString& pattern = it.key();
        if (!pattern.endsWith(QLatin1Char('*')))
            continue;
        const QString prefix = pattern.chopped(1);
        if (path.startsWith(prefix) && prefix.size() > bestLength) {
            best = &it.value();
            bestLength = prefix.size();
        }
    }
    return best;
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpEndless(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void CannedHttpServer::onReadyRead(QTcpSocket* socket)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    if (!connection)
        return;
    if (connection->answered) {
        socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    connection->buffer += socket->readAll();
    const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (connection->buffer.size() > kMaxHeadSize) {
            connection->answered = true;
            writeFixed(socket, Response {431, "Request Header Fields Too Large", {}, {}});
        }
        return;
    }
    Request request;
    if (!parseHead(connection->buffer.left(headEnd), &request)) {
        connection->answered = true;
        writeFixed(socket, Response {400, "Bad Request", {}, {}});
        return;
    }
    const QByteArray lengthHeader = request.header("Content-Length");
    bool lengthOk = true;
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > kMaxBodySize) {
        connection->answered = true;
        writeFixed(socket, Response {413, "Content Too Large", {}, {}});
        return;
    }
    const qint64 bodyStart = headEnd + 4;
    if (connection->buffer.size() - bodyStart < length)
        return; // wait for the rest of the body
    request.body = connection->buffer.mid(bodyStart, length);
    connection->answered = true;
    connection->buffer.clear();
    {
        const QMutexLocker locker(&m_mutex);
        m_requests.append(request);
    }
    emit requestReceived(request.target);
    respond(socket, request);
}

void CannedHttpServer::respond(QTcpSocket* socket, const Request& request)
{
    const Behaviour* behaviour = behaviourFor(request.path);
    if (!behaviour) {
        writeFixed(socket, Response {404, "Not Found", {{"Content-Type", "text/plain"}}, "no such path\n"});
        return;
    }
    switch (behaviour->kind) {
    case Kind::Fixed:
        writeFixed(socket, behaviour->response);
        return;
    case Kind::Raw:
        socket->write(behaviour->raw);
        socket->disconnectFromHost();
        return;
    case Kind::Trickle: {
        // The timer is the socket's child: it ends with the connection.
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, bytes = behaviour->raw] {
            if (*sent >= bytes.size()) {
                timer->stop();
                return;
            }
            socket->write(bytes.mid(*sent, 16));
            *sent += 16;
        });
        timer->start(behaviour->intervalMs);
        return;
    }
    case Kind::Close:
        socket->disconnectFromHost();
        return;
    case Kind::Silent:
        return;
    case Kind::Endless: {
        QByteArray head = "HTTP/1.1 200 OK\r\nConnection: close\r\n";
        for (const auto& [name, value] : behaviour->response.headers)
            head += name + ": " + value + "\r\n";
        socket->write(head + "\r\n");
        m_connections.value(socket)->endlessLimit = behaviour->maxBytes;
        // The safety net: even a client that never closes is cut off in the end.
        QTimer::singleShot(behaviour->timeoutMs, socket, [socket] { socket->abort(); });
        pumpEndless(socket);
        return;
    }
    }
}

void CannedHttpServer::writeFixed(QTcpSocket* socket, const Response& response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!hasHeader(response.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!hasHeader(response.headers, "Connection"))
        head += "Connection: close\r\n";
    socket->write(head + "\r\n" + response.body);
    socket->disconnectFromHost();
}

void CannedHttpServer::pumpEndless(QTcpSocket* socket)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    if (!connection || connection->endlessLimit <= 0 || socket->state() != QAbstractSocket::ConnectedState)
        return;
    static const QByteArray chunk(kEndlessChunk, 'A');
    while (socket->bytesToWrite() < kEndlessBacklog && connection->endlessSent < connection->endlessLimit) {
        const qint64 size = std::min<qint64>(chunk.size(), connection->endlessLimit - connection->endlessSent);
        socket->write(chunk.constData(), size);
        connection->endlessSent += size;
        const QMutexLocker locker(&m_mutex);
        m_endlessBytes += size;
    }
    if (connection->endlessSent >= connection->endlessLimit) {
        connection->endlessLimit = 0;
        socket->disconnectFromHost();
    }
}
