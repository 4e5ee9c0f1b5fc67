#include "HttpMessages.h"

#include "Protocol.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QUrl>

namespace {
const QByteArray kUserAgent = QByteArrayLiteral("User-Agent: netready/" NETREADY_VERSION "\r\n");
}

QByteArray HttpMessages::hostForHeader(const QString& host)
{
    // An IPv6 literal needs brackets in an authority (RFC 9110 4.2.2 / RFC 3986 3.2.2); names go in ASCII form.
    const QHostAddress literal(host);
    if (!literal.isNull() && literal.protocol() == QAbstractSocket::IPv6Protocol)
        return '[' + literal.toString().toLatin1() + ']';
    const QByteArray ascii = QUrl::toAce(host);
    return ascii.isEmpty() ? host.toUtf8() : ascii;
}

QByteArray HttpMessages::proxyAuthorization(const QString& user, const QString& password)
{
    if (user.isEmpty())
        return {};
    return "Proxy-Authorization: Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64() + "\r\n";
}

QByteArray HttpMessages::connect(
    const QString& host, quint16 port, const QString& proxyUser, const QString& proxyPassword)
{
    const QByteArray authority = hostForHeader(host) + ':' + QByteArray::number(port);
    return "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n" + kUserAgent
        + "Proxy-Connection: keep-alive\r\n" + proxyAuthorization(proxyUser, proxyPassword) + "\r\n";
}

QByteArray HttpMessages::hostHeaderValue(const QString& host, quint16 port)
{
    const bool implied = Protocols::isDefaultPort(u"http", port) || Protocols::isDefaultPort(u"https", port);
    return hostForHeader(host) + (implied ? QByteArray() : ':' + QByteArray::number(port));
}

QByteArray HttpMessages::request(const HttpRequestSpec& spec)
{
    QByteArray target = spec.target.isEmpty() ? QByteArray("/") : spec.target;
    const bool absolute = !spec.absoluteHost.isEmpty();
    if (absolute) {
        const QByteArray port = Protocols::isDefaultPort(u"http", spec.absolutePort)
            ? QByteArray()
            : ':' + QByteArray::number(spec.absolutePort);
        target = "http://" + hostForHeader(spec.absoluteHost) + port + target;
    }
    const QByteArray host = hostHeaderValue(spec.host, spec.port);

    QByteArray request
        = spec.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + kUserAgent + "Accept: */*\r\n";
    if (absolute)
        request += proxyAuthorization(spec.proxyUser, spec.proxyPassword);
    if (!spec.webSocketKey.isEmpty())
        return request
            + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Key: "
            + spec.webSocketKey + "\r\n\r\n";
    if (!spec.body.isEmpty())
        request += "Content-Type: " + spec.contentType + "\r\nContent-Length: " + QByteArray::number(spec.body.size())
            + "\r\n";
    return request + "Connection: close\r\n\r\n" + spec.body;
}

QByteArray HttpMessages::webSocketAccept(const QByteArray& key)
{
    return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
        .toBase64();
}
