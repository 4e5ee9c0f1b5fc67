#include "PublicRoots.h"

#include "catalog/JsonFields.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace {
constexpr qsizetype kMaxNameLength = 256;
} // namespace

std::shared_ptr<const PublicRoots> PublicRoots::builtIn()
{
    static QMutex mutex;
    static std::shared_ptr<const PublicRoots> roots;
    QMutexLocker lock(&mutex);
    if (!roots) {
        QString error;
        roots = loadFile(QStringLiteral(":/tls/public-roots.json"), &error);
        Q_ASSERT_X(roots, "PublicRoots", qPrintable(error)); // a test keeps the embedded file valid
        if (!roots)
            roots = std::make_shared<const PublicRoots>();
    }
    return roots;
}

std::shared_ptr<const PublicRoots> PublicRoots::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + tr("cannot read the file: %1").arg(file.errorString());
        return nullptr;
    }
    const QByteArray json = JsonFields::readCapped(file, kMaxFileSize);
    if (json.size() > kMaxFileSize) {
        *error = path + QStringLiteral(": ")
            + tr("larger than %1 KB; not a list of public roots").arg(kMaxFileSize / 1024);
        return nullptr;
    }
    auto roots = parse(json, error);
    if (!roots)
        *error = path + QStringLiteral(": ") + *error;
    return roots;
}

std::shared_ptr<const PublicRoots> PublicRoots::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> parsed = JsonFields::parseObject(json, error);
    if (!parsed)
        return nullptr;
    const QJsonObject& top = *parsed;
    static const QStringList topKeys = {QStringLiteral("format"), QStringLiteral("about"), QStringLiteral("generator"),
        QStringLiteral("generated"), QStringLiteral("sources"), QStringLiteral("roots")};
    if (!JsonFields::checkKeys(top, topKeys, QString(), error))
        return nullptr;
    const QJsonValue format = top.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        *error = JsonFields::problem(QStringLiteral("format"), JsonFields::tr("required field is missing"));
        return nullptr;
    }
    if (!format.isDouble() || format.toDouble() != 1.0) {
        *error = JsonFields::problem(QStringLiteral("format"),
            tr("%1 is not a supported format (this version reads 1)").arg(JsonFields::describe(format)));
        return nullptr;
    }

    auto roots = std::make_shared<PublicRoots>();
    QString generator;
    if (!JsonFields::readString(top, QStringLiteral("generator"), QString(), true, &generator, error)
        || !JsonFields::readString(top, QStringLiteral("generated"), QString(), true, &roots->m_generated, error))
        return nullptr;
    if (!QDate::fromString(roots->m_generated, Qt::ISODate).isValid()) {
        *error = JsonFields::problem(
            QStringLiteral("generated"), tr("'%1' is not a date (YYYY-MM-DD)").arg(roots->m_generated));
        return nullptr;
    }

    QJsonArray sources;
    if (!JsonFields::readArray(top, QStringLiteral("sources"), QString(), &sources, error))
        return nullptr;
    QSet<QString> sourceIds;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString path = JsonFields::element(QStringLiteral("sources"), i);
        if (!sources.at(i).isObject()) {
            *error = JsonFields::problem(path, tr("%1 is not an object").arg(JsonFields::describe(sources.at(i))));
            return nullptr;
        }
        const QJsonObject source = sources.at(i).toObject();
        QString id;
        QString name;
        QString version;
        if (!JsonFields::readString(source, QStringLiteral("id"), path, true, &id, error)
            || !JsonFields::readString(source, QStringLiteral("name"), path, true, &name, error)
            || !JsonFields::readString(source, QStringLiteral("version"), path, false, &version, error))
            return nullptr;
        sourceIds.insert(id);
        if (source.value(QStringLiteral("package")).toString() == QLatin1String("ca-certificates"))
            roots->m_packageVersion = version;
    }

    QJsonArray list;
    if (!JsonFields::readArray(top, QStringLiteral("roots"), QString(), &list, error))
        return nullptr;
    if (list.size() > kMaxRoots) {
        *error = JsonFields::problem(QStringLiteral("roots"), tr("more than %1 roots").arg(kMaxRoots));
        return nullptr;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    static const QStringList rootKeys = {QStringLiteral("name"), QStringLiteral("sha256"), QStringLiteral("sources")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonFields::element(QStringLiteral("roots"), i);
        if (!list.at(i).isObject()) {
            *error = JsonFields::problem(path, tr("%1 is not an object").arg(JsonFields::describe(list.at(i))));
            return nullptr;
        }
        const QJsonObject entry = list.at(i).toObject();
        QString name;
        QString sha256;
        QJsonArray from;
        if (!JsonFields::checkKeys(entry, rootKeys, path, error)
            || !JsonFields::readString(entry, QStringLiteral("name"), path, true, &name, error)
            || !JsonFields::readString(entry, QStringLiteral("sha256"), path, true, &sha256, error)
            || !JsonFields::readArray(entry, QStringLiteral("sources"), path, &from, error))
            return nullptr;
        if (name.size() > kMaxNameLength) {
            *error = JsonFields::problem(
                JsonFields::member(path, QStringLiteral("name")), tr("longer than %1 characters").arg(kMaxNameLength));
            return nullptr;
        }
        if (!hex.match(sha256).hasMatch()) {
            *error = JsonFields::problem(JsonFields::member(path, QStringLiteral("sha256")),
                tr("'%1' is not a SHA-256 fingerprint (64 lower-case hex digits)").arg(sha256));
            return nullptr;
        }
        for (qsizetype s = 0; s < from.size(); ++s) {
            if (!sourceIds.contains(from.at(s).toString())) {
                *error
                    = JsonFields::problem(JsonFields::element(JsonFields::member(path, QStringLiteral("sources")), s),
                        tr("%1 is not the id of an entry of sources").arg(JsonFields::describe(from.at(s))));
                return nullptr;
            }
        }
        if (roots->m_names.contains(sha256)) {
            *error = JsonFields::problem(
                JsonFields::member(path, QStringLiteral("sha256")), tr("this root is listed twice"));
            return nullptr;
        }
        roots->m_names.insert(sha256, name.simplified());
    }
    return roots;
}
