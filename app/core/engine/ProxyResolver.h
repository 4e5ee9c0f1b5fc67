#pragma once

#include "ProxySetting.h"

#include <QString>

#include <optional>

// The HTTP proxy one connection goes through, with credentials kept apart from what reports show.
struct ProxyRoute
{
    QString host;
    quint16 port = 0;
    QString user;
    QString password;
    ProxyAuthMode authMode = ProxyAuthMode::Auto;

    // An IPv6 literal is bracketed, as in any URL: "http://[::1]:3128".
    QString display() const
    {
        const bool ipv6Literal = host.contains(QLatin1Char(':'));
        return (ipv6Literal ? QStringLiteral("http://[%1]:%2") : QStringLiteral("http://%1:%2")).arg(host).arg(port);
    }
};

// Decides, per target, whether a check goes direct or through which proxy: the user's manual proxy, none,
// or the system configuration (environment on Linux; WinHTTP/IE settings and PAC on Windows).
class ProxyResolver final
{
public:
    explicit ProxyResolver(ProxySetting setting);

    // nullopt = direct. `note` tells why a system proxy was not usable (e.g. SOCKS).
    std::optional<ProxyRoute> routeFor(
        const QString& scheme, const QString& host, quint16 port, QString* note = nullptr) const;
    // What the system would use for the service's https URLs, for display: "http://proxy:8080", or empty for
    // a direct connection (note says why a system proxy was passed over). The Network page and the report both
    // show this, so they cannot disagree. Blocks (PAC, WPAD): call it on a background thread.
    static QString describeSystemProxy(QString* note = nullptr);

private:
    ProxySetting m_setting;
};
