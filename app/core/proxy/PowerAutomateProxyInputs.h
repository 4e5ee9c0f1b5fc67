#pragma once

#include "WinHttpProxy.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

// Everything on a Windows machine that decides which proxy Power Automate's components use, as read by
// PowerAutomateProxySource: raw values and file contents, so the precedence can be tested anywhere.
struct PowerAutomateProxyInputs
{
    // Values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop by name (ProxyServer, …), from the 64-bit
    // registry view (the one Power Automate reads) and from the 32-bit view (WOW6432Node).
    QMap<QString, QVariant> registry64;
    QMap<QString, QVariant> registry32;
    // Power Automate for desktop's *.Proxy.config files by file name; a missing file is absent.
    QMap<QString, QByteArray> desktopConfigFiles;
    QString desktopInstallDir; // where those files were looked for, for the report
    // The on-premises data gateway's configuration files by path relative to its install folder.
    QMap<QString, QByteArray> gatewayConfigFiles;
    QString gatewayInstallDir;
    std::optional<WinHttpProxy> winHttp; // nullopt when it could not be read
    // The signed-in user's Windows proxy when it is static (a proxy or none); nullopt when it could not be read
    // or when automatic detection or a PAC script decides, which no file can be compared with.
    std::optional<WinHttpProxy> userStatic;
    // When the user's setting is not static: the proxy it gave for Power Automate's portal ("http://host:port",
    // empty for direct), as a route to compare; nullopt when not looked up.
    std::optional<QString> userFound;
};
