#include "RelayNamespaces.h"

#include "EndpointParser.h"
#include "JsonFields.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace {
constexpr qsizetype kMaxRegionNameLength = 100;
const QLatin1String kDomain(".servicebus.windows.net");

bool readDate(const QJsonObject& top, const QString& key, QString* target, QString* error)
{
    if (!JsonFields::readString(top, key, QString(), true, target, error))
        return false;
    if (QDate::fromString(*target, Qt::ISODate).isValid())
        return true;
    *error = JsonFields::problem(key, RelayNamespaces::tr("'%1' is not a date (YYYY-MM-DD)").arg(*target));
    return false;
}

bool readObject(const QJsonValue& value, const QString& path, QJsonObject* target, QString* error)
{
    if (!value.isObject()) {
        *error = JsonFields::problem(path, RelayNamespaces::tr("%1 is not an object").arg(JsonFields::describe(value)));
        return false;
    }
    *target = value.toObject();
    return true;
}
} // namespace

std::shared_ptr<const RelayNamespaces> RelayNamespaces::builtIn()
{
    static QMutex mutex;
    static std::shared_ptr<const RelayNamespaces> list;
    QMutexLocker lock(&mutex);
    if (!list) {
        QString error;
        list = loadFile(QStringLiteral(":/catalog/relay-namespaces.json"), &error);
        Q_ASSERT_X(list, "RelayNamespaces", qPrintable(error)); // a test keeps the embedded file valid
        if (!list)
            list = std::make_shared<const RelayNamespaces>();
    }
    return list;
}

std::shared_ptr<const RelayNamespaces> RelayNamespaces::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + tr("cannot read the file: %1").arg(file.errorString());
        return nullptr;
    }
    const QByteArray json = JsonFields::readCapped(file, kMaxFileSize);
    if (json.size() > kMaxFileSize) {
        *error = path + QStringLiteral(": ")
            + tr("larger than %1 KB; not a list of relay namespaces").arg(kMaxFileSize / 1024);
        return nullptr;
    }
    auto list = parse(json, error);
    if (!list)
        *error = path + QStringLiteral(": ") + *error;
    return list;
}

std::shared_ptr<const RelayNamespaces> RelayNamespaces::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> parsed = JsonFields::parseObject(json, error);
    if (!parsed)
        return nullptr;
    const QJsonObject& top = *parsed;
    static const QStringList topKeys
        = {QStringLiteral("schemaVersion"), QStringLiteral("source"), QStringLiteral("pageDate"),
            QStringLiteral("generator"), QStringLiteral("generated"), QStringLiteral("regions")};
    if (!JsonFields::checkKeys(top, topKeys, QString(), error))
        return nullptr;
    const QJsonValue version = top.value(QStringLiteral("schemaVersion"));
    if (version.isUndefined()) {
        *error = JsonFields::problem(QStringLiteral("schemaVersion"), JsonFields::tr("required field is missing"));
        return nullptr;
    }
    if (!version.isDouble() || version.toDouble() != 1.0) {
        *error = JsonFields::problem(QStringLiteral("schemaVersion"),
            tr("%1 is not a supported version (this version reads 1)").arg(JsonFields::describe(version)));
        return nullptr;
    }

    auto list = std::make_shared<RelayNamespaces>();
    QString generator;
    if (!JsonFields::readString(top, QStringLiteral("source"), QString(), true, &list->m_source, error)
        || !JsonFields::readString(top, QStringLiteral("generator"), QString(), false, &generator, error)
        || !readDate(top, QStringLiteral("pageDate"), &list->m_pageDate, error)
        || !readDate(top, QStringLiteral("generated"), &list->m_generated, error))
        return nullptr;

    QJsonArray regions;
    // readArray refuses empty arrays: every region has at least one namespace.
    if (!JsonFields::readArray(top, QStringLiteral("regions"), QString(), &regions, error))
        return nullptr;
    static const QStringList regionKeys = {QStringLiteral("name"), QStringLiteral("namespaces")};
    static const QStringList namespaceKeys = {QStringLiteral("host"), QStringLiteral("preview")};
    QSet<QString> regionNames;
    QSet<QString> hosts;
    for (qsizetype r = 0; r < regions.size(); ++r) {
        const QString path = JsonFields::element(QStringLiteral("regions"), r);
        QJsonObject entry;
        RelayRegion region;
        QJsonArray namespaces;
        if (!readObject(regions.at(r), path, &entry, error) || !JsonFields::checkKeys(entry, regionKeys, path, error)
            || !JsonFields::readString(entry, QStringLiteral("name"), path, true, &region.name, error)
            || !JsonFields::readArray(entry, QStringLiteral("namespaces"), path, &namespaces, error))
            return nullptr;
        const QString namePath = JsonFields::member(path, QStringLiteral("name"));
        region.name = region.name.simplified();
        if (region.name.isEmpty() || region.name.size() > kMaxRegionNameLength) {
            *error
                = JsonFields::problem(namePath, tr("a region name has 1 to %1 characters").arg(kMaxRegionNameLength));
            return nullptr;
        }
        if (regionNames.contains(region.name.toLower())) {
            *error = JsonFields::problem(namePath, tr("the region '%1' is listed twice").arg(region.name));
            return nullptr;
        }
        regionNames.insert(region.name.toLower());
        for (qsizetype n = 0; n < namespaces.size(); ++n) {
            const QString itemPath = JsonFields::element(JsonFields::member(path, QStringLiteral("namespaces")), n);
            QJsonObject item;
            RelayNamespace relay;
            if (!readObject(namespaces.at(n), itemPath, &item, error)
                || !JsonFields::checkKeys(item, namespaceKeys, itemPath, error)
                || !JsonFields::readString(item, QStringLiteral("host"), itemPath, true, &relay.host, error))
                return nullptr;
            const QString hostPath = JsonFields::member(itemPath, QStringLiteral("host"));
            if (relay.host != relay.host.toLower() || !EndpointParser::isHostName(relay.host)
                || !relay.host.endsWith(kDomain) || relay.host.size() == kDomain.size()
                || relay.host.left(relay.host.size() - kDomain.size()).contains(QLatin1Char('.'))) {
                *error = JsonFields::problem(hostPath,
                    tr("'%1' is not a namespace host: one lower-case label below servicebus.windows.net")
                        .arg(relay.host));
                return nullptr;
            }
            const QJsonValue preview = item.value(QStringLiteral("preview"));
            if (!preview.isBool()) {
                *error = JsonFields::problem(JsonFields::member(itemPath, QStringLiteral("preview")),
                    tr("%1 is not true or false").arg(JsonFields::describe(preview)));
                return nullptr;
            }
            relay.preview = preview.toBool();
            if (hosts.contains(relay.host)) {
                *error = JsonFields::problem(hostPath, tr("%1 is listed twice").arg(relay.host));
                return nullptr;
            }
            if (hosts.size() >= kMaxNamespaces) {
                *error
                    = JsonFields::problem(QStringLiteral("regions"), tr("more than %1 namespaces").arg(kMaxNamespaces));
                return nullptr;
            }
            hosts.insert(relay.host);
            region.namespaces << relay;
        }
        list->m_regions << region;
    }
    return list;
}

QStringList RelayNamespaces::regionNames() const
{
    QStringList names;
    for (const RelayRegion& region : m_regions)
        names << region.name;
    return names;
}

const RelayRegion* RelayNamespaces::region(const QString& name) const
{
    const QString wanted = name.simplified();
    for (const RelayRegion& region : m_regions) {
        if (region.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &region;
    }
    return nullptr;
}

const RelayRegion* RelayNamespaces::regionOf(const QString& host) const
{
    for (const RelayRegion& region : m_regions) {
        const bool holds = std::any_of(region.namespaces.cbegin(), region.namespaces.cend(),
            [&](const RelayNamespace& relay) { return relay.host.compare(host, Qt::CaseInsensitive) == 0; });
        if (holds)
            return &region;
    }
    return nullptr;
}

qsizetype RelayNamespaces::size() const
{
    qsizetype count = 0;
    for (const RelayRegion& region : m_regions)
        count += region.namespaces.size();
    return count;
}
