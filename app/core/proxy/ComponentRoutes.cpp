#include "ComponentRoutes.h"

#include "ComponentProxyResolver.h"
#include "engine/Remedies.h"

#include <QSysInfo>

using Component = ComponentProxy::Component;
using Route = ComponentProxy::Route;

namespace {
bool isDesktop(Component component)
{
    return component == Component::SignedInUser || component == Component::DesktopFlowsService
        || component == Component::LogShipper || component == Component::UpdateService;
}

QString routeLine(const ComponentProxy& proxy)
{
    return ComponentRoutes::tr("%1: %2 (from %3)").arg(proxy.componentName(), proxy.routeText(), proxy.sourceText());
}

CheckResult settingsCheck(const QString& id, const QList<Feature>& features)
{
    CheckResult check;
    check.id = id;
    check.endpointId = id;
    check.host = ComponentRoutes::tr("Power Automate's proxy settings");
    check.probe = QSysInfo::machineHostName();
    check.protocol = Protocol::Settings;
    check.features = features;
    return check;
}
} // namespace

std::optional<Component> ComponentRoutes::componentFor(const Endpoint& endpoint, const QList<Feature>& selected)
{
    if (endpoint.features.contains(Feature::Desktop) && selected.contains(Feature::Desktop))
        return Component::DesktopFlowsService;
    if (endpoint.features.contains(Feature::Gateway) && selected.contains(Feature::Gateway))
        return Component::GatewayService;
    return std::nullopt;
}

ComponentRoute ComponentRoutes::routeFor(const Endpoint& endpoint, const RunOptions& options)
{
    const auto component = componentFor(endpoint, options.features);
    const ComponentProxies& proxies = options.componentProxies;
    if (!component || proxies.components.isEmpty())
        return {};
    const auto proxy = proxies.find(*component);
    if (!proxy)
        return {};
    ComponentRoute route;
    if (!proxy->runsAsSignedInUser() && proxy->useDefaultCredentials)
        route.serviceAccount = proxy->account();
    if (options.proxy.mode != ProxySetting::Mode::System) {
        route.note = tr("the proxy setting given for this run, not the route of the %1 (%2)")
                         .arg(proxy->componentName(), proxy->routeText());
        return route;
    }
    if (!proxies.read) {
        route.note = tr("the system proxy, standing in for the %1: its own settings were not read")
                         .arg(proxy->componentName());
        return route;
    }
    // "As me" is a choice for desktop flows; the gateway service has no signed-in user to stand for.
    if (options.proxyAs == ProxyAs::Me && *component == Component::DesktopFlowsService) {
        route.note = tr("tested as you (your system proxy), not along the route of the %1: %2")
                         .arg(proxy->componentName(), proxy->routeText());
        return route;
    }
    QString note;
    route.proxy = settingFor(*proxy, &note);
    route.note = tr("the route of the %1").arg(routeLine(*proxy));
    if (!note.isEmpty())
        route.note += QStringLiteral("; ") + note;
    return route;
}

ProxySetting ComponentRoutes::settingFor(const ComponentProxy& component, QString* note)
{
    ProxySetting setting;
    switch (component.route) {
    case Route::Direct:
        setting.mode = ProxySetting::Mode::None;
        return setting;
    case Route::Proxy: {
        QString address = component.proxy.trimmed();
        if (!address.contains(QLatin1String("://")))
            address.prepend(QLatin1String("http://"));
        QString error;
        ProxySetting manual = ProxySetting::fromUrl(address, &error);
        if (error.isEmpty()) {
            manual.bypass.syntax = component.source == ComponentProxy::Source::WinHttp ? ProxyBypass::Syntax::WinHttp
                                                                                       : ProxyBypass::Syntax::DotNet;
            manual.bypass.entries = component.bypass;
            manual.bypass.local = component.bypassOnLocal;
            return manual;
        }
        if (note)
            *note = tr("its proxy '%1' cannot be used (%2); the system proxy stands in").arg(component.proxy, error);
        return setting;
    }
    case Route::Pac: {
        // Evaluated as the component does (WinHTTP on Windows): the first route of the answer, no failover.
        QString error;
        ProxySetting pac = ProxySetting::fromPac(component.pacUrl, &error);
        if (error.isEmpty()) {
            pac.pacFirstRouteOnly = true;
            return pac;
        }
        if (note)
            *note
                = tr("its PAC file '%1' cannot be used (%2); the system proxy stands in").arg(component.pacUrl, error);
        return setting;
    }
    case Route::UserWindows:
        return setting;
    }
    return setting;
}

QList<CheckResult> ComponentRoutes::checks(const ComponentProxies& proxies, const QList<Feature>& selected)
{
    QList<CheckResult> checks;
    if (!proxies.read)
        return checks;
    if (selected.contains(Feature::Desktop)) {
        CheckResult check = settingsCheck(QStringLiteral("proxy-components-agree"), {Feature::Desktop});
        check.purpose = tr("Power Automate for desktop and its services must reach the cloud the same way, or flows "
                           "work while you are signed in and fail when nobody is.");
        for (const ComponentProxy& proxy : proxies.components) {
            if (isDesktop(proxy.component))
                check.evidence << routeLine(proxy);
        }
        const QString mismatch = ComponentProxyResolver::desktopMismatch(proxies.components);
        check.diagnosis = mismatch.isEmpty() ? Diagnosis::Ok : Diagnosis::ProxyComponentsDiffer;
        check.detail
            = mismatch.isEmpty() ? tr("Power Automate for desktop and its services take the same route") : mismatch;
        check.remedy = Remedies::forResult(check);
        checks << check;
    }
    if (selected.contains(Feature::Gateway)) {
        CheckResult check = settingsCheck(QStringLiteral("proxy-gateway-components-agree"), {Feature::Gateway});
        check.purpose = tr("The gateway's service, its configurator and its mashup engine must reach the cloud the "
                           "same way, or the gateway registers while you configure it and goes offline as a "
                           "service.");
        int found = 0;
        for (const ComponentProxy& proxy : proxies.components) {
            if (!isDesktop(proxy.component)) {
                check.evidence << routeLine(proxy);
                found += proxy.source == ComponentProxy::Source::GatewayConfigFile ? 1 : 0;
            }
        }
        const QString mismatch = ComponentProxyResolver::gatewayMismatch(proxies.components);
        check.diagnosis = mismatch.isEmpty() ? Diagnosis::Ok : Diagnosis::ProxyComponentsDiffer;
        if (!mismatch.isEmpty())
            check.detail = mismatch;
        else if (found == 0)
            check.detail = tr("The gateway's configuration files were not found (it is not installed here): its "
                              "service will take the machine's route");
        else
            check.detail = tr("The gateway's components take the same route");
        check.remedy = Remedies::forResult(check);
        checks << check;
    }
    CheckResult rejected = settingsCheck(QStringLiteral("proxy-settings-valid"), {});
    rejected.purpose = tr("Power Automate ignores proxy settings it cannot parse and connects another way.");
    QStringList problems;
    for (const ComponentProxy& proxy : proxies.components) {
        const Feature feature = isDesktop(proxy.component) ? Feature::Desktop : Feature::Gateway;
        if (!selected.contains(feature))
            continue;
        if (!rejected.features.contains(feature))
            rejected.features << feature;
        for (const QString& problem : proxy.problems) {
            if (!problems.contains(problem))
                problems << problem;
        }
    }
    if (rejected.features.isEmpty())
        return checks;
    rejected.evidence = problems;
    rejected.diagnosis = problems.isEmpty() ? Diagnosis::Ok : Diagnosis::ProxySettingsRejected;
    rejected.detail = problems.isEmpty() ? tr("Power Automate would accept every proxy setting found")
                                         : problems.join(QStringLiteral("; "));
    rejected.remedy = Remedies::forResult(rejected);
    checks << rejected;
    return checks;
}
