#include "proxy/ComponentProxyResolver.h"

#include <QTest>

using Component = ComponentProxy::Component;
using Route = ComponentProxy::Route;
using Source = ComponentProxy::Source;

namespace {
QByteArray proxyFile(const QByteArray& proxyAttributes, const QByteArray& rootAttributes = {})
{
    return "<defaultProxy " + rootAttributes + "><proxy " + proxyAttributes + "/></defaultProxy>";
}

const ComponentProxy& find(const QList<ComponentProxy>& components, Component component)
{
    for (const ComponentProxy& candidate : components) {
        if (candidate.component == component)
            return candidate;
    }
    static const ComponentProxy none;
    return none;
}

PowerAutomateProxyInputs machineWithWinHttp(const QString& proxy)
{
    PowerAutomateProxyInputs inputs;
    inputs.desktopInstallDir = "C:\\Program Files (x86)\\Power Automate Desktop";
    inputs.winHttp = WinHttpProxy::fromStrings(proxy, "<local>");
    return inputs;
}
} // namespace

Q_DECLARE_METATYPE(PowerAutomateProxyInputs)

// Power Automate's precedence: registry values, then each component's *.Proxy.config, then Windows (the
// user's settings for the signed-in user, the WinHTTP proxy for services); the gateway's own files.
class TestComponentProxyResolver final : public QObject
{
    Q_OBJECT

private slots:
    void desktopFlowsService_data()
    {
        QTest::addColumn<PowerAutomateProxyInputs>("inputs");
        QTest::addColumn<Route>("route");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("target"); // proxy or PAC URL

        auto inputs = machineWithWinHttp("");
        QTest::addRow("nothing set: direct, as WinHTTP says") << inputs << Route::Direct << Source::WinHttp << "";

        inputs = machineWithWinHttp("winhttp.corp.example:3128");
        QTest::addRow("nothing set: WinHTTP proxy")
            << inputs << Route::Proxy << Source::WinHttp << "http://winhttp.corp.example:3128";

        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", proxyFile("proxyaddress=\"http://file:8080\""));
        QTest::addRow("own file beats WinHTTP")
            << inputs << Route::Proxy << Source::DesktopConfigFile << "http://file:8080";

        inputs.registry64.insert("ProxyServer", "http://registry:8080");
        QTest::addRow("registry beats the file")
            << inputs << Route::Proxy << Source::Registry << "http://registry:8080";

        inputs = machineWithWinHttp("winhttp:3128");
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", proxyFile("proxyaddress=\"http://file:8080\""));
        inputs.registry64.insert("BypassProxyOnLocal", 1);
        QTest::addRow("any registry value makes the files ignored")
            << inputs << Route::Proxy << Source::WinHttp << "http://winhttp:3128";

        inputs.registry64.insert("DisableWindowsProxy", 1);
        QTest::addRow("DisableWindowsProxy: direct") << inputs << Route::Direct << Source::Registry << "";

        inputs = machineWithWinHttp("");
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config",
            proxyFile("proxyaddress=\"http://file:8080\" scriptLocation=\"http://wpad/proxy.pac\""));
        QTest::addRow("scriptLocation without EnablePacProxy: proxyaddress")
            << inputs << Route::Proxy << Source::DesktopConfigFile << "http://file:8080";

        inputs.registry64.insert("EnablePacProxy", 1);
        QTest::addRow("scriptLocation with EnablePacProxy beats proxyaddress")
            << inputs << Route::Pac << Source::DesktopConfigFile << "http://wpad/proxy.pac";

        inputs = machineWithWinHttp("winhttp:3128");
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", proxyFile("", "enabled=\"false\""));
        QTest::addRow("file disables the proxy") << inputs << Route::Direct << Source::DesktopConfigFile << "";
    }

    void desktopFlowsService()
    {
        QFETCH(PowerAutomateProxyInputs, inputs);
        const ComponentProxy service = find(ComponentProxyResolver::resolve(inputs), Component::DesktopFlowsService);
        QCOMPARE(service.component, Component::DesktopFlowsService);
        QTEST(service.route, "route");
        QTEST(service.source, "source");
        QFETCH(QString, target);
        QCOMPARE(service.route == Route::Pac ? service.pacUrl : service.proxy, target);
    }

    void signedInUserFallsBackToTheirOwnWindowsSettings()
    {
        const auto components = ComponentProxyResolver::resolve(machineWithWinHttp("winhttp:3128"));
        const ComponentProxy& user = find(components, Component::SignedInUser);
        QCOMPARE(user.route, Route::UserWindows);
        QCOMPARE(user.account(), QStringLiteral("you"));
        QVERIFY(user.runsAsSignedInUser());
        const ComponentProxy& service = find(components, Component::DesktopFlowsService);
        QCOMPARE(service.account(), QStringLiteral("NT SERVICE\\UIFlowService"));
        QVERIFY(!service.runsAsSignedInUser());
        // "Works when I'm signed in": the user takes their settings, the services WinHTTP's.
        QVERIFY(!ComponentProxyResolver::desktopMismatch(components).isEmpty());
    }

    // A user whose Windows settings are static takes that route: the same as WinHTTP's is no mismatch.
    void signedInUserWithStaticSettings_data()
    {
        QTest::addColumn<QString>("userProxy");
        QTest::addColumn<QString>("winHttpProxy");
        QTest::addColumn<int>("userRoute");
        QTest::addColumn<bool>("mismatch");
        QTest::addRow("both direct") << ""
                                     << "" << int(Route::Direct) << false;
        QTest::addRow("the same proxy") << "proxy:8080"
                                        << "proxy:8080" << int(Route::Proxy) << false;
        QTest::addRow("user proxy, services direct") << "proxy:8080"
                                                     << "" << int(Route::Proxy) << true;
        QTest::addRow("user direct, services proxy") << ""
                                                     << "proxy:8080" << int(Route::Direct) << true;
    }

    void signedInUserWithStaticSettings()
    {
        QFETCH(QString, userProxy);
        QFETCH(QString, winHttpProxy);
        QFETCH(int, userRoute);
        QFETCH(bool, mismatch);
        auto inputs = machineWithWinHttp(winHttpProxy);
        inputs.userStatic = WinHttpProxy::fromStrings(userProxy, "<local>");
        const auto components = ComponentProxyResolver::resolve(inputs);
        const ComponentProxy& user = find(components, Component::SignedInUser);
        QCOMPARE(int(user.route), userRoute);
        QCOMPARE(user.source, Source::UserWindowsSettings);
        QCOMPARE(user.bypass, QStringList {"<local>"});
        const QString differs = ComponentProxyResolver::desktopMismatch(components);
        QVERIFY2(differs.isEmpty() != mismatch, qPrintable(differs));
    }

    // Automatic detection or a script: the route it found for the portal is compared, and named as such.
    void signedInUserWithFoundRoute_data()
    {
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("winHttpProxy");
        QTest::addColumn<bool>("mismatch");
        QTest::addRow("found direct, services direct") << ""
                                                       << "" << false;
        QTest::addRow("found a proxy, services direct") << "http://wpad-proxy:8080"
                                                        << "" << true;
        QTest::addRow("found the services' proxy") << "http://proxy:8080"
                                                   << "proxy:8080" << false;
    }

    void signedInUserWithFoundRoute()
    {
        QFETCH(QString, found);
        QFETCH(QString, winHttpProxy);
        QFETCH(bool, mismatch);
        auto inputs = machineWithWinHttp(winHttpProxy);
        inputs.userFound = found;
        const auto components = ComponentProxyResolver::resolve(inputs);
        const ComponentProxy& user = find(components, Component::SignedInUser);
        QCOMPARE(user.route, found.isEmpty() ? Route::Direct : Route::Proxy);
        QVERIFY2(user.sourceText().contains("automatic detection or a script"), qPrintable(user.sourceText()));
        const QString differs = ComponentProxyResolver::desktopMismatch(components);
        QVERIFY2(differs.isEmpty() != mismatch, qPrintable(differs));
    }

    void sameFileEverywhereIsNoMismatch()
    {
        auto inputs = machineWithWinHttp("");
        for (const Component component :
            {Component::SignedInUser, Component::DesktopFlowsService, Component::LogShipper, Component::UpdateService})
            inputs.desktopConfigFiles.insert(ComponentProxyResolver::configFileName(component),
                proxyFile("proxyaddress=\"http://proxy:8080\"", "useDefaultCredentials=\"true\""));
        const auto components = ComponentProxyResolver::resolve(inputs);
        QCOMPARE(ComponentProxyResolver::desktopMismatch(components), QString());
        QCOMPARE(components.size(), 4); // no gateway files, no gateway components
        for (const ComponentProxy& component : components) {
            QCOMPARE(component.proxy, QStringLiteral("http://proxy:8080"));
            QVERIFY(component.useDefaultCredentials);
            QCOMPARE(component.sourceDetail,
                "C:\\Program Files (x86)\\Power Automate Desktop\\"
                    + ComponentProxyResolver::configFileName(component.component));
        }
    }

    void oneFileMissingIsAMismatchNamingTheComponent()
    {
        auto inputs = machineWithWinHttp("");
        inputs.desktopConfigFiles.insert("PAD.Proxy.config", proxyFile("proxyaddress=\"http://proxy:8080\""));
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", proxyFile("proxyaddress=\"http://proxy:8080\""));
        inputs.desktopConfigFiles.insert(
            "Microsoft.Flow.RPA.LogShipper.Proxy.config", proxyFile("proxyaddress=\"http://proxy:8080\""));
        const QString mismatch = ComponentProxyResolver::desktopMismatch(ComponentProxyResolver::resolve(inputs));
        QVERIFY2(mismatch.contains("desktop flows update service: direct"), qPrintable(mismatch));
        QVERIFY(!mismatch.contains("log shipper"));
    }

    // The configurator signs in with one route while the service goes offline with another.
    void gatewayComponentsCompared_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("configurator");
        QTest::addColumn<QString>("mashup");
        QTest::addColumn<QString>("differing"); // empty: no mismatch
        QTest::addRow("all the same") << "http://gw:3128"
                                      << "http://gw:3128"
                                      << "http://gw:3128"
                                      << "";
        QTest::addRow("configurator differs") << "http://gw:3128"
                                              << "http://other:8080"
                                              << "http://gw:3128"
                                              << "gateway configurator (you): proxy http://other:8080";
        QTest::addRow("only the service's file") << "http://gw:3128"
                                                 << ""
                                                 << ""
                                                 << "";
        QTest::addRow("mashup engine has no proxy") << "http://gw:3128"
                                                    << "http://gw:3128"
                                                    << "-"
                                                    << "gateway data-source engine";
    }

    void gatewayComponentsCompared()
    {
        QFETCH(QString, service);
        QFETCH(QString, configurator);
        QFETCH(QString, mashup);
        QFETCH(QString, differing);
        auto inputs = machineWithWinHttp("");
        const auto add = [&inputs](Component component, const QString& address) {
            if (address.isEmpty())
                return; // the file is not there
            const QByteArray proxy = address == "-" ? QByteArray() : "proxyaddress=\"" + address.toLatin1() + "\"";
            inputs.gatewayConfigFiles.insert(ComponentProxyResolver::configFileName(component), proxyFile(proxy));
        };
        add(Component::GatewayService, service);
        add(Component::GatewayConfigurator, configurator);
        add(Component::GatewayMashupEngine, mashup);
        const auto components = ComponentProxyResolver::resolve(inputs);
        const QString mismatch = ComponentProxyResolver::gatewayMismatch(components);
        QCOMPARE(mismatch.isEmpty(), differing.isEmpty());
        QVERIFY2(mismatch.contains(differing), qPrintable(mismatch));
        if (!mismatch.isEmpty())
            QVERIFY2(mismatch.startsWith("The gateway's components take different routes: gateway service: proxy "
                                         "http://gw:3128"),
                qPrintable(mismatch));
        // The gateway's components are not part of the desktop's comparison.
        QVERIFY(!ComponentProxyResolver::desktopMismatch(components).contains("gateway"));
    }

    void problems_data()
    {
        QTest::addColumn<PowerAutomateProxyInputs>("inputs");
        QTest::addColumn<QString>("problem");

        auto inputs = machineWithWinHttp("");
        inputs.registry64.insert("ProxyServer", "proxy:8080");
        QTest::addRow("registry value without http://")
            << inputs << "ProxyServer: 'proxy:8080' lacks the http:// prefix";

        inputs = machineWithWinHttp("");
        inputs.registry64.insert("ProxyServer", "http://proxy:8080");
        inputs.registry64.insert("ProxyBypassList", "*.corp.example,intranet");
        QTest::addRow("bypass entry with a star") << inputs << "bypass entry '*.corp.example' starts with '*'";

        inputs = machineWithWinHttp("");
        inputs.registry32.insert("ProxyServer", "http://proxy:8080");
        QTest::addRow("value only under WOW6432Node") << inputs << "ProxyServer is set only under WOW6432Node";

        inputs = machineWithWinHttp("");
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", proxyFile("proxyaddress=\"proxy:8080\""));
        QTest::addRow("file address without http://") << inputs << "'proxy:8080' lacks the http:// prefix";

        inputs = machineWithWinHttp("");
        inputs.desktopConfigFiles.insert(
            "UIFlowService.Proxy.config", proxyFile("scriptLocation=\"http://wpad/p.pac\""));
        QTest::addRow("PAC without EnablePacProxy") << inputs << "scriptLocation is ignored unless";

        inputs = machineWithWinHttp("");
        inputs.desktopConfigFiles.insert("UIFlowService.Proxy.config", "<defaultProxy>");
        QTest::addRow("malformed file") << inputs << "UIFlowService.Proxy.config is not valid XML";
    }

    void problems()
    {
        QFETCH(PowerAutomateProxyInputs, inputs);
        QFETCH(QString, problem);
        const ComponentProxy service = find(ComponentProxyResolver::resolve(inputs), Component::DesktopFlowsService);
        const QString all = service.problems.join('\n');
        QVERIFY2(all.contains(problem), qPrintable(all));
    }

    void gatewayReadsItsOwnFiles()
    {
        auto inputs = machineWithWinHttp("winhttp:3128");
        inputs.gatewayInstallDir = "C:\\Program Files\\On-premises data gateway";
        inputs.gatewayConfigFiles.insert("Microsoft.PowerBI.EnterpriseGateway.exe.config",
            "<configuration><system.net><defaultProxy useDefaultCredentials=\"true\">"
            "<proxy proxyaddress=\"http://gw-proxy:8080\"/></defaultProxy></system.net></configuration>");
        inputs.gatewayConfigFiles.insert("m/Microsoft.Mashup.Container.NetFX45.exe.config",
            "<configuration><system.net><defaultProxy useDefaultCredentials=\"true\"/></system.net></configuration>");
        const auto components = ComponentProxyResolver::resolve(inputs);
        QCOMPARE(components.size(), 6); // four desktop, two of the gateway's three files

        const ComponentProxy& service = find(components, Component::GatewayService);
        QCOMPARE(service.route, Route::Proxy);
        QCOMPARE(service.proxy, QStringLiteral("http://gw-proxy:8080"));
        QCOMPARE(service.source, Source::GatewayConfigFile);
        QCOMPARE(service.sourceDetail,
            QStringLiteral(
                "C:\\Program Files\\On-premises data gateway\\Microsoft.PowerBI.EnterpriseGateway.exe.config"));
        QVERIFY(service.useDefaultCredentials);
        QCOMPARE(service.account(), QStringLiteral("NT SERVICE\\PBIEgwService"));

        const ComponentProxy& engine = find(components, Component::GatewayMashupEngine);
        QCOMPARE(engine.route, Route::Proxy);
        QCOMPARE(engine.source, Source::WinHttp);
        QCOMPARE(engine.proxy, QStringLiteral("http://winhttp:3128"));
        QVERIFY(engine.useDefaultCredentials); // Windows authentication as the service account
    }
};

QTEST_GUILESS_MAIN(TestComponentProxyResolver)
#include "tst_componentproxyresolver.moc"
