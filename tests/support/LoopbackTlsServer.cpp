#include "LoopbackTlsServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <memory>

LoopbackTlsServer::LoopbackTlsServer(Behaviour behaviour, QObject* parent)
    : QTcpServer(parent)
    , m_behaviour(behaviour)
{
}

LoopbackTlsServer::~LoopbackTlsServer()
{
    close();
}

bool LoopbackTlsServer::setIdentity(const QString& certificatePath, const QString& keyPath)
{
    m_chain = QSslCertificate::fromPath(certificatePath);
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    return !m_chain.isEmpty() && !m_key.isNull();
}

bool LoopbackTlsServer::listenOnLoopback(const QHostAddress& address)
{
    Q_ASSERT(address.isLoopback());
    return listen(address, 0);
}

QByteArray LoopbackTlsServer::dateHeader() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_dateOffset);
    return QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

void LoopbackTlsServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    const bool tls = m_behaviour == Behaviour::TlsHttp || m_behaviour == Behaviour::WebSocketRelay
        || m_behaviour == Behaviour::TlsNoHttp || m_behaviour == Behaviour::TlsCanned;
    QTcpSocket* socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    switch (m_behaviour) {
    case Behaviour::HangUp:
        socket->abort();
        socket->deleteLater();
        return;
    case Behaviour::Silent:
        return;
    case Behaviour::TlsNoHttp:
    case Behaviour::TlsCanned:
    case Behaviour::PlainCanned:
    case Behaviour::PlainHttp:
    case Behaviour::TlsHttp:
    case Behaviour::WebSocketRelay:
        break;
    }
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        answer(socket, *buffer);
    });
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(m_chain);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // a server does not ask clients for certificates
        ssl->setSslConfiguration(configuration);
        ssl->startServerEncryption();
    }
}

void LoopbackTlsServer::answer(QTcpSocket* socket, QByteArray& buffer)
{
    if (m_behaviour == Behaviour::TlsNoHttp)
        return;
    if (m_behaviour == Behaviour::PlainHttp) {
        m_requests << buffer;
        buffer.clear();
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray request = buffer.left(end);
    buffer.clear();
    m_requests << request;
    if (m_behaviour == Behaviour::TlsCanned || m_behaviour == Behaviour::PlainCanned) {
        sendCanned(socket);
        return;
    }

    QByteArray key;
    bool upgrade = false;
    for (const QByteArray& line : request.split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("upgrade:") && lower.contains("websocket"))
            upgrade = true;
        if (lower.startsWith("sec-websocket-key:"))
            key = line.mid(line.indexOf(':') + 1).trimmed();
    }

    QByteArray response;
    if (m_behaviour == Behaviour::WebSocketRelay && upgrade) {
        const QByteArray accept
            = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
                  .toBase64();
        response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: "
            + accept + "\r\nDate: " + dateHeader() + "\r\n\r\n";
    } else if (m_behaviour == Behaviour::WebSocketRelay) {
        const QByteArray body = "This endpoint is only for web-socket requests";
        response = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nDate: " + dateHeader()
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    } else {
        const QByteArray body = "<html><body>Not found</body></html>";
        response = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nDate: " + dateHeader()
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }
    socket->write(response);
    if (!upgrade)
        socket->disconnectFromHost();
}

void LoopbackTlsServer::sendCanned(QTcpSocket* socket)
{
    if (m_trickleMs <= 0) {
        socket->write(m_canned);
        socket->disconnectFromHost();
        return;
    }
    // A slow link: 16 bytes at a time; the timer is the socket's child, so it stops with the connection.
    auto* timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, offset] {
        if (*offset >= m_canned.size()) {
            timer->stop();
            return;
        }
        socket->write(m_canned.mid(*offset, 16));
        *offset += 16;
    });
    timer->start(m_trickleMs);
}
