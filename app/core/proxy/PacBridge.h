#pragma once

#include "PacHost.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <algorithm>

// The script's window on the machine: name lookups (bounded, cached for the script's life), its addresses,
// the clock. Exposed to JavaScript as __pac.
class PacBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacBridge)

public:
    explicit PacBridge(PacHost& host)
        : m_host(host)
    {
    }

    void beginCall() { m_lookups = 0; }

    Q_INVOKABLE QString dnsResolve(const QString& host)
    {
        for (const QHostAddress& address : lookup(host)) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                return address.toString();
        }
        return {};
    }
    Q_INVOKABLE QString dnsResolveEx(const QString& host) { return joinedAddresses(lookup(host)); }
    Q_INVOKABLE QString myIpAddress()
    {
        for (const QHostAddress& address : m_host.localAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                return address.toString();
        }
        return QStringLiteral("127.0.0.1");
    }
    Q_INVOKABLE QString myIpAddressEx() { return joinedAddresses(m_host.localAddresses()); }
    Q_INVOKABLE bool isInNetEx(const QString& address, const QString& prefix)
    {
        const QHostAddress parsed(address);
        const auto subnet = QHostAddress::parseSubnet(prefix);
        return !parsed.isNull() && subnet.second >= 0 && parsed.isInSubnet(subnet);
    }
    // IPv6 before IPv4, each in ascending order, as Microsoft's engine sorts; empty when an entry is no address.
    Q_INVOKABLE QString sortIpAddressList(const QString& list)
    {
        QList<QHostAddress> addresses;
        for (const QString& text : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QHostAddress address(text.trimmed());
            if (address.isNull())
                return {};
            addresses << address;
        }
        if (addresses.isEmpty())
            return {};
        std::stable_sort(addresses.begin(), addresses.end(), [](const QHostAddress& a, const QHostAddress& b) {
            const bool a6 = a.protocol() == QAbstractSocket::IPv6Protocol;
            const bool b6 = b.protocol() == QAbstractSocket::IPv6Protocol;
            if (a6 != b6)
                return a6;
            const Q_IPV6ADDR x = a.toIPv6Address();
            const Q_IPV6ADDR y = b.toIPv6Address();
            return std::lexicographical_compare(std::begin(x.c), std::end(x.c), std::begin(y.c), std::end(y.c));
        });
        return joinedAddresses(addresses);
    }
    Q_INVOKABLE double now() { return double(m_host.now().toMSecsSinceEpoch()); }

private:
    // Lookups one answer may make: a script that resolves in a loop still ends.
    static constexpr int kLookupsPerCall = 32;

    static QString joinedAddresses(const QList<QHostAddress>& addresses)
    {
        QStringList texts;
        for (const QHostAddress& address : addresses)
            texts << address.toString();
        return texts.join(QLatin1Char(';'));
    }

    QList<QHostAddress> lookup(const QString& host)
    {
        const QString key = host.toLower();
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        if (++m_lookups > kLookupsPerCall)
            return {};
        QList<QHostAddress> addresses = m_host.resolve(host);
        m_cache.insert(key, addresses);
        return addresses;
    }

    PacHost& m_host;
    QHash<QString, QList<QHostAddress>> m_cache;
    int m_lookups = 0;
};
