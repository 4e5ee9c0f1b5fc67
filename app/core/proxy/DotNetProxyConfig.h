#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The .NET <defaultProxy> element as Power Automate's *.Proxy.config files and the data gateway's
// *.exe.config files hold it (inside <configuration><system.net> or on its own). Attributes keep .NET's
// defaults when absent: enabled, useDefaultCredentials false (the gateway's own files set it true),
// bypassonlocal false, usesystemdefault unspecified.
struct DotNetProxyConfig
{
    bool found = false; // the file has a <defaultProxy> element at all
    bool enabled = true;
    bool useDefaultCredentials = false;
    QString proxyAddress; // <proxy proxyaddress="…">, as written
    QString scriptLocation; // <proxy scriptLocation="…">: a PAC file; beats proxyaddress
    bool bypassOnLocal = false;
    std::optional<bool> useSystemDefault;
    QStringList bypassList; // <bypasslist><add address="…"/>, regular expressions in .NET

    // Parses one configuration file; nullopt and a message naming the line when it is not well-formed XML.
    static std::optional<DotNetProxyConfig> parse(const QByteArray& xml, QString* error);
};
