#include "Protocol.h"

QString Protocols::id(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Https:
        return QStringLiteral("https");
    case Protocol::Http:
        return QStringLiteral("http");
    case Protocol::Tcp:
        return QStringLiteral("tcp");
    case Protocol::Wss:
        return QStringLiteral("wss");
    case Protocol::Crl:
        return QStringLiteral("crl");
    case Protocol::Ocsp:
        return QStringLiteral("ocsp");
    case Protocol::Clock:
        return QStringLiteral("clock");
    case Protocol::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

std::optional<Protocol> Protocols::fromId(QStringView id)
{
    for (const Protocol p :
        {Protocol::Https, Protocol::Http, Protocol::Tcp, Protocol::Wss, Protocol::Crl, Protocol::Ocsp}) {
        if (Protocols::id(p) == id)
            return p;
    }
    return std::nullopt;
}

bool Protocols::usesTls(Protocol protocol)
{
    return protocol == Protocol::Https || protocol == Protocol::Wss;
}

std::optional<quint16> Protocols::defaultPort(QStringView scheme)
{
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return std::nullopt;
}

bool Protocols::isDefaultPort(QStringView scheme, quint16 port)
{
    return defaultPort(scheme) == port;
}
