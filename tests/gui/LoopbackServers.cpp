#include "LoopbackServers.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QTcpServer* listen(QObject* owner)
{
    auto* server = new QTcpServer(owner);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

// Keeps accepted sockets open and silent until the client goes.
void keepSilent(QTcpServer* server)
{
    QObject::connect(server, &QTcpServer::newConnection, server, [server] {
        while (QTcpSocket* socket = server->nextPendingConnection())
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
}

// Answers every request with a small 200 and closes.
void answerHttp(QTcpServer* server)
{
    QObject::connect(server, &QTcpServer::newConnection, server, [server] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                              "Date: "
                    + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1()
                    + "\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        }
    });
}
} // namespace

LoopbackServers::LoopbackServers() = default;

LoopbackServers::~LoopbackServers()
{
    if (m_owner)
        QMetaObject::invokeMethod(m_owner, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

bool LoopbackServers::start()
{
    m_thread.setObjectName(QStringLiteral("loopback-servers"));
    m_thread.start();
    m_owner = new QObject;
    m_owner->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_owner,
        [this, &ok] {
            QTcpServer* accepting = listen(m_owner);
            QTcpServer* http = listen(m_owner);
            QTcpServer* silent = listen(m_owner);
            // A port that was just free and has nothing listening: connections to it are refused.
            QTcpServer probe;
            if (!accepting || !http || !silent || !probe.listen(QHostAddress::LocalHost, 0))
                return;
            m_closedPort = probe.serverPort();
            probe.close();
            keepSilent(accepting);
            keepSilent(silent);
            answerHttp(http);
            m_acceptPort = accepting->serverPort();
            m_httpPort = http->serverPort();
            m_silentPort = silent->serverPort();
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}
