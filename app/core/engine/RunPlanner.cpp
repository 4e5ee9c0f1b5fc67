#include "RunPlanner.h"

#include "Remedies.h"
#include "catalog/PlaceholderRules.h"
#include "proxy/ComponentRoutes.h"
#include "proxy/WpadFinder.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
QString howToProvide(const QString& placeholder)
{
    if (placeholder == QLatin1String("dataverse"))
        return RunPlanner::tr("your environment URL (wizard: Features page; command line: --dataverse-url "
                              "https://org.crm.dynamics.com)");
    if (placeholder == QLatin1String("servicebus-namespace"))
        return RunPlanner::tr("a Service Bus namespace of your region (wizard: Features page; command line: "
                              "--servicebus-namespace NAME)");
    return RunPlanner::tr("a concrete host name under it (command line: --input %1=HOST)").arg(placeholder);
}

CheckResult needsInput(const Endpoint& endpoint, quint16 port, const QString& id)
{
    CheckResult result;
    result.id = id;
    result.endpointId = endpoint.id;
    result.host = endpoint.host;
    result.probe = endpoint.probe;
    result.port = port;
    result.protocol = endpoint.protocol;
    result.features = endpoint.features;
    result.purpose = endpoint.purpose;
    result.source = endpoint.source;
    result.retired = endpoint.retired;
    result.diagnosis = Diagnosis::NeedsInput;
    result.detail
        = RunPlanner::tr("%1 cannot be tested without %2").arg(endpoint.host, howToProvide(endpoint.placeholder()));
    result.remedy = Remedies::forResult(result);
    return result;
}

// A probe host and why it was chosen, for the result's detail.
struct ProbeTarget
{
    QString host;
    QString note;
};

// An endpoint whose probe is a namespace of Microsoft's desktop flows list is tested through every namespace of the
// chosen region; without a region its one probe stays, and the detail names the region it belongs to.
QList<ProbeTarget> relayProbes(
    const Endpoint& endpoint, const RelayRegion* chosen, const RelayNamespaces& relays, bool* regionUsed)
{
    const RelayRegion* home = relays.regionOf(endpoint.probe);
    if (!home || !endpoint.isWildcard())
        return {{endpoint.probeHost(), {}}};
    if (!chosen)
        return {{endpoint.probeHost(),
            RunPlanner::tr("a namespace of the %1 region of Microsoft's list for the desktop flows runtime; "
                           "--region or the wizard's region choice tests every namespace of a region")
                .arg(home->name)}};
    *regionUsed = true;
    QList<ProbeTarget> probes;
    for (const RelayNamespace& relay : chosen->namespaces) {
        probes << ProbeTarget {relay.host,
            relay.preview ? RunPlanner::tr("a preview namespace of the %1 region").arg(chosen->name)
                          : RunPlanner::tr("a namespace of the %1 region").arg(chosen->name)};
    }
    return probes;
}
} // namespace

RunPlan RunPlanner::plan(const Catalog& catalog, const RunOptions& options)
{
    return plan(catalog, options, *RelayNamespaces::builtIn());
}

RunPlan RunPlanner::plan(const Catalog& catalog, const RunOptions& options, const RelayNamespaces& relays)
{
    RunPlan plan;
    plan.jobs = options.jobs;
    plan.checkChainRevocation = options.checkChainRevocation;
    plan.endpoints = catalog.select(options.cloud, options.features);

    RunSettings& settings = plan.settings;
    settings.cloud = options.cloud;
    settings.features = options.features;
    settings.proxyMode = options.proxy.modeId();
    // The system's proxy is looked up by the engine off the caller's thread (PAC scripts can be slow).
    settings.proxyUsed = options.proxy.mode == ProxySetting::Mode::Manual ? options.proxy.displayUrl() : QString();
    settings.pacUrl = options.proxy.pacDisplay();
    settings.proxyAs = ProxyAsIds::id(options.proxyAs);
    settings.componentProxies = options.componentProxies;
    settings.catalogs = catalog.files.isEmpty() ? QStringList {QStringLiteral("built-in")} : catalog.files;
    settings.catalogDate = catalog.date.toString(Qt::ISODate);
    settings.timeoutSeconds = options.timeoutSeconds;
    settings.jobs = options.jobs;
    settings.checkChainRevocation = options.checkChainRevocation;
    settings.labels = options.labels;
    // The list is the public cloud's; the command line and the wizard offer regions only there.
    const RelayRegion* region
        = options.cloud == Cloud::Public && !options.region.isEmpty() ? relays.region(options.region) : nullptr;
    bool regionUsed = false;

    ProbeSettings& probe = plan.probe;
    probe.proxy = options.proxy;
    probe.connectTo = options.connectTo;
    probe.extraCaCertificates = options.extraCaCertificates;
    probe.expectedRoots = catalog.expectedRoots;
    probe.timeoutMs = options.timeoutSeconds * 1000;

    for (const Endpoint& endpoint : std::as_const(plan.endpoints)) {
        QList<quint16> ports = endpoint.ports;
        QList<ProbeTarget> probes;
        if (endpoint.protocol == Protocol::Crl || endpoint.protocol == Protocol::Ocsp) {
            const QUrl url(endpoint.url);
            probes = {{url.host(), {}}};
            ports = {quint16(url.port(80))};
        } else if (const QString placeholder = endpoint.placeholder(); !placeholder.isEmpty()) {
            // A value fills only the wildcards it lies below: a GCC High environment never shows under *.dynamics.com.
            for (const QString& host : PlaceholderRules::fittingHosts(endpoint, options.inputs.value(placeholder)))
                probes << ProbeTarget {host, {}};
            if (probes.isEmpty()) {
                for (const quint16 port : std::as_const(ports))
                    plan.unresolved << needsInput(endpoint, port,
                        ports.size() > 1 ? QStringLiteral("%1:%2").arg(endpoint.id).arg(port) : endpoint.id);
                continue;
            }
        } else {
            probes = relayProbes(endpoint, region, relays, &regionUsed);
        }
        const ComponentRoute route = ComponentRoutes::routeFor(endpoint, options);
        for (const ProbeTarget& target : std::as_const(probes)) {
            for (const quint16 port : std::as_const(ports)) {
                CheckRequest request;
                request.id = endpoint.id;
                if (ports.size() > 1)
                    request.id += QStringLiteral(":%1").arg(port);
                if (probes.size() > 1)
                    request.id += QStringLiteral("@%1").arg(target.host);
                request.endpoint = endpoint;
                request.probeHost = target.host;
                request.probeNote = target.note;
                request.port = port;
                request.proxy = route.proxy;
                request.routeNote = route.note;
                request.serviceAccount = route.serviceAccount;
                plan.requests << request;
            }
        }
    }
    plan.unresolved << ComponentRoutes::checks(options.componentProxies, options.features);
    // The report names the region only when its namespaces were tested (e.g. not in a gateway-only run).
    if (regionUsed) {
        settings.region = region->name;
        settings.relayNamespaces = region->namespaces;
    }
    plan.wpadDiscovery = &WpadFinder::discover;
    return plan;
}
