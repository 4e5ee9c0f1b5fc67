#pragma once

#include "ComponentProxy.h"
#include "PowerAutomateProxyInputs.h"

#include <QList>

// Applies Power Automate's precedence to what was read from a machine: for desktop flows the registry values
// under HKLM\SOFTWARE\Microsoft\Power Automate Desktop (when any is set, the *.Proxy.config files are ignored),
// then the component's *.Proxy.config file (scriptLocation before proxyaddress, a PAC file only with
// EnablePacProxy=1), then Windows: the user's own settings for the signed-in user, the machine's WinHTTP proxy
// for services. For the gateway, <defaultProxy> in its configuration files, then WinHTTP.
class ComponentProxyResolver final
{
public:
    // The desktop components always (Power Automate for desktop may be installed later); the gateway's only
    // when one of its configuration files was found.
    static QList<ComponentProxy> resolve(const PowerAutomateProxyInputs& inputs);
    // Non-empty when the desktop components would not all take the same route, naming them; Microsoft says
    // to give all four *.Proxy.config files the same settings.
    static QString desktopMismatch(const QList<ComponentProxy>& components);
    // Non-empty when the gateway's service, configurator and mashup engine (those whose files were found) would
    // not take the same route: the configurator signs in while the service stays offline.
    static QString gatewayMismatch(const QList<ComponentProxy>& components);

    // A component without settings of its own (e.g. the gateway service before the gateway is installed): the
    // user's Windows settings for the signed-in user, the machine's WinHTTP proxy for a service.
    static ComponentProxy withoutOwnSettings(
        ComponentProxy::Component component, const PowerAutomateProxyInputs& inputs);

    static QString configFileName(ComponentProxy::Component component); // "UIFlowService.Proxy.config", …
    static const QStringList& registryValueNames();
};
