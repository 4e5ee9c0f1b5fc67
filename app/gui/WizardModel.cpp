#include "WizardModel.h"

#include "catalog/CatalogLoader.h"

RunOptions WizardModel::initialOptions(const RunOptions& saved, const WizardStart& start)
{
    const RunOptions defaults;
    const RunOptions& given = start.options;
    RunOptions result = start.useSavedChoices ? saved : defaults;
    if (start.cloudGiven)
        result.cloud = given.cloud;
    if (start.featuresGiven)
        result.features = given.features;
    // Options without a "given" flag count as given when they differ from the defaults.
    if (!given.catalogFile.isEmpty())
        result.catalogFile = given.catalogFile;
    if (!given.extraCatalogFiles.isEmpty())
        result.extraCatalogFiles = given.extraCatalogFiles;
    result.connectTo = given.connectTo;
    if (given.proxy.mode != defaults.proxy.mode)
        result.proxy = given.proxy;
    if (given.proxyAs != defaults.proxyAs)
        result.proxyAs = given.proxyAs;
    if (!given.caFile.isEmpty()) {
        result.caFile = given.caFile;
        result.extraCaCertificates = given.extraCaCertificates;
    }
    if (given.timeoutSeconds != defaults.timeoutSeconds)
        result.timeoutSeconds = given.timeoutSeconds;
    if (given.jobs != defaults.jobs)
        result.jobs = given.jobs;
    if (given.checkChainRevocation)
        result.checkChainRevocation = true;
    if (!given.region.isEmpty())
        result.region = given.region;
    for (auto it = given.inputs.cbegin(); it != given.inputs.cend(); ++it)
        result.inputs.insert(it.key(), it.value());
    return result;
}

const Catalog* WizardModel::catalog() const
{
    // The run uses the extra catalogs too, so their placeholders are asked for and judged here as well.
    const QStringList key = QStringList {m_options.catalogFile} + m_options.extraCatalogFiles;
    if (!m_catalogLoaded || m_catalogKey != key) {
        QString error;
        m_catalog = CatalogLoader::loadForRun(m_options.catalogFile, m_options.extraCatalogFiles, &error);
        m_catalogKey = key;
        m_catalogLoaded = true;
    }
    return m_catalog ? &*m_catalog : nullptr;
}

QStringList WizardModel::placeholdersNeeded() const
{
    return placeholderRules().placeholders();
}

PlaceholderRules WizardModel::placeholderRules() const
{
    const Catalog* loaded = catalog();
    return PlaceholderRules(
        m_options.cloud, loaded ? loaded->select(m_options.cloud, m_options.features) : QList<Endpoint>());
}
