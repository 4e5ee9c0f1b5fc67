#include "proxy/ComponentRoutes.h"

#include <QTest>

using Component = ComponentProxy::Component;

namespace {
QByteArray proxyFile(const QByteArray& address)
{
    return "<configuration><system.net><defaultProxy><proxy proxyaddress=\"" + address
        + "\"/></defaultProxy></system.net></configuration>";
}

// A Windows machine whose four desktop files all name `address`, WinHTTP going direct.
PowerAutomateProxyInputs desktopFiles(const QByteArray& address)
{
    PowerAutomateProxyInputs inputs;
    inputs.desktopInstallDir = "C:\\Program Files (x86)\\Power Automate Desktop";
    inputs.winHttp = WinHttpProxy {};
    for (const char* file : {"PAD.Proxy.config", "UIFlowService.Proxy.config",
             "Microsoft.Flow.RPA.LogShipper.Proxy.config", "Microsoft.Flow.RPA.UpdateService.Proxy.config"})
        inputs.desktopConfigFiles.insert(QString::fromLatin1(file), proxyFile(address));
    return inputs;
}

Endpoint endpoint(Feature feature)
{
    Endpoint e;
    e.id = QStringLiteral("e");
    e.host = QStringLiteral("e.test");
    e.features = {feature};
    return e;
}

const CheckResult* findCheck(const QList<CheckResult>& checks, const QString& id)
{
    for (const CheckResult& check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}
} // namespace

Q_DECLARE_METATYPE(PowerAutomateProxyInputs)

// Whose route a check follows (the desktop flows service's, yours, the gateway service's, the run's own proxy)
// and the checks made of what was read: components that disagree, settings Power Automate would reject.
class TestComponentRoutes final : public QObject
{
    Q_OBJECT

private slots:
    void route_data()
    {
        QTest::addColumn<ComponentProxies>("proxies");
        QTest::addColumn<Feature>("feature");
        QTest::addColumn<int>("proxyAs");
        QTest::addColumn<bool>("explicitNone");
        QTest::addColumn<bool>("hasOwnSetting");
        QTest::addColumn<ProxySetting::Mode>("mode");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("note");

        const ComponentProxies read = ComponentProxies::fromInputs(desktopFiles("http://pad.corp.test:8080"));
        QTest::addRow("desktop endpoint: the desktop flows service's file")
            << read << Feature::Desktop << int(ProxyAs::Service) << false << true << ProxySetting::Mode::Manual
            << "http://pad.corp.test:8080"
            << "the route of the desktop flows service";
        QTest::addRow("as me: your system proxy")
            << read << Feature::Desktop << int(ProxyAs::Me) << false << false << ProxySetting::Mode::System << ""
            << "tested as you";
        QTest::addRow("--no-proxy overrides the service's route")
            << read << Feature::Desktop << int(ProxyAs::Service) << true << false << ProxySetting::Mode::None << ""
            << "the proxy setting given for this run";
        QTest::addRow("cloud flows endpoint: no component, the run's proxy")
            << read << Feature::CloudFlows << int(ProxyAs::Service) << false << false << ProxySetting::Mode::System
            << ""
            << "";
        QTest::addRow("gateway endpoint without a gateway: WinHTTP (direct)")
            << read << Feature::Gateway << int(ProxyAs::Service) << false << true << ProxySetting::Mode::None << ""
            << "the route of the gateway service";

        PowerAutomateProxyInputs gateway = desktopFiles("http://pad.corp.test:8080");
        gateway.gatewayInstallDir = "C:\\Program Files\\On-premises data gateway";
        gateway.gatewayConfigFiles.insert(
            "Microsoft.PowerBI.EnterpriseGateway.exe.config", proxyFile("http://gw.corp.test:3128"));
        QTest::addRow("gateway endpoint: the gateway service's file")
            << ComponentProxies::fromInputs(gateway) << Feature::Gateway << int(ProxyAs::Me) << false << true
            << ProxySetting::Mode::Manual << "http://gw.corp.test:3128"
            << "the route of the gateway service";

        QTest::addRow("not read (not Windows): the system proxy stands in")
            << ComponentProxies::notRead("only on Windows") << Feature::Desktop << int(ProxyAs::Service) << false
            << false << ProxySetting::Mode::System << ""
            << "its own settings were not read";
        QTest::addRow("never looked up: nothing to say")
            << ComponentProxies {} << Feature::Desktop << int(ProxyAs::Service) << false << false
            << ProxySetting::Mode::System << ""
            << "";
    }

    void route()
    {
        QFETCH(ComponentProxies, proxies);
        QFETCH(Feature, feature);
        QFETCH(int, proxyAs);
        QFETCH(bool, explicitNone);
        QFETCH(bool, hasOwnSetting);
        QFETCH(ProxySetting::Mode, mode);
        QFETCH(QString, url);
        QFETCH(QString, note);

        RunOptions options;
        options.proxyAs = ProxyAs(proxyAs);
        options.componentProxies = proxies;
        if (explicitNone)
            options.proxy.mode = ProxySetting::Mode::None;
        const ComponentRoute route = ComponentRoutes::routeFor(endpoint(feature), options);
        QCOMPARE(route.proxy.has_value(), hasOwnSetting);
        const ProxySetting effective = route.proxy.value_or(options.proxy);
        QCOMPARE(effective.mode, mode);
        QCOMPARE(effective.url.toString(), url);
        if (note.isEmpty())
            QVERIFY2(route.note.isEmpty(), qPrintable(route.note));
        else
            QVERIFY2(route.note.contains(note), qPrintable(route.note));
    }

    void settingFollowsComponent_data()
    {
        QTest::addColumn<int>("route");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<ProxySetting::Mode>("mode");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("note");

        QTest::addRow("direct") << int(ComponentProxy::Route::Direct) << "" << ProxySetting::Mode::None << ""
                                << "";
        QTest::addRow("proxy") << int(ComponentProxy::Route::Proxy) << "http://p.test:8080"
                               << ProxySetting::Mode::Manual << "http://p.test:8080"
                               << "";
        QTest::addRow("proxy without http:// is still tested")
            << int(ComponentProxy::Route::Proxy) << "p.test:8080" << ProxySetting::Mode::Manual << "http://p.test:8080"
            << "";
        QTest::addRow("PAC: evaluated as the component does")
            << int(ComponentProxy::Route::Pac) << "" << ProxySetting::Mode::Pac << ""
            << "";
        QTest::addRow("the user's Windows settings")
            << int(ComponentProxy::Route::UserWindows) << "" << ProxySetting::Mode::System << ""
            << "";
    }

    void settingFollowsComponent()
    {
        QFETCH(int, route);
        QFETCH(QString, proxy);
        QFETCH(ProxySetting::Mode, mode);
        QFETCH(QString, url);
        QFETCH(QString, note);

        ComponentProxy component;
        component.component = Component::DesktopFlowsService;
        component.route = ComponentProxy::Route(route);
        component.proxy = proxy;
        component.pacUrl = QStringLiteral("http://wpad.corp.test/proxy.pac");
        QString why;
        const ProxySetting setting = ComponentRoutes::settingFor(component, &why);
        QCOMPARE(setting.mode, mode);
        QCOMPARE(setting.url.toString(), url);
        if (note.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(note), qPrintable(why));
        // A PAC file: the first route only, never failover, as Power Automate does.
        QCOMPARE(setting.pacFirstRouteOnly, mode == ProxySetting::Mode::Pac);
        if (mode == ProxySetting::Mode::Pac)
            QCOMPARE(setting.pacUrl.toString(), component.pacUrl);
    }

    // The component's bypass list goes with its proxy, in the syntax of where it was read.
    void bypassFollowsComponent_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("syntax");
        QTest::addRow("registry: .NET") << int(ComponentProxy::Source::Registry) << int(ProxyBypass::Syntax::DotNet);
        QTest::addRow("Proxy.config: .NET")
            << int(ComponentProxy::Source::DesktopConfigFile) << int(ProxyBypass::Syntax::DotNet);
        QTest::addRow("gateway .exe.config: .NET")
            << int(ComponentProxy::Source::GatewayConfigFile) << int(ProxyBypass::Syntax::DotNet);
        QTest::addRow("WinHTTP") << int(ComponentProxy::Source::WinHttp) << int(ProxyBypass::Syntax::WinHttp);
    }

    void bypassFollowsComponent()
    {
        QFETCH(int, source);
        QFETCH(int, syntax);
        ComponentProxy component;
        component.component = Component::GatewayService;
        component.route = ComponentProxy::Route::Proxy;
        component.source = ComponentProxy::Source(source);
        component.proxy = QStringLiteral("http://p.test:8080");
        component.bypass = {QStringLiteral("intranet"), QStringLiteral("contoso")};
        component.bypassOnLocal = true;
        QString why;
        const ProxySetting setting = ComponentRoutes::settingFor(component, &why);
        QCOMPARE(setting.mode, ProxySetting::Mode::Manual);
        QCOMPARE(int(setting.bypass.syntax), syntax);
        QCOMPARE(setting.bypass.entries, component.bypass);
        QVERIFY(setting.bypass.local);
    }

    void serviceAuthenticatesAsItself()
    {
        PowerAutomateProxyInputs inputs = desktopFiles("http://pad.corp.test:8080");
        inputs.gatewayConfigFiles.insert("Microsoft.PowerBI.EnterpriseGateway.exe.config",
            "<configuration><system.net><defaultProxy useDefaultCredentials=\"true\"><proxy "
            "proxyaddress=\"http://gw.corp.test:3128\"/></defaultProxy></system.net></configuration>");
        RunOptions options;
        options.componentProxies = ComponentProxies::fromInputs(inputs);
        QCOMPARE(ComponentRoutes::routeFor(endpoint(Feature::Gateway), options).serviceAccount,
            QStringLiteral("NT SERVICE\\PBIEgwService"));
        // The desktop files set no useDefaultCredentials: the service sends no credentials of its own.
        QVERIFY(ComponentRoutes::routeFor(endpoint(Feature::Desktop), options).serviceAccount.isEmpty());
    }

    void componentsAgree()
    {
        const auto checks = ComponentRoutes::checks(
            ComponentProxies::fromInputs(desktopFiles("http://pad.corp.test:8080")), {Feature::Desktop});
        const CheckResult* agree = findCheck(checks, QStringLiteral("proxy-components-agree"));
        QVERIFY(agree);
        QCOMPARE(agree->diagnosis, Diagnosis::Ok);
        QCOMPARE(agree->protocol, Protocol::Settings);
        QCOMPARE(agree->evidence.size(), 4);
        const CheckResult* valid = findCheck(checks, QStringLiteral("proxy-settings-valid"));
        QVERIFY(valid);
        QCOMPARE(valid->diagnosis, Diagnosis::Ok);
    }

    void componentsDiffer()
    {
        PowerAutomateProxyInputs inputs = desktopFiles("http://pad.corp.test:8080");
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", proxyFile("http://other.corp.test:3128"));
        const auto checks = ComponentRoutes::checks(ComponentProxies::fromInputs(inputs), {Feature::Desktop});
        const CheckResult* agree = findCheck(checks, QStringLiteral("proxy-components-agree"));
        QVERIFY(agree);
        QCOMPARE(agree->diagnosis, Diagnosis::ProxyComponentsDiffer);
        QCOMPARE(agree->status(), CheckStatus::Warn);
        QVERIFY2(agree->detail.contains(QStringLiteral("http://other.corp.test:3128")), qPrintable(agree->detail));
        QVERIFY2(agree->remedy.contains(QStringLiteral("all four")), qPrintable(agree->remedy));
    }

    void gatewayComponentsDiffer()
    {
        PowerAutomateProxyInputs inputs = desktopFiles("http://pad.corp.test:8080");
        inputs.gatewayConfigFiles.insert(
            "Microsoft.PowerBI.EnterpriseGateway.exe.config", proxyFile("http://gw.corp.test:3128"));
        inputs.gatewayConfigFiles.insert(
            "enterprisegatewayconfigurator.exe.config", proxyFile("http://pad.corp.test:8080"));
        const auto checks = ComponentRoutes::checks(ComponentProxies::fromInputs(inputs), {Feature::Gateway});
        QVERIFY(!findCheck(checks, QStringLiteral("proxy-components-agree"))); // desktop flows not selected
        const CheckResult* agree = findCheck(checks, QStringLiteral("proxy-gateway-components-agree"));
        QVERIFY(agree);
        QCOMPARE(agree->diagnosis, Diagnosis::ProxyComponentsDiffer);
        QCOMPARE(agree->status(), CheckStatus::Warn);
        QCOMPARE(agree->features, QList<Feature> {Feature::Gateway});
        QCOMPARE(agree->evidence.size(), 2);
        QVERIFY2(agree->detail.contains(QStringLiteral("gateway configurator (you): proxy http://pad.corp.test:8080")),
            qPrintable(agree->detail));
        QVERIFY2(agree->remedy.contains(QStringLiteral("enterprisegatewayconfigurator.exe.config")),
            qPrintable(agree->remedy));
        QVERIFY2(!agree->remedy.contains(QStringLiteral("all four")), qPrintable(agree->remedy));
    }

    void gatewayNotInstalledIsNoMismatch()
    {
        const auto checks = ComponentRoutes::checks(
            ComponentProxies::fromInputs(desktopFiles("http://pad.corp.test:8080")), {Feature::Gateway});
        const CheckResult* agree = findCheck(checks, QStringLiteral("proxy-gateway-components-agree"));
        QVERIFY(agree);
        QCOMPARE(agree->diagnosis, Diagnosis::Ok);
        QVERIFY2(agree->detail.contains(QStringLiteral("not installed")), qPrintable(agree->detail));
        QCOMPARE(agree->evidence.size(), 1); // the gateway service, on the machine's route
    }

    void settingsRejected_data()
    {
        QTest::addColumn<PowerAutomateProxyInputs>("inputs");
        QTest::addColumn<QString>("problem");

        QTest::addRow("no http:// prefix") << desktopFiles("pad.corp.test:8080") << "lacks the http:// prefix";
        PowerAutomateProxyInputs registry = desktopFiles("http://pad.corp.test:8080");
        registry.registry64.insert("ProxyServer", "http://reg.corp.test:8080");
        registry.registry64.insert("ProxyBypassList", "*.corp.test");
        QTest::addRow("bypass entry starting with *") << registry << "starts with '*'";
        PowerAutomateProxyInputs wow = desktopFiles("http://pad.corp.test:8080");
        wow.registry32.insert("ProxyServer", "http://reg.corp.test:8080");
        QTest::addRow("only under WOW6432Node") << wow << "WOW6432Node";
    }

    void settingsRejected()
    {
        QFETCH(PowerAutomateProxyInputs, inputs);
        QFETCH(QString, problem);
        const auto checks = ComponentRoutes::checks(ComponentProxies::fromInputs(inputs), {Feature::Desktop});
        const CheckResult* valid = findCheck(checks, QStringLiteral("proxy-settings-valid"));
        QVERIFY(valid);
        QCOMPARE(valid->diagnosis, Diagnosis::ProxySettingsRejected);
        QCOMPARE(valid->status(), CheckStatus::Warn);
        QVERIFY2(valid->detail.contains(problem), qPrintable(valid->detail));
        QVERIFY(!valid->remedy.isEmpty());
    }

    void notReadMakesNoChecks()
    {
        QVERIFY(ComponentRoutes::checks(ComponentProxies::notRead("only on Windows"), {Feature::Desktop}).isEmpty());
        const ComponentProxies notRead = ComponentProxies::notRead("only on Windows");
        QCOMPARE(notRead.components.size(), 7);
        QCOMPARE(notRead.components.first().sourceId(), QStringLiteral("not-read"));
    }
};

QTEST_GUILESS_MAIN(TestComponentRoutes)
#include "tst_componentroutes.moc"
