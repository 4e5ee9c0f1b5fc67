#pragma once

#include "ProcessFixture.h"

#include <QStringList>
#include <QTemporaryDir>

// A real squid proxy on 127.0.0.1 for tests, configured per test: Basic authentication, denied domains,
// names it resolves from its own hosts file (no DNS), and optionally TLS inspection (ssl-bump) with a given CA
// that also strips the WebSocket Upgrade header, as inspecting proxies do.
class SquidFixture final : public ProcessFixture
{
public:
    struct Options
    {
        QString user; // non-empty: Basic authentication required
        QString password;
        QStringList deniedDomains;
        QStringList hostNames; // resolved to 127.0.0.1 by squid itself
        bool inspectTls = false; // ssl-bump every CONNECT with inspectionCa
        QString inspectionCaCertPath;
        QString inspectionCaKeyPath;
        QString upstreamCaPath; // what squid trusts when it connects onward
        bool stripUpgrade = false;
        bool listenOnIpv6 = false; // listen on [::1] instead of 127.0.0.1
    };

    bool start(const Options& options);
    quint16 port() const { return m_port; }
    QString url() const
    {
        return (m_ipv6 ? QStringLiteral("http://[::1]:%1") : QStringLiteral("http://127.0.0.1:%1")).arg(m_port);
    }
    QString accessLog() const;

private:
    bool writeConfig(const Options& options);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_ipv6 = false;
};
