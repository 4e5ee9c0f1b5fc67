#include "ReportReader.h"

#include "CheckIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
// Walks the JSON with the path of each field at hand, so the first field that is missing or of the wrong
// type is named in the message ("checks[3].status").
class Fields
{
public:
    explicit Fields(QString* error)
        : m_error(error)
    {
    }

    bool failed() const { return m_failed; }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isObject())
            wrongType(path + key, ReportReader::tr("an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isArray())
            wrongType(path + key, ReportReader::tr("a list"));
        return value.toArray();
    }

    QString string(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isString())
            wrongType(path + key, ReportReader::tr("a text"));
        return value.toString();
    }

    // null reads as empty: "not known" or "not applicable" in the report's words.
    QString stringOrNull(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isString() && !value.isNull())
            wrongType(path + key, ReportReader::tr("a text or null"));
        return value.toString();
    }

    QStringList strings(const QJsonObject& parent, const QString& key, const QString& path)
    {
        QStringList result;
        const QJsonArray list = array(parent, key, path);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                wrongType(QStringLiteral("%1%2[%3]").arg(path, key).arg(i), ReportReader::tr("a text"));
            result << list.at(i).toString();
        }
        return result;
    }

    int integer(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            wrongType(path + key, ReportReader::tr("a whole number"));
        return value.toInt();
    }

    bool boolean(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isBool())
            wrongType(path + key, ReportReader::tr("true or false"));
        return value.toBool();
    }

    void oneOf(const QString& value, const QStringList& allowed, const QString& path)
    {
        if (!allowed.contains(value))
            fail(ReportReader::tr("field '%1' is '%2', expected one of: %3")
                     .arg(path, value, allowed.join(QStringLiteral(", "))));
    }

    void fail(const QString& message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = message;
    }

private:
    void wrongType(const QString& path, const QString& expected)
    {
        fail(ReportReader::tr("field '%1' is missing or is not %2").arg(path, expected));
    }

    QString* m_error;
    bool m_failed = false;
};

SavedCheck readCheck(Fields& fields, const QJsonObject& object, const QString& path)
{
    SavedCheck check;
    check.id = fields.string(object, QStringLiteral("id"), path);
    check.endpointId = fields.string(object, QStringLiteral("endpointId"), path);
    check.host = fields.string(object, QStringLiteral("host"), path);
    check.probe = fields.string(object, QStringLiteral("probe"), path);
    check.port = fields.integer(object, QStringLiteral("port"), path);
    check.protocol = fields.string(object, QStringLiteral("protocol"), path);
    check.url = fields.stringOrNull(object, QStringLiteral("url"), path);
    check.retired = fields.boolean(object, QStringLiteral("retired"), path);
    check.status = fields.string(object, QStringLiteral("status"), path);
    fields.oneOf(check.status,
        {QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"), QStringLiteral("skipped")},
        path + QStringLiteral("status"));
    // New diagnosis codes arrive within a schema version: any code is taken, the status says what it means.
    check.diagnosis = fields.string(object, QStringLiteral("diagnosis"), path);
    check.diagnosisTitle = fields.string(object, QStringLiteral("diagnosisTitle"), path);
    check.detail = fields.string(object, QStringLiteral("detail"), path);
    check.proxy = fields.stringOrNull(object, QStringLiteral("proxy"), path);
    check.identity = CheckIdentity::of(check.endpointId, check.probe, check.port, check.protocol, check.url);
    return check;
}

// Two checks of one run with the same identity (the same URL in two chains) stay apart by their order.
void keepIdentitiesUnique(QList<SavedCheck>& checks)
{
    QHash<QString, int> seen;
    for (SavedCheck& check : checks) {
        const int count = ++seen[check.identity];
        if (count > 1)
            check.identity += QStringLiteral("|#%1").arg(count);
    }
}

std::optional<SavedReport> readVersion1(const QJsonObject& root, QString* error)
{
    Fields fields(error);
    SavedReport report;
    report.schemaVersion = 1;
    const QString top;
    report.toolVersion = fields.string(
        fields.object(root, QStringLiteral("tool"), top), QStringLiteral("version"), QStringLiteral("tool."));
    report.language = root.value(QStringLiteral("language")).toString(); // absent from reports before 0.2
    report.startedAt
        = QDateTime::fromString(fields.stringOrNull(root, QStringLiteral("startedAt"), top), Qt::ISODateWithMs);
    report.cancelled = fields.boolean(root, QStringLiteral("cancelled"), top);

    const QString sel = QStringLiteral("selection.");
    const QJsonObject selection = fields.object(root, QStringLiteral("selection"), top);
    report.cloud = fields.string(selection, QStringLiteral("cloud"), sel);
    report.features = fields.strings(selection, QStringLiteral("features"), sel);
    report.catalogs = fields.strings(selection, QStringLiteral("catalogs"), sel);
    report.catalogDate = selection.value(QStringLiteral("catalogDate")).toString();

    const QString env = QStringLiteral("environment.");
    const QJsonObject environment = fields.object(root, QStringLiteral("environment"), top);
    report.hostname = fields.string(environment, QStringLiteral("hostname"), env);
    report.os = fields.string(environment, QStringLiteral("os"), env);
    report.user = fields.string(environment, QStringLiteral("user"), env);
    report.proxyMode = fields.string(environment, QStringLiteral("proxyMode"), env);
    report.proxy = fields.stringOrNull(environment, QStringLiteral("proxy"), env);
    // pacUrl came later within version 1: a report without it names no script.
    if (environment.contains(QStringLiteral("pacUrl")))
        report.pacUrl = fields.stringOrNull(environment, QStringLiteral("pacUrl"), env);

    // Labels came later within version 1: a report without them has none.
    if (root.contains(QStringLiteral("labels"))) {
        const QJsonObject labels = fields.object(root, QStringLiteral("labels"), top);
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            if (!it.value().isString())
                fields.fail(ReportReader::tr("field '%1' is missing or is not %2")
                                .arg(QStringLiteral("labels.") + it.key(), ReportReader::tr("a text")));
            report.labels.append({it.key(), it.value().toString()});
        }
    }

    const QString sum = QStringLiteral("summary.");
    const QJsonObject summary = fields.object(root, QStringLiteral("summary"), top);
    report.verdict = fields.string(summary, QStringLiteral("verdict"), sum);
    fields.oneOf(report.verdict,
        {QStringLiteral("ready"), QStringLiteral("ready-with-warnings"), QStringLiteral("not-ready")},
        sum + QStringLiteral("verdict"));
    report.failed = fields.integer(summary, QStringLiteral("failed"), sum);

    const QJsonArray checks = fields.array(root, QStringLiteral("checks"), top);
    report.checks.reserve(checks.size());
    for (qsizetype i = 0; i < checks.size() && !fields.failed(); ++i) {
        const QString path = QStringLiteral("checks[%1].").arg(i);
        if (!checks.at(i).isObject()) {
            fields.fail(ReportReader::tr("field '%1' is missing or is not %2")
                            .arg(path.chopped(1), ReportReader::tr("an object")));
            break;
        }
        report.checks << readCheck(fields, checks.at(i).toObject(), path);
    }
    if (fields.failed())
        return std::nullopt;
    keepIdentitiesUnique(report.checks);
    return report;
}
} // namespace

QList<int> ReportReader::knownSchemaVersions()
{
    return {1};
}

std::optional<SavedReport> ReportReader::fromJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<SavedReport> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("not a Netready report: the JSON is not an object"));
    const QJsonObject root = document.object();
    // Netready's other JSON outputs (a comparison, a fleet summary) name their kind; run reports do not.
    const QString kind = root.value(QStringLiteral("kind")).toString();
    if (!kind.isEmpty() && kind != QLatin1String("report"))
        return fail(tr("this is a Netready %1, not a run report").arg(kind));
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    const QString toolName = root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString();
    if (!version.isDouble() || toolName != QLatin1String("netready"))
        return fail(tr("not a Netready report: it has no schemaVersion or its tool is not netready"));

    QStringList known;
    for (const int v : knownSchemaVersions())
        known << QString::number(v);
    const int schemaVersion = version.toInt();
    if (version.toDouble() != double(schemaVersion) || !knownSchemaVersions().contains(schemaVersion)) {
        return fail(tr("report schema version %1 is not known to this Netready (it reads version %2); "
                       "a newer Netready can read it")
                        .arg(version.toDouble())
                        .arg(known.join(QStringLiteral(", "))));
    }
    return readVersion1(root, error);
}

std::optional<SavedReport> ReportReader::readFile(const QString& path, QString* error)
{
    const auto fail = [&](const QString& message) -> std::optional<SavedReport> {
        if (error)
            *error = tr("%1: %2").arg(path, message);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a directory, not a report"));
    if (info.size() > maximumFileSize)
        return fail(tr("too large for a report (%1 bytes)").arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QString why;
    std::optional<SavedReport> report = fromJson(file.readAll(), &why);
    if (!report)
        return fail(why);
    report->path = path;
    return report;
}
