#include "ComparisonJson.h"

#include "ComparisonWording.h"

#include <QJsonArray>

namespace {
QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject reportJson(const SavedReport& report)
{
    return QJsonObject {
        {QStringLiteral("path"), stringOrNull(report.path)},
        {QStringLiteral("schemaVersion"), report.schemaVersion},
        {QStringLiteral("toolVersion"), report.toolVersion},
        {QStringLiteral("hostname"), report.hostname},
        {QStringLiteral("startedAt"),
            report.startedAt.isValid() ? QJsonValue(report.startedAt.toUTC().toString(Qt::ISODateWithMs))
                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cloud"), report.cloud},
        {QStringLiteral("features"), QJsonArray::fromStringList(report.features)},
        {QStringLiteral("catalogs"), QJsonArray::fromStringList(report.catalogs)},
        {QStringLiteral("proxy"), stringOrNull(report.proxy)},
        {QStringLiteral("verdict"), report.verdict},
    };
}

QJsonValue sideJson(const std::optional<SavedCheck>& check)
{
    if (!check)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {QStringLiteral("id"), check->id},
        {QStringLiteral("status"), check->status},
        {QStringLiteral("diagnosis"), check->diagnosis},
        {QStringLiteral("diagnosisTitle"), ComparisonWording::diagnosisText(*check)},
        {QStringLiteral("detail"), check->detail},
    };
}
} // namespace

QJsonObject ComparisonJson::toJson(const ReportComparison& comparison)
{
    QJsonObject counts;
    for (const ReportComparison::Category category : ReportComparison::reportedCategories())
        counts.insert(ReportComparison::categoryId(category), comparison.count(category));
    counts.insert(QStringLiteral("unchanged"), comparison.count(ReportComparison::Category::Unchanged));

    QJsonArray changes;
    for (const ReportComparison::Category category : ReportComparison::reportedCategories()) {
        for (const ReportComparison::Entry& entry : comparison.entries(category)) {
            const SavedCheck& check = entry.either();
            changes.append(QJsonObject {
                {QStringLiteral("category"), ReportComparison::categoryId(category)},
                {QStringLiteral("identity"), entry.identity},
                {QStringLiteral("endpointId"), check.endpointId},
                {QStringLiteral("endpoint"), check.endpoint()},
                {QStringLiteral("protocol"), check.protocol},
                {QStringLiteral("before"), sideJson(entry.before)},
                {QStringLiteral("after"), sideJson(entry.after)},
                {QStringLiteral("sentence"), ComparisonWording::sentence(entry)},
            });
        }
    }

    return QJsonObject {
        {QStringLiteral("kind"), QStringLiteral("comparison")},
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("tool"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("netready")},
                {QStringLiteral("version"), QStringLiteral(NETREADY_VERSION)}}},
        {QStringLiteral("before"), reportJson(comparison.before())},
        {QStringLiteral("after"), reportJson(comparison.after())},
        {QStringLiteral("verdictChanged"), comparison.before().verdict != comparison.after().verdict},
        {QStringLiteral("verdictSentence"), ComparisonWording::verdictSentence(comparison)},
        {QStringLiteral("somethingBroke"), comparison.somethingBroke()},
        {QStringLiteral("setupDifferences"),
            QJsonArray::fromStringList(ComparisonWording::setupDifferences(comparison))},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("changes"), changes},
    };
}
