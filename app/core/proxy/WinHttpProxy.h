#pragma once

#include <QString>
#include <QStringList>

// The machine's WinHTTP proxy (`netsh winhttp show proxy`): what Windows services without proxy settings of
// their own go through, unlike the signed-in user's WinINET/IE settings.
struct WinHttpProxy
{
    QString proxyList; // as WinHTTP keeps it: "host:port" or "http=host:port;https=host:port"
    QStringList bypass; // "<local>", "*.corp.example", …

    bool isDirect() const { return proxyList.trimmed().isEmpty(); }
    // The proxy for https URLs as http://host:port, the way WinHTTP picks it from the list: the https= entry,
    // else an entry without a scheme; empty when it goes direct.
    QString httpsProxy() const;
    // From the two strings WinHttpGetDefaultProxyConfiguration returns (bypass separated by ';' or spaces).
    static WinHttpProxy fromStrings(const QString& proxyList, const QString& bypassList);
};
