#include "ChoicesSettings.h"

#include <QSettings>

namespace {
const QString kCloud = QStringLiteral("choices/cloud");
const QString kFeatures = QStringLiteral("choices/features");
const QString kDataverse = QStringLiteral("choices/dataverse");
const QString kNamespaces = QStringLiteral("choices/servicebusNamespaces");
const QString kRegion = QStringLiteral("choices/relayRegion");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyUrl = QStringLiteral("network/proxyUrl");
const QString kPacUrl = QStringLiteral("network/pacUrl");
const QString kProxyAs = QStringLiteral("network/proxyAs");
const QString kCaFile = QStringLiteral("network/caFile");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kRevocation = QStringLiteral("network/checkChainRevocation");
const QString kExtraCatalogs = QStringLiteral("network/extraCatalogFiles");
const QString kDataverseInput = QStringLiteral("dataverse");
const QString kNamespaceInput = QStringLiteral("servicebus-namespace");
} // namespace

RunOptions ChoicesSettings::load(bool* cloudRemembered)
{
    const QSettings settings;
    RunOptions options;
    const auto cloud = Clouds::fromId(settings.value(kCloud).toString());
    if (cloud)
        options.cloud = *cloud;
    if (cloudRemembered)
        *cloudRemembered = cloud.has_value();
    if (settings.contains(kFeatures)) {
        QList<Feature> features;
        for (const QString& id : settings.value(kFeatures).toStringList()) {
            if (const auto feature = Features::fromId(id))
                features << *feature;
        }
        options.features = features;
    }
    const QString dataverse = settings.value(kDataverse).toString();
    if (!dataverse.isEmpty())
        options.inputs.insert(kDataverseInput, {dataverse});
    const QStringList namespaces = settings.value(kNamespaces).toStringList();
    if (!namespaces.isEmpty())
        options.inputs.insert(kNamespaceInput, namespaces);
    options.region = settings.value(kRegion).toString();

    const QString mode = settings.value(kProxyMode).toString();
    const QUrl proxyUrl(settings.value(kProxyUrl).toString());
    if (mode == QLatin1String("none")) {
        options.proxy.mode = ProxySetting::Mode::None;
    } else if (mode == QLatin1String("manual") && proxyUrl.isValid() && !proxyUrl.host().isEmpty()) {
        options.proxy.mode = ProxySetting::Mode::Manual;
    }
    if (proxyUrl.isValid() && !proxyUrl.host().isEmpty())
        options.proxy.url = proxyUrl.adjusted(QUrl::RemoveUserInfo);
    // A script that has gone away since falls back to the system's settings.
    if (mode == QLatin1String("pac")) {
        const ProxySetting pac = ProxySetting::fromPac(settings.value(kPacUrl).toString(), nullptr);
        if (pac.mode == ProxySetting::Mode::Pac) {
            options.proxy.mode = pac.mode;
            options.proxy.pacUrl = pac.pacUrl;
        }
    }
    options.proxyAs = ProxyAsIds::fromId(settings.value(kProxyAs).toString()).value_or(ProxyAs::Service);
    options.caFile = settings.value(kCaFile).toString();
    const int timeout = settings.value(kTimeout, options.timeoutSeconds).toInt();
    if (timeout >= 1 && timeout <= 300)
        options.timeoutSeconds = timeout;
    options.checkChainRevocation = settings.value(kRevocation, false).toBool();
    options.extraCatalogFiles = settings.value(kExtraCatalogs).toStringList();
    return options;
}

void ChoicesSettings::save(const RunOptions& options)
{
    QSettings settings;
    settings.setValue(kCloud, Clouds::id(options.cloud));
    settings.setValue(kFeatures, Features::ids(options.features));
    settings.setValue(kDataverse, options.inputs.value(kDataverseInput).value(0));
    settings.setValue(kNamespaces, options.inputs.value(kNamespaceInput));
    settings.setValue(kRegion, options.region);
    settings.setValue(kProxyMode, options.proxy.modeId());
    // The URL only: user name and password are credentials and stay in memory.
    settings.setValue(kProxyUrl, options.proxy.url.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(kPacUrl, options.proxy.pacUrl.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(kProxyAs, ProxyAsIds::id(options.proxyAs));
    settings.setValue(kCaFile, options.caFile);
    settings.setValue(kTimeout, options.timeoutSeconds);
    settings.setValue(kRevocation, options.checkChainRevocation);
    settings.setValue(kExtraCatalogs, options.extraCatalogFiles);
    settings.sync();
}
