#pragma once

#include <QString>
#include <QStringList>

// Hosts that go direct although a proxy is set, in the syntax of the component the list belongs to: Power
// Automate's and the gateway's .NET settings hold regular expressions matched against "scheme://host[:port]",
// the WinHTTP proxy holds host patterns with '*' wildcards and "<local>".
struct ProxyBypass
{
    enum class Syntax
    {
        DotNet,
        WinHttp,
    };

    Syntax syntax = Syntax::DotNet;
    QStringList entries;
    bool local = false; // .NET's BypassProxyOnLocal: host names without a dot, and loopback, go direct

    bool isEmpty() const { return entries.isEmpty() && !local; }
    // Whether a request to scheme://host:port goes direct; `entry` says which entry matched ("BypassProxyOnLocal" for
    // `local`).
    bool matches(const QString& scheme, const QString& host, quint16 port, QString* entry = nullptr) const;
};
