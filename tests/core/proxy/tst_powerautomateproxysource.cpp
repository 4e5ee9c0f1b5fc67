#include "proxy/ComponentProxyResolver.h"
#include "proxy/PowerAutomateProxySource.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

#include <windows.h>
#include <winhttp.h>

// Windows only (run under Wine in CI, in a Wine prefix of the tests' own): writes Power Automate's registry
// values, a *.Proxy.config file and the WinHTTP proxy the way an administrator would, and checks what is read.
class TestPowerAutomateProxySource final : public QObject
{
    Q_OBJECT

private:
    const QString m_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Power Automate Desktop";
    QString m_desktopDir;

    static bool setWinHttpProxy(const wchar_t* proxy, const wchar_t* bypass)
    {
        WINHTTP_PROXY_INFO info {};
        info.dwAccessType = proxy ? WINHTTP_ACCESS_TYPE_NAMED_PROXY : WINHTTP_ACCESS_TYPE_NO_PROXY;
        info.lpszProxy = const_cast<wchar_t*>(proxy);
        info.lpszProxyBypass = const_cast<wchar_t*>(bypass);
        return WinHttpSetDefaultProxyConfiguration(&info);
    }

    void clearMachine()
    {
        QSettings(m_key, QSettings::Registry64Format).clear();
        QSettings(m_key, QSettings::Registry32Format).clear();
        QDir(m_desktopDir).removeRecursively();
        setWinHttpProxy(nullptr, nullptr);
    }

    static const ComponentProxy& find(const QList<ComponentProxy>& components, ComponentProxy::Component component)
    {
        for (const ComponentProxy& candidate : components) {
            if (candidate.component == component)
                return candidate;
        }
        static const ComponentProxy none;
        return none;
    }

private slots:
    void initTestCase()
    {
        m_desktopDir
            = QDir::fromNativeSeparators(qEnvironmentVariable("ProgramFiles(x86)")) + "/Power Automate Desktop";
        QVERIFY2(!qEnvironmentVariable("ProgramFiles(x86)").isEmpty(), "no ProgramFiles(x86)");
    }
    void init() { clearMachine(); }
    void cleanup() { clearMachine(); }

    void nothingSetReadsNothing()
    {
        const PowerAutomateProxyInputs inputs = PowerAutomateProxySource::read();
        QVERIFY(inputs.registry64.isEmpty());
        QVERIFY(inputs.desktopConfigFiles.isEmpty());
        QVERIFY(inputs.winHttp.has_value());
        QVERIFY(inputs.winHttp->isDirect());
    }

    void readsRegistryBothViews()
    {
        QSettings(m_key, QSettings::Registry64Format).setValue("ProxyServer", "http://registry.test:8080");
        QSettings(m_key, QSettings::Registry32Format).setValue("ProxyBypassList", "*.corp.test");
        const PowerAutomateProxyInputs inputs = PowerAutomateProxySource::read();
        QCOMPARE(inputs.registry64.value("ProxyServer").toString(), QStringLiteral("http://registry.test:8080"));
        QCOMPARE(inputs.registry32.value("ProxyBypassList").toString(), QStringLiteral("*.corp.test"));
        const auto service
            = find(ComponentProxyResolver::resolve(inputs), ComponentProxy::Component::DesktopFlowsService);
        QCOMPARE(service.proxy, QStringLiteral("http://registry.test:8080"));
        QVERIFY2(service.problems.join('\n').contains("ProxyBypassList is set only under WOW6432Node"),
            qPrintable(service.problems.join('\n')));
    }

    void readsConfigFileAndWinHttp()
    {
        QVERIFY(QDir().mkpath(m_desktopDir));
        QFile file(m_desktopDir + "/UIFlowService.Proxy.config");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<defaultProxy useDefaultCredentials=\"true\"><proxy proxyaddress=\"http://file.test:3128\"/>"
                   "</defaultProxy>");
        file.close();
        QVERIFY(setWinHttpProxy(L"winhttp.test:8080", L"<local>"));

        const PowerAutomateProxyInputs inputs = PowerAutomateProxySource::read();
        QVERIFY(inputs.desktopConfigFiles.contains("UIFlowService.Proxy.config"));
        QVERIFY(inputs.winHttp.has_value());
        QCOMPARE(inputs.winHttp->httpsProxy(), QStringLiteral("http://winhttp.test:8080"));
        const auto components = ComponentProxyResolver::resolve(inputs);
        const auto service = find(components, ComponentProxy::Component::DesktopFlowsService);
        QCOMPARE(service.proxy, QStringLiteral("http://file.test:3128"));
        QCOMPARE(service.source, ComponentProxy::Source::DesktopConfigFile);
        QVERIFY(service.useDefaultCredentials);
        const auto updater = find(components, ComponentProxy::Component::UpdateService);
        QCOMPARE(updater.proxy, QStringLiteral("http://winhttp.test:8080"));
        QCOMPARE(updater.source, ComponentProxy::Source::WinHttp);
        QVERIFY(!ComponentProxyResolver::desktopMismatch(components).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPowerAutomateProxySource)
#include "tst_powerautomateproxysource.moc"
