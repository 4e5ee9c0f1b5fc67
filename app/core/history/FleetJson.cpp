#include "FleetJson.h"

#include <QJsonArray>

namespace {
QJsonArray tallies(const QMap<QString, FleetSummary::Tally>& map, const QString& keyName)
{
    QJsonArray result;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        result.append(QJsonObject {
            {keyName, it.key().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.key())},
            {QStringLiteral("machines"), it.value().machines},
            {QStringLiteral("notReady"), it.value().notReady},
        });
    }
    return result;
}

QJsonObject groupJson(const FleetSummary::Group& group)
{
    QJsonArray endpoints;
    for (const FleetSummary::EndpointTally& tally : group.endpoints) {
        QJsonObject diagnoses;
        for (auto it = tally.diagnoses.cbegin(); it != tally.diagnoses.cend(); ++it)
            diagnoses.insert(it.key(), it.value());
        endpoints.append(QJsonObject {
            {QStringLiteral("identity"), tally.identity},
            {QStringLiteral("endpointId"), tally.endpointId},
            {QStringLiteral("endpoint"), tally.endpoint},
            {QStringLiteral("protocol"), tally.protocol},
            {QStringLiteral("tested"), tally.tested},
            {QStringLiteral("failed"), tally.failed},
            {QStringLiteral("diagnoses"), diagnoses},
        });
    }
    QJsonArray odd;
    for (const FleetSummary::OddOneOut& machine : group.oddOnesOut) {
        odd.append(QJsonObject {
            {QStringLiteral("hostname"), machine.hostname},
            {QStringLiteral("path"), machine.path},
            {QStringLiteral("site"), machine.site.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(machine.site)},
            {QStringLiteral("endpoint"), machine.endpoint},
            {QStringLiteral("protocol"), machine.protocol},
            {QStringLiteral("diagnosis"), machine.diagnosis},
            {QStringLiteral("machinesAtSite"), machine.machinesAtSite},
            {QStringLiteral("passingAtSite"), machine.passingAtSite},
        });
    }
    return QJsonObject {
        {QStringLiteral("cloud"), group.cloud},
        {QStringLiteral("schemaVersion"), group.schemaVersion},
        {QStringLiteral("machines"), group.machines},
        {QStringLiteral("ready"), group.ready},
        {QStringLiteral("notReady"), group.machines - group.ready},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("byProxy"), tallies(group.byRoute, QStringLiteral("proxy"))},
        {QStringLiteral("bySite"), tallies(group.bySite, QStringLiteral("site"))},
        {QStringLiteral("byOs"), tallies(group.byOs, QStringLiteral("os"))},
        {QStringLiteral("byCatalogDate"), tallies(group.byCatalogDate, QStringLiteral("catalogDate"))},
        {QStringLiteral("oddOnesOut"), odd},
    };
}
} // namespace

QJsonObject FleetJson::toJson(const FleetSummary& summary)
{
    QJsonArray groups;
    for (const FleetSummary::Group& group : summary.groups())
        groups.append(groupJson(group));
    QJsonArray unreadable;
    for (const FleetSummary::Unreadable& file : summary.unreadable())
        unreadable.append(QJsonObject {{QStringLiteral("path"), file.path}, {QStringLiteral("reason"), file.reason}});
    return QJsonObject {
        {QStringLiteral("kind"), QStringLiteral("fleet-summary")},
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("tool"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("netready")},
                {QStringLiteral("version"), QStringLiteral(NETREADY_VERSION)}}},
        {QStringLiteral("reports"), summary.machines()},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("unreadable"), unreadable},
    };
}
