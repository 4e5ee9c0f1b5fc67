#include "ComponentProxy.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ComponentProxy", text);
}
} // namespace

QString ComponentProxy::account() const
{
    switch (component) {
    case Component::SignedInUser:
    case Component::GatewayConfigurator:
        return tr("you");
    case Component::DesktopFlowsService:
        return QStringLiteral("NT SERVICE\\UIFlowService");
    case Component::LogShipper:
        return QStringLiteral("NT AUTHORITY\\NetworkService");
    case Component::UpdateService:
        return QStringLiteral("NT AUTHORITY\\SYSTEM");
    case Component::GatewayService:
    case Component::GatewayMashupEngine:
        return QStringLiteral("NT SERVICE\\PBIEgwService");
    }
    return {};
}

bool ComponentProxy::runsAsSignedInUser() const
{
    return component == Component::SignedInUser || component == Component::GatewayConfigurator;
}

QString ComponentProxy::componentName() const
{
    switch (component) {
    case Component::SignedInUser:
        return tr("Power Automate for desktop (you)");
    case Component::DesktopFlowsService:
        return tr("desktop flows service");
    case Component::LogShipper:
        return tr("desktop flows log shipper");
    case Component::UpdateService:
        return tr("desktop flows update service");
    case Component::GatewayService:
        return tr("gateway service");
    case Component::GatewayConfigurator:
        return tr("gateway configurator (you)");
    case Component::GatewayMashupEngine:
        return tr("gateway data-source engine");
    }
    return {};
}

QString ComponentProxy::componentId() const
{
    switch (component) {
    case Component::SignedInUser:
        return QStringLiteral("desktop-user");
    case Component::DesktopFlowsService:
        return QStringLiteral("desktop-flows-service");
    case Component::LogShipper:
        return QStringLiteral("desktop-log-shipper");
    case Component::UpdateService:
        return QStringLiteral("desktop-update-service");
    case Component::GatewayService:
        return QStringLiteral("gateway-service");
    case Component::GatewayConfigurator:
        return QStringLiteral("gateway-configurator");
    case Component::GatewayMashupEngine:
        return QStringLiteral("gateway-mashup-engine");
    }
    return {};
}

QString ComponentProxy::routeText() const
{
    switch (route) {
    case Route::Direct:
        return tr("direct (no proxy)");
    case Route::Proxy:
        return tr("proxy %1").arg(proxy);
    case Route::Pac:
        return tr("PAC file %1").arg(pacUrl);
    case Route::UserWindows:
        return source == Source::NotRead ? tr("the system proxy settings") : tr("your Windows proxy settings");
    }
    return {};
}

QString ComponentProxy::sourceText() const
{
    switch (source) {
    case Source::Registry:
        return tr("registry %1").arg(sourceDetail);
    case Source::DesktopConfigFile:
    case Source::GatewayConfigFile:
        return tr("file %1").arg(sourceDetail);
    case Source::WinHttp:
        return tr("the machine's WinHTTP proxy (netsh winhttp show proxy)");
    case Source::UserWindowsSettings:
        if (!sourceDetail.isEmpty())
            return tr("no Power Automate setting: Windows proxy of the signed-in user, %1").arg(sourceDetail);
        return tr("no Power Automate setting: Windows proxy of the signed-in user");
    case Source::NotRead:
        return tr("not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in");
    }
    return {};
}

QString ComponentProxy::routeId() const
{
    switch (route) {
    case Route::Direct:
        return QStringLiteral("direct");
    case Route::Proxy:
        return QStringLiteral("proxy");
    case Route::Pac:
        return QStringLiteral("pac");
    case Route::UserWindows:
        return QStringLiteral("system");
    }
    return {};
}

QString ComponentProxy::sourceId() const
{
    switch (source) {
    case Source::Registry:
        return QStringLiteral("registry");
    case Source::DesktopConfigFile:
        return QStringLiteral("desktop-config-file");
    case Source::GatewayConfigFile:
        return QStringLiteral("gateway-config-file");
    case Source::WinHttp:
        return QStringLiteral("winhttp");
    case Source::UserWindowsSettings:
        return QStringLiteral("user-windows-settings");
    case Source::NotRead:
        return QStringLiteral("not-read");
    }
    return {};
}

bool ComponentProxy::sameRouteAs(const ComponentProxy& other) const
{
    if (route != other.route)
        return false;
    switch (route) {
    case Route::Proxy:
        return proxy.compare(other.proxy, Qt::CaseInsensitive) == 0;
    case Route::Pac:
        return pacUrl == other.pacUrl;
    case Route::Direct:
    case Route::UserWindows:
        return true;
    }
    return true;
}
