#pragma once

#include <QByteArray>
#include <QString>

// One HTTP/1.1 request as a check sends it: to the service, or in absolute form to a proxy.
struct HttpRequestSpec
{
    QByteArray method = "GET";
    QByteArray target = "/"; // origin form, already percent-encoded
    QString host; // for the Host header: the name the service knows
    quint16 port = 443; // omitted from Host when 80 or 443
    QString absoluteHost; // non-empty: send "http://absoluteHost:absolutePort/target" to a proxy
    quint16 absolutePort = 80;
    QString proxyUser; // with absoluteHost: Basic credentials for the proxy
    QString proxyPassword;
    QByteArray webSocketKey; // non-empty: an HTTP/1.1 WebSocket upgrade
    QByteArray body;
    QByteArray contentType;
};

// The bytes of the requests Netready writes on its raw sockets (it speaks HTTP itself to see exactly what
// proxies and servers answer).
class HttpMessages final
{
public:
    static QByteArray request(const HttpRequestSpec& spec);
    static QByteArray connect(
        const QString& host, quint16 port, const QString& proxyUser, const QString& proxyPassword);
    // The Sec-WebSocket-Accept a server must answer to this key (RFC 6455).
    static QByteArray webSocketAccept(const QByteArray& key);
    // A host as it goes into Host, CONNECT and absolute URIs: IPv6 literals in brackets, names in ASCII.
    static QByteArray hostForHeader(const QString& host);
    // The Host header's value for a service: its name, and the port unless it is 80 or 443 (the ports the
    // endpoints' schemes imply, whatever the scheme of this request).
    static QByteArray hostHeaderValue(const QString& host, quint16 port);

private:
    static QByteArray proxyAuthorization(const QString& user, const QString& password);
};
