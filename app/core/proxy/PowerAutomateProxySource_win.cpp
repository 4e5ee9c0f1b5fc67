// Windows: reads Power Automate's proxy settings where its components read them.
#include "ComponentProxyResolver.h"
#include "PowerAutomateProxySource.h"
#include "engine/ProxyResolver.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#ifdef Q_OS_WIN // built only on Windows; the guard keeps tools that read every file on other systems quiet

#ifndef NOMINMAX
#define NOMINMAX // keep std::min/std::max usable
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <winhttp.h>

namespace {
QMap<QString, QVariant> registryValues(QSettings::Format view)
{
    const QSettings registry(QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Power Automate Desktop"), view);
    QMap<QString, QVariant> values;
    for (const QString& name : ComponentProxyResolver::registryValueNames()) {
        const QVariant value = registry.value(name);
        if (value.isValid())
            values.insert(name, value);
    }
    return values;
}

QMap<QString, QByteArray> readFiles(const QString& dir, const QList<ComponentProxy::Component>& components)
{
    QMap<QString, QByteArray> files;
    for (const auto component : components) {
        const QString name = ComponentProxyResolver::configFileName(component);
        QFile file(dir + QLatin1Char('/') + name);
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

QString takeWinHttpString(LPWSTR text)
{
    if (!text)
        return {};
    const QString result = QString::fromWCharArray(text);
    GlobalFree(text);
    return result;
}

std::optional<WinHttpProxy> winHttpProxy()
{
    WINHTTP_PROXY_INFO info {};
    if (!WinHttpGetDefaultProxyConfiguration(&info))
        return std::nullopt;
    const QString proxy = takeWinHttpString(info.lpszProxy);
    const QString bypass = takeWinHttpString(info.lpszProxyBypass);
    if (info.dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY)
        return WinHttpProxy {};
    return WinHttpProxy::fromStrings(proxy, bypass);
}

// The signed-in user's WinINet settings, when static: automatic detection or a script make it per URL.
std::optional<WinHttpProxy> userStaticProxy()
{
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config {};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&config))
        return std::nullopt;
    const QString script = takeWinHttpString(config.lpszAutoConfigUrl);
    const QString proxy = takeWinHttpString(config.lpszProxy);
    const QString bypass = takeWinHttpString(config.lpszProxyBypass);
    if (config.fAutoDetect || !script.isEmpty())
        return std::nullopt;
    return WinHttpProxy::fromStrings(proxy, bypass);
}

QString programFiles(const char* variable, const QString& fallback)
{
    const QString dir = qEnvironmentVariable(variable);
    return dir.isEmpty() ? fallback : QDir::fromNativeSeparators(dir);
}
} // namespace

bool PowerAutomateProxySource::available()
{
    return true;
}

PowerAutomateProxyInputs PowerAutomateProxySource::read()
{
    using Component = ComponentProxy::Component;
    PowerAutomateProxyInputs inputs;
    inputs.registry64 = registryValues(QSettings::Registry64Format);
    inputs.registry32 = registryValues(QSettings::Registry32Format);
    // Power Automate for desktop is a 32-bit installation; the data gateway a 64-bit one.
    const QString desktopDir = programFiles("ProgramFiles(x86)", QStringLiteral("C:/Program Files (x86)"))
        + QStringLiteral("/Power Automate Desktop");
    inputs.desktopInstallDir = QDir::toNativeSeparators(desktopDir);
    inputs.desktopConfigFiles = readFiles(desktopDir,
        {Component::SignedInUser, Component::DesktopFlowsService, Component::LogShipper, Component::UpdateService});
    const QString gatewayDir = programFiles("ProgramW6432", QStringLiteral("C:/Program Files"))
        + QStringLiteral("/On-premises data gateway");
    inputs.gatewayInstallDir = QDir::toNativeSeparators(gatewayDir);
    inputs.gatewayConfigFiles = readFiles(
        gatewayDir, {Component::GatewayService, Component::GatewayConfigurator, Component::GatewayMashupEngine});
    inputs.winHttp = winHttpProxy();
    inputs.userStatic = userStaticProxy();
    if (!inputs.userStatic)
        inputs.userFound = ProxyResolver::describeSystemProxy(nullptr);
    return inputs;
}
#endif
