#include "SystemPacHost.h"
#include "WpadFinder.h"

#include <QFile>

WpadDiscovery WpadFinder::discover()
{
    SystemPacHost host;
    const auto resolve = [&host](const QString& name) { return host.resolve(name); };
    // LOCALDOMAIN replaces the search list of resolv.conf, as in the resolver itself.
    if (qEnvironmentVariableIsSet("LOCALDOMAIN"))
        return lookUp(
            QString::fromLocal8Bit(qgetenv("LOCALDOMAIN")).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts),
            resolve);
    QFile resolvConf(QStringLiteral("/etc/resolv.conf"));
    if (!resolvConf.open(QIODevice::ReadOnly)) {
        WpadDiscovery discovery;
        discovery.method = QStringLiteral("dns");
        discovery.error = tr("/etc/resolv.conf cannot be read: %1").arg(resolvConf.errorString());
        return discovery;
    }
    return lookUp(searchDomains(resolvConf.read(qint64(64) * 1024)), resolve);
}
