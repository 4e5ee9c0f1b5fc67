#pragma once

#include <QString>
#include <QStringList>

// Which proxy one Power Automate component would use on this machine, where that came from, and what
// Power Automate would make of the settings. One per component; ComponentProxyResolver makes them.
struct ComponentProxy
{
    enum class Component
    {
        SignedInUser, // Power Automate for desktop's console and designer, as you
        DesktopFlowsService, // UIFlowService, runs desktop flows (NT SERVICE\UIFlowService)
        LogShipper, // Microsoft.Flow.RPA.LogShipper (NetworkService)
        UpdateService, // Microsoft.Flow.RPA.UpdateService (SYSTEM)
        GatewayService, // on-premises data gateway, PBIEgwService (NT SERVICE\PBIEgwService)
        GatewayConfigurator, // the gateway's configurator app, as you
        GatewayMashupEngine, // the gateway's data-source engine (Microsoft.Mashup.Container.NetFX45)
    };
    enum class Route
    {
        Direct,
        Proxy, // `proxy`
        Pac, // the PAC file `pacUrl`, first PROXY entry, no failover
        UserWindows, // the signed-in user's Windows proxy settings (WinINET/IE, PAC), as Netready's own lookup
    };
    enum class Source
    {
        Registry, // HKLM\SOFTWARE\Microsoft\Power Automate Desktop
        DesktopConfigFile, // <component>.Proxy.config
        GatewayConfigFile, // <system.net><defaultProxy> in the gateway's .exe.config
        WinHttp, // the machine's WinHTTP proxy
        UserWindowsSettings, // nothing of Power Automate's own: the user's Windows settings
        NotRead, // this system keeps no Power Automate settings (not Windows): the system proxy stands in
    };

    Component component = Component::SignedInUser;
    Route route = Route::Direct;
    Source source = Source::UserWindowsSettings;
    QString sourceDetail; // the file or registry key
    QString proxy; // Route::Proxy: http://host:port
    QString pacUrl; // Route::Pac
    QStringList bypass;
    bool bypassOnLocal = false;
    // Authenticates to the proxy with the Windows credentials of `account` (Negotiate/NTLM).
    bool useDefaultCredentials = false;
    QStringList problems; // settings Power Automate would reject or ignore, translated

    // "you", "NT SERVICE\UIFlowService", …: whose identity the component uses on the network.
    QString account() const;
    bool runsAsSignedInUser() const;
    QString componentName() const; // translated, for the Network page and reports
    QString componentId() const; // stable, for JSON
    QString routeId() const; // stable, for JSON: direct | proxy | pac | system
    QString sourceId() const; // stable, for JSON: registry | desktop-config-file | … | not-read
    QString routeText() const; // translated: "direct", "proxy http://…", "PAC file …", …
    QString sourceText() const; // translated: where the setting came from
    // The same route as `other` (what a mismatch check compares).
    bool sameRouteAs(const ComponentProxy& other) const;
};
