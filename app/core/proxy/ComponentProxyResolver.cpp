#include "ComponentProxyResolver.h"

#include "DotNetProxyConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {
using Component = ComponentProxy::Component;
using Route = ComponentProxy::Route;
using Source = ComponentProxy::Source;

const QString kRegistryKey = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Power Automate Desktop");

bool isOne(const QVariant& value)
{
    bool ok = false;
    return value.toInt(&ok) == 1 && ok;
}

// Power Automate takes proxy addresses only as http://host:port.
void checkAddress(ComponentProxy& result, const QString& address, const QString& where)
{
    if (!address.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        result.problems << QCoreApplication::translate(
            "ComponentProxyResolver", "%1: '%2' lacks the http:// prefix, so Power Automate rejects it")
                               .arg(where, address);
}

void checkBypass(ComponentProxy& result, const QStringList& bypass, const QString& where)
{
    for (const QString& entry : bypass) {
        if (entry.startsWith(QLatin1Char('*')))
            result.problems << QCoreApplication::translate(
                "ComponentProxyResolver", "%1: bypass entry '%2' starts with '*', which Power Automate rejects")
                                   .arg(where, entry);
    }
}

QStringList splitList(const QString& list)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    return list.split(separators, Qt::SkipEmptyParts);
}

// No proxy setting of Power Automate's own: the user's Windows settings, or for a service the WinHTTP proxy.
void useWindowsProxy(ComponentProxy& result, const PowerAutomateProxyInputs& inputs, bool windowsProxyDisabled)
{
    if (windowsProxyDisabled) {
        result.route = Route::Direct;
        return;
    }
    if (result.runsAsSignedInUser()) {
        result.source = Source::UserWindowsSettings;
        if (!inputs.userStatic && inputs.userFound) {
            // Automatic detection or a script: the route they found for the portal stands for the user's.
            result.proxy = *inputs.userFound;
            result.route = result.proxy.isEmpty() ? Route::Direct : Route::Proxy;
            result.sourceDetail = QCoreApplication::translate(
                "ComponentProxyResolver", "found by automatic detection or a script for make.powerautomate.com");
            return;
        }
        if (!inputs.userStatic) {
            result.route = Route::UserWindows;
            return;
        }
        // A static setting is a route like any other: the same as the services' one is no mismatch.
        result.proxy = inputs.userStatic->httpsProxy();
        result.route = result.proxy.isEmpty() ? Route::Direct : Route::Proxy;
        result.bypass = inputs.userStatic->bypass;
        return;
    }
    result.source = Source::WinHttp;
    const WinHttpProxy winHttp = inputs.winHttp.value_or(WinHttpProxy {});
    const QString proxy = winHttp.httpsProxy();
    result.route = proxy.isEmpty() ? Route::Direct : Route::Proxy;
    result.proxy = proxy;
    result.bypass = winHttp.bypass;
}

void applyRegistry(ComponentProxy& result, const PowerAutomateProxyInputs& inputs)
{
    const auto& registry = inputs.registry64;
    result.source = Source::Registry;
    result.sourceDetail = kRegistryKey;
    result.bypass = splitList(registry.value(QStringLiteral("ProxyBypassList")).toString());
    result.bypassOnLocal = isOne(registry.value(QStringLiteral("BypassProxyOnLocal")));
    result.useDefaultCredentials = isOne(registry.value(QStringLiteral("UseDefaultProxyCredentials")));
    checkBypass(result, result.bypass, QStringLiteral("ProxyBypassList"));
    const QString server = registry.value(QStringLiteral("ProxyServer")).toString().trimmed();
    if (!server.isEmpty()) {
        result.route = Route::Proxy;
        result.proxy = server;
        checkAddress(result, server, QStringLiteral("ProxyServer"));
        return;
    }
    // The registry still decides: the files are ignored, Windows' proxy applies unless DisableWindowsProxy.
    useWindowsProxy(result, inputs, isOne(registry.value(QStringLiteral("DisableWindowsProxy"))));
}

// Returns false when the file says nothing usable, so the caller falls back to Windows.
bool applyConfigFile(
    ComponentProxy& result, const QByteArray& contents, const QString& path, Source source, bool pacAllowed)
{
    QString error;
    const auto config = DotNetProxyConfig::parse(contents, &error);
    if (!config) {
        result.problems << QCoreApplication::translate(
            "ComponentProxyResolver", "%1 is not valid XML (%2) and is ignored")
                               .arg(path, error);
        return false;
    }
    if (!config->found)
        return false;
    result.source = source;
    result.sourceDetail = path;
    result.useDefaultCredentials = config->useDefaultCredentials;
    result.bypassOnLocal = config->bypassOnLocal;
    result.bypass = config->bypassList;
    checkBypass(result, result.bypass, path);
    if (!config->enabled) {
        result.route = Route::Direct;
        return true;
    }
    if (!config->scriptLocation.isEmpty()) {
        if (pacAllowed) {
            result.route = Route::Pac;
            result.pacUrl = config->scriptLocation;
            return true;
        }
        result.problems << QCoreApplication::translate(
            "ComponentProxyResolver", "%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1")
                               .arg(path);
    }
    if (!config->proxyAddress.isEmpty()) {
        result.route = Route::Proxy;
        result.proxy = config->proxyAddress;
        checkAddress(result, config->proxyAddress, path);
        return true;
    }
    return false;
}

// A Windows path for the report, whichever system the resolver runs on.
QString joinPath(const QString& dir, QString file)
{
    file.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return dir.isEmpty() ? file : dir + QLatin1Char('\\') + file;
}

ComponentProxy desktopComponent(Component component, const PowerAutomateProxyInputs& inputs)
{
    ComponentProxy result;
    result.component = component;
    const auto& names = ComponentProxyResolver::registryValueNames();
    for (const QString& name : names) {
        if (inputs.registry32.contains(name) && !inputs.registry64.contains(name))
            result.problems << QCoreApplication::translate("ComponentProxyResolver",
                "registry value %1 is set only under WOW6432Node (the 32-bit view), where Power "
                "Automate does not read it")
                                   .arg(name);
    }
    const bool registryDecides = std::any_of(names.begin(), names.end(), [&](const QString& name) {
        return name != QLatin1String("EnablePacProxy") && inputs.registry64.contains(name);
    });
    if (registryDecides) {
        applyRegistry(result, inputs);
        return result;
    }
    const QString file = ComponentProxyResolver::configFileName(component);
    const bool pacAllowed = isOne(inputs.registry64.value(QStringLiteral("EnablePacProxy")));
    if (inputs.desktopConfigFiles.contains(file)
        && applyConfigFile(result, inputs.desktopConfigFiles.value(file), joinPath(inputs.desktopInstallDir, file),
            Source::DesktopConfigFile, pacAllowed))
        return result;
    useWindowsProxy(result, inputs, false);
    return result;
}

struct GatewayFile
{
    Component component;
    QString path;
};
} // namespace

const QStringList& ComponentProxyResolver::registryValueNames()
{
    static const QStringList names
        = {QStringLiteral("ProxyServer"), QStringLiteral("ProxyBypassList"), QStringLiteral("BypassProxyOnLocal"),
            QStringLiteral("UseDefaultProxyCredentials"), QStringLiteral("ProxyNetworkCredentialsKey"),
            QStringLiteral("DisableWindowsProxy"), QStringLiteral("EnablePacProxy")};
    return names;
}

ComponentProxy ComponentProxyResolver::withoutOwnSettings(Component component, const PowerAutomateProxyInputs& inputs)
{
    ComponentProxy result;
    result.component = component;
    useWindowsProxy(result, inputs, false);
    return result;
}

QString ComponentProxyResolver::configFileName(Component component)
{
    switch (component) {
    case Component::SignedInUser:
        return QStringLiteral("PAD.Proxy.config");
    case Component::DesktopFlowsService:
        return QStringLiteral("UIFlowService.Proxy.config");
    case Component::LogShipper:
        return QStringLiteral("Microsoft.Flow.RPA.LogShipper.Proxy.config");
    case Component::UpdateService:
        return QStringLiteral("Microsoft.Flow.RPA.UpdateService.Proxy.config");
    case Component::GatewayService:
        return QStringLiteral("Microsoft.PowerBI.EnterpriseGateway.exe.config");
    case Component::GatewayConfigurator:
        return QStringLiteral("enterprisegatewayconfigurator.exe.config");
    case Component::GatewayMashupEngine:
        return QStringLiteral("m/Microsoft.Mashup.Container.NetFX45.exe.config");
    }
    return {};
}

QList<ComponentProxy> ComponentProxyResolver::resolve(const PowerAutomateProxyInputs& inputs)
{
    QList<ComponentProxy> components;
    for (const Component component :
        {Component::SignedInUser, Component::DesktopFlowsService, Component::LogShipper, Component::UpdateService})
        components << desktopComponent(component, inputs);

    for (const Component component :
        {Component::GatewayService, Component::GatewayConfigurator, Component::GatewayMashupEngine}) {
        const QString file = configFileName(component);
        if (!inputs.gatewayConfigFiles.contains(file))
            continue;
        ComponentProxy result;
        result.component = component;
        if (!applyConfigFile(result, inputs.gatewayConfigFiles.value(file), joinPath(inputs.gatewayInstallDir, file),
                Source::GatewayConfigFile, true)) {
            const QStringList problems = result.problems;
            const bool credentials = result.useDefaultCredentials;
            useWindowsProxy(result, inputs, false);
            result.problems = problems;
            result.useDefaultCredentials = credentials;
        }
        components << result;
    }
    return components;
}

namespace {
// "first: its route; second: its route; …" for the components in `members` that differ from the first of them.
QStringList differingRoutes(const QList<ComponentProxy>& components, const QList<Component>& members)
{
    QList<const ComponentProxy*> group;
    for (const ComponentProxy& component : components) {
        if (members.contains(component.component))
            group << &component;
    }
    QStringList differing;
    for (const ComponentProxy* component : group) {
        if (!component->sameRouteAs(*group.first()))
            differing << component->componentName() + QStringLiteral(": ") + component->routeText();
    }
    if (!differing.isEmpty())
        differing.prepend(group.first()->componentName() + QStringLiteral(": ") + group.first()->routeText());
    return differing;
}
} // namespace

QString ComponentProxyResolver::desktopMismatch(const QList<ComponentProxy>& components)
{
    const QStringList differing = differingRoutes(components,
        {Component::SignedInUser, Component::DesktopFlowsService, Component::LogShipper, Component::UpdateService});
    if (differing.isEmpty())
        return {};
    return QCoreApplication::translate("ComponentProxyResolver",
        "Power Automate's components take different routes: %1. Give all four *.Proxy.config files (or the "
        "registry values) the same settings.")
        .arg(differing.join(QStringLiteral("; ")));
}

QString ComponentProxyResolver::gatewayMismatch(const QList<ComponentProxy>& components)
{
    const QStringList differing = differingRoutes(
        components, {Component::GatewayService, Component::GatewayConfigurator, Component::GatewayMashupEngine});
    if (differing.isEmpty())
        return {};
    return QCoreApplication::translate("ComponentProxyResolver",
        "The gateway's components take different routes: %1. Give its three configuration files the same "
        "<defaultProxy> settings.")
        .arg(differing.join(QStringLiteral("; ")));
}
