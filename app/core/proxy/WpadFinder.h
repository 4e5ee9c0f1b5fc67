#pragma once

#include "RunReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <functional>

// Looks for a WPAD script the way clients discover one: the host wpad.<domain> for each of the machine's DNS
// search domains and their parents (down to two labels, as Windows devolves them); on Windows through WinHTTP,
// which asks DHCP (option 252) first. Information for the report only: a run never uses what it finds.
class WpadFinder final
{
    Q_DECLARE_TR_FUNCTIONS(WpadFinder)

public:
    using Resolve = std::function<QList<QHostAddress>(const QString& host)>;

    // The search list of a resolv.conf: its last "search" or "domain" line wins, as in glibc.
    static QStringList searchDomains(const QByteArray& resolvConf);
    // wpad.<domain> for every domain and its parents with at least two labels, each name once, in order.
    static QStringList candidates(const QStringList& domains);
    // Asks each candidate in order; the first that resolves is where the script would be.
    static WpadDiscovery lookUp(const QStringList& domains, const Resolve& resolve);
    // This machine's discovery (blocks: DNS, and on Windows DHCP).
    static WpadDiscovery discover();
};
