#include "ComponentProxies.h"

#include "ComponentProxyResolver.h"
#include "PowerAutomateProxySource.h"

#include <QCoreApplication>

using Component = ComponentProxy::Component;

ComponentProxies ComponentProxies::fromInputs(const PowerAutomateProxyInputs& inputs)
{
    ComponentProxies result;
    result.read = true;
    result.components = ComponentProxyResolver::resolve(inputs);
    if (!result.find(Component::GatewayService))
        result.components << ComponentProxyResolver::withoutOwnSettings(Component::GatewayService, inputs);
    return result;
}

ComponentProxies ComponentProxies::notRead(const QString& reason)
{
    ComponentProxies result;
    result.note = reason;
    for (const Component component :
        {Component::SignedInUser, Component::DesktopFlowsService, Component::LogShipper, Component::UpdateService,
            Component::GatewayService, Component::GatewayConfigurator, Component::GatewayMashupEngine}) {
        ComponentProxy proxy;
        proxy.component = component;
        proxy.route = ComponentProxy::Route::UserWindows;
        proxy.source = ComponentProxy::Source::NotRead;
        result.components << proxy;
    }
    return result;
}

ComponentProxies ComponentProxies::readThisMachine()
{
    if (!PowerAutomateProxySource::available())
        return notRead(QCoreApplication::translate("ComponentProxies",
            "The proxy settings of Power Automate's components were not read: they exist only on Windows. The "
            "system proxy stands in for every component."));
    return fromInputs(PowerAutomateProxySource::read());
}

std::optional<ComponentProxy> ComponentProxies::find(Component component) const
{
    for (const ComponentProxy& proxy : components) {
        if (proxy.component == component)
            return proxy;
    }
    return std::nullopt;
}
