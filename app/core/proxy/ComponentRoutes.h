#pragma once

#include "CheckResult.h"
#include "ComponentProxies.h"
#include "Endpoint.h"
#include "ProxySetting.h"
#include "RunOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The route one check follows when it stands for a Power Automate component.
struct ComponentRoute
{
    std::optional<ProxySetting> proxy; // nullopt: the run's own proxy setting
    QString note; // for the check's evidence: whose route, and where it came from
    // The service authenticates to the proxy as this account (Windows authentication), which Netready cannot
    // do: a pass through a proxy with the user's credentials is then no proof for the service.
    QString serviceAccount;
};

// Decides whose route a check takes: desktop flows endpoints the desktop flows service's (or yours, "as me"),
// gateway endpoints the gateway service's; a proxy given for the run overrides both. Also turns what was read
// into checks of their own: components that disagree, settings Power Automate would reject.
class ComponentRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(ComponentRoutes)

public:
    static std::optional<ComponentProxy::Component> componentFor(
        const Endpoint& endpoint, const QList<Feature>& selected);
    static ComponentRoute routeFor(const Endpoint& endpoint, const RunOptions& options);
    // The proxy setting that follows a component's route; note says where it differs from the component.
    static ProxySetting settingFor(const ComponentProxy& component, QString* note);
    // The settings checks of a run (only when the machine's settings were read).
    static QList<CheckResult> checks(const ComponentProxies& proxies, const QList<Feature>& selected);
};
