#pragma once

#include "ProcessFixture.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// A real squid proxy on 127.0.0.1 for tests, configured per test: Basic, Digest, NTLM or Negotiate
// authentication, denied domains,
// names it resolves from its own hosts file (no DNS), and optionally TLS inspection (ssl-bump) with a given CA
// that also strips the WebSocket Upgrade header, as inspecting proxies do.
class SquidFixture final : public ProcessFixture
{
public:
    // Authentication schemes squid can require, offered in the order given.
    enum class Auth
    {
        Basic, // basic_ncsa_auth: user and password
        Digest, // digest_file_auth: user and password
        Ntlm, // ntlm_fake_auth: checks the exchange, not the password
        Negotiate, // negotiate_kerberos_auth: a keytab for servicePrincipal
    };

    struct Options
    {
        QString user; // non-empty: authentication required (Basic unless auth says otherwise)
        QString password;
        QList<Auth> auth;
        QString keytabPath; // Negotiate
        QString servicePrincipal; // Negotiate, e.g. HTTP/localhost@TEST.REALM
        QProcessEnvironment environment; // for squid and its helpers (KRB5_CONFIG); empty = the test's
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
