#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// How an endpoint is spoken to, which decides the phases of its check.
enum class Protocol
{
    Https, // TCP, TLS, one HTTP request
    Http, // TCP, one plain HTTP request
    Tcp, // TCP connect only (AMQP, relay ports)
    Wss, // TCP, TLS, HTTP/1.1 WebSocket upgrade
    Crl, // HTTP download of a certificate revocation list
    Ocsp, // OCSP request to a responder
    Clock, // not an endpoint: the local clock compared with servers' Date headers
    Settings, // not an endpoint: this machine's configuration (Power Automate's proxy settings)
};

namespace Protocols {
QString id(Protocol protocol);
std::optional<Protocol> fromId(QStringView id); // catalog protocols only (not "clock")
bool usesTls(Protocol protocol);
// The port a URL of this scheme means when it names none: "http" 80, "https" 443 (exact, lower case); none else.
std::optional<quint16> defaultPort(QStringView scheme);
// True when the port is the scheme's default, so an authority leaves it out.
bool isDefaultPort(QStringView scheme, quint16 port);
} // namespace Protocols
