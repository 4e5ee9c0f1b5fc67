#include "EndpointListCommand.h"

#include "catalog/Allowlist.h"
#include "catalog/CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {
// RFC 4180 field; a leading =, +, -, @, tab or CR would make a spreadsheet run it as a formula, so it is
// prefixed with an apostrophe.
QString csvField(const QString& value)
{
    QString field = value;
    if (!field.isEmpty() && QStringView(u"=+-@\t\r").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString groupLabelOf(const Endpoint& endpoint)
{
    return Allowlist::groupLabel(Allowlist::groupOf(endpoint));
}

// Endpoints in the order of the allowlist groups, then by host, so every format reads the same way.
QList<Endpoint> ordered(const QList<Endpoint>& selection)
{
    const QList<AllowlistGroup> groups = Allowlist::build(selection);
    const auto rank = [&](const Endpoint& endpoint) {
        const AllowlistGroup key = Allowlist::groupOf(endpoint);
        const auto it = std::find_if(groups.cbegin(), groups.cend(),
            [&](const AllowlistGroup& group) { return group.protocol == key.protocol && group.ports == key.ports; });
        return it - groups.cbegin();
    };
    QList<Endpoint> result = selection;
    std::stable_sort(result.begin(), result.end(), [&](const Endpoint& a, const Endpoint& b) {
        const auto ra = rank(a);
        const auto rb = rank(b);
        if (ra != rb)
            return ra < rb;
        return a.host.toLower() < b.host.toLower();
    });
    return result;
}

QJsonArray toJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// The entries that stand for the desktop flows runtime's relays: a wildcard probed at a namespace of Microsoft's
// list. With a region, a run tests that region's namespaces through them instead.
QList<Endpoint> relayEndpoints(const QList<Endpoint>& selection, const RelayNamespaces& relays)
{
    QList<Endpoint> result;
    for (const Endpoint& endpoint : selection) {
        if (endpoint.isWildcard() && relays.regionOf(endpoint.probe))
            result << endpoint;
    }
    return result;
}

QList<quint16> portsOf(const QList<Endpoint>& endpoints)
{
    QList<quint16> ports;
    for (const Endpoint& endpoint : endpoints) {
        for (const quint16 port : endpoint.ports) {
            if (!ports.contains(port))
                ports << port;
        }
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

QStringList hostsOf(const QList<Endpoint>& endpoints)
{
    QStringList hosts;
    for (const Endpoint& endpoint : endpoints) {
        if (!hosts.contains(endpoint.host, Qt::CaseInsensitive))
            hosts << endpoint.host;
    }
    return hosts;
}

QList<Endpoint> withFeature(const QList<Endpoint>& selection, Feature feature)
{
    QList<Endpoint> result;
    for (const Endpoint& endpoint : selection) {
        if (endpoint.features.contains(feature))
            result << endpoint;
    }
    return result;
}

QStringList cloudIds(const QList<Cloud>& clouds)
{
    QStringList ids;
    for (const Cloud cloud : clouds)
        ids << Clouds::id(cloud);
    return ids;
}
} // namespace

EndpointListCommand::EndpointListCommand(const ParsedCommandLine& parsed)
    : m_parsed(parsed)
{
}

int EndpointListCommand::run() const
{
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 2;
    return run(out, err);
}

int EndpointListCommand::run(QIODevice& out, QIODevice& err) const
{
    const RunOptions& options = m_parsed.options;
    QString error;
    const auto catalog = CatalogLoader::loadForRun(options.catalogFile, options.extraCatalogFiles, &error);
    if (!catalog) {
        err.write(QStringLiteral("netready: %1\n").arg(error).toUtf8());
        return 2;
    }
    const QList<Endpoint> selection = ordered(catalog->select(options.cloud, options.features));
    if (m_parsed.outputFormat == QLatin1String("json"))
        out.write(json(*catalog, selection));
    else if (m_parsed.outputFormat == QLatin1String("csv"))
        out.write(csv(selection));
    else
        out.write(text(*catalog, selection));
    return 0;
}

QByteArray EndpointListCommand::text(const Catalog& catalog, const QList<Endpoint>& selection) const
{
    const RunOptions& options = m_parsed.options;
    QStringList features;
    for (const Feature feature : options.features)
        features << Features::displayName(feature);
    QString result
        = tr("Endpoints for %1: %2").arg(Clouds::displayName(options.cloud), features.join(QStringLiteral(", ")))
        + QLatin1Char('\n') + tr("Catalog: %1").arg(catalog.files.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    if (selection.isEmpty())
        return (result + tr("The catalog lists no endpoint for this selection.") + QLatin1Char('\n')).toUtf8();

    result += tr("Allowlist") + QLatin1Char('\n');
    for (const AllowlistGroup& group : Allowlist::build(selection)) {
        result += QStringLiteral("\n  ") + Allowlist::groupLabel(group) + QLatin1Char('\n');
        for (const QString& host : group.hosts)
            result += QStringLiteral("    ") + host + QLatin1Char('\n');
    }

    // Details per host, so everything one host needs reads together.
    QList<Endpoint> byHost = selection;
    std::stable_sort(byHost.begin(), byHost.end(),
        [](const Endpoint& a, const Endpoint& b) { return a.host.toLower() < b.host.toLower(); });
    result += QLatin1Char('\n') + tr("Details") + QLatin1Char('\n');
    QString previousHost;
    for (const Endpoint& endpoint : std::as_const(byHost)) {
        if (endpoint.host.compare(previousHost, Qt::CaseInsensitive) != 0)
            result += QStringLiteral("\n  ") + endpoint.host + QLatin1Char('\n');
        previousHost = endpoint.host;
        QString line = QStringLiteral("    ") + Protocols::id(endpoint.protocol) + QLatin1Char(' ')
            + Allowlist::portRanges(endpoint.ports);
        if (!endpoint.purpose.isEmpty())
            line += QStringLiteral(": ") + endpoint.purpose;
        if (!endpoint.url.isEmpty())
            //: after an endpoint in the list: the URL a check fetches
            line += QLatin1Char(' ') + tr("(URL %1)").arg(endpoint.url);
        if (endpoint.retired)
            //: after an endpoint in the list
            line += QLatin1Char(' ') + tr("(listed by Microsoft, retired by its owner)");
        const QString placeholder = endpoint.placeholder();
        if (!placeholder.isEmpty())
            //: after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is
            line += QLatin1Char(' ') + tr("(a check needs your value for {%1})").arg(placeholder);
        result += line + QLatin1Char('\n');
    }
    result += regionText(selection);
    if (options.features.contains(Feature::CloudFlows))
        result += QLatin1Char('\n') + Allowlist::connectorAdvice() + QLatin1Char('\n');
    result += countsText(selection);
    return result.toUtf8();
}

QString EndpointListCommand::regionText(const QList<Endpoint>& selection) const
{
    const std::shared_ptr<const RelayNamespaces> relays = RelayNamespaces::builtIn();
    const RelayRegion* region = relays->region(m_parsed.options.region);
    if (!region)
        return {};
    const QList<Endpoint> relayEntries = relayEndpoints(selection, *relays);
    QString result = QLatin1Char('\n') + tr("Relay namespaces of the %1 region").arg(region->name) + QLatin1Char('\n');
    if (relayEntries.isEmpty())
        return result + QStringLiteral("\n  ")
            + tr("The selection has no relay check of the desktop flows runtime: the region's namespaces apply to "
                 "desktop flows.")
            + QLatin1Char('\n');
    result += QStringLiteral("\n  ")
        + tr("Allow these instead of %1 (TCP %2); source: %3, %4")
              .arg(hostsOf(relayEntries).join(QStringLiteral(", ")), Allowlist::portRanges(portsOf(relayEntries)),
                  relays->source(), relays->pageDate())
        + QLatin1Char('\n');
    for (const RelayNamespace& relay : region->namespaces)
        result += QStringLiteral("    ") + relay.host
            + (relay.preview ? QLatin1Char(' ') + tr("(preview environments)") : QString()) + QLatin1Char('\n');
    return result;
}

// A line per selected feature with its entries in this cloud, then the whole selection (an entry serving several
// features counts once there).
QString EndpointListCommand::amounts(const QList<Endpoint>& entries)
{
    const qsizetype hosts = hostsOf(entries).size();
    //: %1 a count of endpoints ("12 endpoints"), %2 a count of hosts ("9 hosts")
    return tr("%1, %2").arg(tr("%n endpoints", nullptr, int(entries.size())), tr("%n hosts", nullptr, int(hosts)));
}

QString EndpointListCommand::countsText(const QList<Endpoint>& selection) const
{
    const RunOptions& options = m_parsed.options;
    const QString cloud = Clouds::id(options.cloud);
    QString result = QLatin1Char('\n') + tr("Counts") + QLatin1Char('\n');
    for (const Feature feature : options.features) {
        const QList<Endpoint> entries = withFeature(selection, feature);
        //: %1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts
        result += QStringLiteral("  ") + tr("%1 · %2: %3").arg(cloud, Features::id(feature), amounts(entries))
            + QLatin1Char('\n');
    }
    //: %1 a cloud code (kept as it is), %2 counts of endpoints and hosts
    result += QStringLiteral("  ") + tr("%1 · all selected: %2").arg(cloud, amounts(selection)) + QLatin1Char('\n');
    return result;
}

QByteArray EndpointListCommand::json(const Catalog& catalog, const QList<Endpoint>& selection) const
{
    const RunOptions& options = m_parsed.options;
    QJsonArray groups;
    for (const AllowlistGroup& group : Allowlist::build(selection)) {
        QJsonArray ports;
        for (const quint16 port : group.ports)
            ports << port;
        groups << QJsonObject {{QStringLiteral("label"), Allowlist::groupLabel(group)},
            {QStringLiteral("protocol"),
                group.protocol == Protocol::Crl ? QStringLiteral("revocation") : Protocols::id(group.protocol)},
            {QStringLiteral("ports"), ports}, {QStringLiteral("hosts"), toJson(group.hosts)}};
    }
    QJsonArray endpoints;
    for (const Endpoint& endpoint : selection) {
        QJsonArray ports;
        for (const quint16 port : endpoint.ports)
            ports << port;
        QJsonObject object {{QStringLiteral("id"), endpoint.id}, {QStringLiteral("host"), endpoint.host},
            {QStringLiteral("probe"), endpoint.probeHost()}, {QStringLiteral("ports"), ports},
            {QStringLiteral("protocol"), Protocols::id(endpoint.protocol)},
            {QStringLiteral("clouds"), toJson(cloudIds(endpoint.clouds))},
            {QStringLiteral("features"), toJson(Features::ids(endpoint.features))},
            {QStringLiteral("purpose"), endpoint.purpose}, {QStringLiteral("source"), endpoint.source},
            {QStringLiteral("status"), endpoint.retired ? QStringLiteral("retired") : QStringLiteral("current")}};
        if (!endpoint.url.isEmpty())
            object.insert(QStringLiteral("url"), endpoint.url);
        endpoints << object;
    }
    QJsonObject root {
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("selection"),
            QJsonObject {{QStringLiteral("cloud"), Clouds::id(options.cloud)},
                {QStringLiteral("features"), toJson(Features::ids(options.features))}}},
        {QStringLiteral("catalogFiles"), toJson(catalog.files)},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("endpoints"), endpoints},
    };
    if (options.features.contains(Feature::CloudFlows))
        root.insert(QStringLiteral("connectorAdvice"), Allowlist::connectorAdvice());

    QJsonObject byFeature;
    for (const Feature feature : options.features) {
        const QList<Endpoint> entries = withFeature(selection, feature);
        byFeature.insert(Features::id(feature),
            QJsonObject {{QStringLiteral("endpoints"), int(entries.size())},
                {QStringLiteral("hosts"), int(hostsOf(entries).size())}});
    }
    root.insert(QStringLiteral("counts"),
        QJsonObject {{QStringLiteral("cloud"), Clouds::id(options.cloud)},
            {QStringLiteral("endpoints"), int(selection.size())},
            {QStringLiteral("hosts"), int(hostsOf(selection).size())}, {QStringLiteral("byFeature"), byFeature}});

    const std::shared_ptr<const RelayNamespaces> relays = RelayNamespaces::builtIn();
    if (const RelayRegion* region = relays->region(options.region)) {
        const QList<Endpoint> relayEntries = relayEndpoints(selection, *relays);
        QJsonArray namespaces;
        for (const RelayNamespace& relay : region->namespaces)
            namespaces << QJsonObject {
                {QStringLiteral("host"), relay.host}, {QStringLiteral("preview"), relay.preview}};
        QJsonArray ports;
        for (const quint16 port : portsOf(relayEntries))
            ports << port;
        root.insert(QStringLiteral("region"),
            QJsonObject {{QStringLiteral("name"), region->name}, {QStringLiteral("source"), relays->source()},
                {QStringLiteral("pageDate"), relays->pageDate()},
                {QStringLiteral("replaces"), toJson(hostsOf(relayEntries))}, {QStringLiteral("ports"), ports},
                {QStringLiteral("namespaces"), namespaces}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray EndpointListCommand::csv(const QList<Endpoint>& selection) const
{
    const QStringList header = {QStringLiteral("group"), QStringLiteral("host"), QStringLiteral("ports"),
        QStringLiteral("protocol"), QStringLiteral("purpose"), QStringLiteral("status"), QStringLiteral("probe"),
        QStringLiteral("id"), QStringLiteral("source")};
    QString result = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Endpoint& endpoint : selection) {
        const QStringList fields = {groupLabelOf(endpoint), endpoint.host, Allowlist::portRanges(endpoint.ports),
            Protocols::id(endpoint.protocol), endpoint.purpose,
            endpoint.retired ? QStringLiteral("retired") : QStringLiteral("current"), endpoint.probeHost(), endpoint.id,
            endpoint.source};
        QStringList escaped;
        for (const QString& field : fields)
            escaped << csvField(field);
        result += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    // A region's namespaces as rows of their own, with the ports of the entries they stand in for.
    const std::shared_ptr<const RelayNamespaces> relays = RelayNamespaces::builtIn();
    const RelayRegion* region = relays->region(m_parsed.options.region);
    const QList<Endpoint> relayEntries = region ? relayEndpoints(selection, *relays) : QList<Endpoint>();
    if (!relayEntries.isEmpty()) {
        const Endpoint& first = relayEntries.constFirst();
        for (const RelayNamespace& relay : region->namespaces) {
            const QStringList fields = {tr("Relay namespaces of the %1 region").arg(region->name), relay.host,
                Allowlist::portRanges(portsOf(relayEntries)), Protocols::id(first.protocol),
                relay.preview ? tr("(preview environments)") : QString(), QStringLiteral("current"), relay.host,
                first.id, relays->source()};
            QStringList escaped;
            for (const QString& field : fields)
                escaped << csvField(field);
            result += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return result.toUtf8();
}
