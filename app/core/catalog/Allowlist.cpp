#include "Allowlist.h"

#include <algorithm>

namespace {
// Revocation is one group whatever the message format: the firewall sees HTTP to port 80 either way.
Protocol groupProtocol(Protocol protocol)
{
    return protocol == Protocol::Ocsp ? Protocol::Crl : protocol;
}

int protocolRank(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Https:
        return 0;
    case Protocol::Wss:
        return 1;
    case Protocol::Tcp:
        return 2;
    case Protocol::Http:
        return 3;
    case Protocol::Crl:
    case Protocol::Ocsp:
        return 4;
    case Protocol::Clock:
    case Protocol::Settings:
        break;
    }
    return 5;
}
} // namespace

AllowlistGroup Allowlist::groupOf(const Endpoint& endpoint)
{
    AllowlistGroup group {groupProtocol(endpoint.protocol), endpoint.ports, {}};
    std::sort(group.ports.begin(), group.ports.end());
    return group;
}

QList<AllowlistGroup> Allowlist::build(const QList<Endpoint>& endpoints)
{
    QList<AllowlistGroup> groups;
    for (const Endpoint& endpoint : endpoints) {
        if (endpoint.protocol == Protocol::Clock || endpoint.protocol == Protocol::Settings)
            continue;
        const AllowlistGroup key = groupOf(endpoint);
        auto group = std::find_if(groups.begin(), groups.end(),
            [&](const AllowlistGroup& g) { return g.protocol == key.protocol && g.ports == key.ports; });
        if (group == groups.end()) {
            groups.append(key);
            group = groups.end() - 1;
        }
        const QString host = endpoint.host.toLower();
        if (!group->hosts.contains(host))
            group->hosts << host;
    }
    for (AllowlistGroup& group : groups)
        std::sort(group.hosts.begin(), group.hosts.end());
    std::stable_sort(groups.begin(), groups.end(), [](const AllowlistGroup& a, const AllowlistGroup& b) {
        if (protocolRank(a.protocol) != protocolRank(b.protocol))
            return protocolRank(a.protocol) < protocolRank(b.protocol);
        return a.ports < b.ports;
    });
    return groups;
}

QString Allowlist::portRanges(const QList<quint16>& ports)
{
    QList<quint16> sorted = ports;
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(sorted.at(i))
                         : QString::number(sorted.at(i)) + QLatin1Char('-') + QString::number(sorted.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString Allowlist::groupLabel(const AllowlistGroup& group)
{
    QString ports = portRanges(group.ports);
    switch (group.protocol) {
    case Protocol::Https:
        return tr("HTTPS (TCP %1)").arg(ports);
    case Protocol::Wss:
        return tr("HTTPS with WebSocket upgrade (TCP %1)").arg(ports);
    case Protocol::Tcp:
        return tr("TCP %1").arg(ports);
    case Protocol::Http:
        return tr("HTTP (TCP %1)").arg(ports);
    case Protocol::Crl:
    case Protocol::Ocsp:
        return tr("HTTP %1 (certificate revocation)").arg(ports);
    case Protocol::Clock:
    case Protocol::Settings:
        break;
    }
    return ports;
}

QString Allowlist::connectorAdvice()
{
    return tr("Cloud flows call your services from Azure, not from this machine: to let connectors reach services "
              "behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and "
              "HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.");
}
