#include "CatalogLoader.h"

#include "EndpointParser.h"
#include "JsonFields.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QString kBuiltInPath = QStringLiteral(":/catalog/power-automate.json");

// QJsonParseError gives a byte offset just past the offending character; users need the line and column their
// editor shows for that character.
QString lineAndColumn(const QByteArray& json, int offset)
{
    const int position = std::clamp(offset - 1, 0, static_cast<int>(json.size()));
    const QByteArray before = json.left(position);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return CatalogLoader::tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

QString CatalogLoader::builtInName()
{
    return QStringLiteral("built-in");
}

std::optional<Catalog> CatalogLoader::loadJson(const QByteArray& json, const QString& fileName, QString* error)
{
    const auto fail = [&](const QString& problem) -> std::optional<Catalog> {
        *error = fileName + QStringLiteral(": ") + problem;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAndColumn(json, parseError.offset) + QStringLiteral(": ") + parseError.errorString());
    if (!document.isObject())
        return fail(JsonFields::problem(tr("(root)"), tr("a catalog must be a JSON object")));

    Catalog catalog;
    QString problem;
    if (!readTopLevel(document.object(), &catalog, &problem) || !readRoots(document.object(), &catalog, &problem)
        || !readEndpoints(document.object(), &catalog, &problem))
        return fail(problem);
    catalog.files = QStringList {fileName};
    return catalog;
}

bool CatalogLoader::readTopLevel(const QJsonObject& root, Catalog* catalog, QString* problem)
{
    const QString versionKey = QStringLiteral("schemaVersion");
    const QJsonValue version = root.value(versionKey);
    if (version.isUndefined()) {
        *problem = JsonFields::problem(versionKey, tr("required field is missing"));
        return false;
    }
    if (version.toDouble() != 1.0 || !version.isDouble()) {
        *problem = JsonFields::problem(versionKey,
            tr("%1 is not a supported schema version (this version reads 1)").arg(JsonFields::describe(version)));
        return false;
    }
    static const QStringList keys = {versionKey, QStringLiteral("title"), QStringLiteral("source"),
        QStringLiteral("date"), QStringLiteral("expectedRoots"), QStringLiteral("endpoints")};
    return JsonFields::checkKeys(root, keys, QString(), problem)
        && JsonFields::readString(root, QStringLiteral("title"), QString(), false, &catalog->title, problem)
        && JsonFields::readString(root, QStringLiteral("source"), QString(), false, &catalog->source, problem)
        && readDate(root, catalog, problem);
}

bool CatalogLoader::readDate(const QJsonObject& root, Catalog* catalog, QString* problem)
{
    const QString key = QStringLiteral("date");
    QString text;
    if (!JsonFields::readString(root, key, QString(), false, &text, problem))
        return false;
    if (text.isEmpty())
        return true;
    // Only the calendar form the reports print, so that reports of many machines group by the same text.
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!form.match(text).hasMatch() || !date.isValid()) {
        *problem = JsonFields::problem(key, tr("'%1' is not a date of the form YYYY-MM-DD").arg(text));
        return false;
    }
    catalog->date = date;
    return true;
}

bool CatalogLoader::readRoots(const QJsonObject& root, Catalog* catalog, QString* problem)
{
    const QString key = QStringLiteral("expectedRoots");
    if (!root.contains(key))
        return true;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    static const QStringList keys = {QStringLiteral("name"), QStringLiteral("sha256")};
    QJsonArray array;
    if (!JsonFields::readArray(root, key, QString(), &array, problem))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonFields::element(key, i);
        if (!array.at(i).isObject()) {
            *problem = JsonFields::problem(path, tr("%1 is not an object").arg(JsonFields::describe(array.at(i))));
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        ExpectedRoot expected;
        QString fingerprint;
        if (!JsonFields::checkKeys(object, keys, path, problem)
            || !JsonFields::readString(object, QStringLiteral("name"), path, true, &expected.name, problem)
            || !JsonFields::readString(object, QStringLiteral("sha256"), path, true, &fingerprint, problem))
            return false;
        expected.sha256 = fingerprint.toLower().remove(QLatin1Char(':'));
        if (!hex.match(expected.sha256).hasMatch()) {
            *problem = JsonFields::problem(JsonFields::member(path, QStringLiteral("sha256")),
                tr("'%1' is not a SHA-256 fingerprint (64 hex digits)").arg(fingerprint));
            return false;
        }
        const bool known = std::any_of(catalog->expectedRoots.cbegin(), catalog->expectedRoots.cend(),
            [&](const ExpectedRoot& other) { return other.sha256 == expected.sha256; });
        if (known) {
            *problem = JsonFields::problem(
                JsonFields::member(path, QStringLiteral("sha256")), tr("this root is listed twice"));
            return false;
        }
        catalog->expectedRoots << expected;
    }
    return true;
}

bool CatalogLoader::readEndpoints(const QJsonObject& root, Catalog* catalog, QString* problem)
{
    const QString key = QStringLiteral("endpoints");
    QJsonArray array;
    if (!JsonFields::readArray(root, key, QString(), &array, problem))
        return false;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonFields::element(key, i);
        const auto endpoint = EndpointParser::parse(array.at(i), path, problem);
        if (!endpoint)
            return false;
        if (seen.contains(endpoint->id)) {
            *problem = JsonFields::problem(JsonFields::member(path, QStringLiteral("id")),
                tr("duplicate id '%1' (also %2)")
                    .arg(endpoint->id,
                        JsonFields::member(JsonFields::element(key, seen.value(endpoint->id)), QStringLiteral("id"))));
            return false;
        }
        seen.insert(endpoint->id, i);
        catalog->endpoints << *endpoint;
    }
    return true;
}

std::optional<Catalog> CatalogLoader::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray json = JsonFields::readCapped(file, kMaxFileSize);
    if (json.size() > kMaxFileSize) {
        *error = path + QStringLiteral(": ")
            + tr("larger than %1 MB; not a catalog").arg(kMaxFileSize / (qint64(1024) * 1024));
        return std::nullopt;
    }
    return loadJson(json, path, error);
}

Catalog CatalogLoader::builtIn()
{
    // Parsed once per process (thread-safe static initialisation); a broken resource is a build defect that the
    // tests catch, never a user error.
    static const Catalog catalog = [] {
        QString error;
        QFile file(kBuiltInPath);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in catalog %s is missing from the program", qPrintable(kBuiltInPath));
        auto loaded = loadJson(file.readAll(), builtInName(), &error);
        if (!loaded)
            qFatal("The built-in catalog is invalid: %s", qPrintable(error));
        return *loaded;
    }();
    return catalog;
}

std::optional<Catalog> CatalogLoader::loadForRun(
    const QString& catalogFile, const QStringList& extraFiles, QString* error)
{
    Catalog catalog;
    if (catalogFile.isEmpty()) {
        catalog = builtIn();
    } else {
        auto custom = loadFile(catalogFile, error);
        if (!custom)
            return std::nullopt;
        if (custom->expectedRoots.isEmpty())
            custom->expectedRoots = builtIn().expectedRoots;
        catalog = *custom;
    }
    QHash<QString, QString> origin;
    for (const Endpoint& endpoint : std::as_const(catalog.endpoints))
        origin.insert(endpoint.id, catalog.files.constFirst());

    for (const QString& path : extraFiles) {
        auto extra = loadFile(path, error);
        if (!extra)
            return std::nullopt;
        for (qsizetype i = 0; i < extra->endpoints.size(); ++i) {
            const QString& id = extra->endpoints.at(i).id;
            if (origin.contains(id)) {
                const QString where
                    = JsonFields::member(JsonFields::element(QStringLiteral("endpoints"), i), QStringLiteral("id"));
                *error = path + QStringLiteral(": ")
                    + JsonFields::problem(
                        where, tr("duplicate id '%1' (already defined in %2)").arg(id, origin.value(id)));
                return std::nullopt;
            }
            origin.insert(id, path);
        }
        catalog.append(*extra);
    }
    return catalog;
}
