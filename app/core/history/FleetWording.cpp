#include "FleetWording.h"

#include <QStringList>

QString FleetWording::title()
{
    return tr("Netready fleet summary");
}

QString FleetWording::totals(const FleetSummary& summary)
{
    return tr("Reports read: %1; unreadable files: %2.").arg(summary.machines()).arg(summary.unreadable().size());
}

QString FleetWording::groupTitle(const FleetSummary::Group& group)
{
    return tr("Cloud %1, report schema version %2").arg(group.cloud).arg(group.schemaVersion);
}

QString FleetWording::groupCounts(const FleetSummary::Group& group)
{
    return tr("Machines: %1; ready: %2; not ready: %3.")
        .arg(group.machines)
        .arg(group.ready)
        .arg(group.machines - group.ready);
}

QString FleetWording::route(const QString& route)
{
    return route.isEmpty() ? tr("direct") : route;
}

QString FleetWording::site(const QString& site)
{
    return site.isEmpty() ? tr("no site label") : site;
}

QString FleetWording::notStated(const QString& value)
{
    return value.isEmpty() ? tr("not stated") : value;
}

QString FleetWording::diagnoses(const FleetSummary::EndpointTally& tally)
{
    QStringList parts;
    for (auto it = tally.diagnoses.cbegin(); it != tally.diagnoses.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QString FleetWording::oddOneOut(const FleetSummary::OddOneOut& odd)
{
    //: %1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines
    //: pass, %n how many machines the site has
    return tr("%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.", nullptr, odd.machinesAtSite)
        .arg(odd.hostname, site(odd.site), odd.endpoint, odd.protocol, odd.diagnosis)
        .arg(odd.passingAtSite);
}

QList<FleetWording::Grouping> FleetWording::groupings(const FleetSummary::Group& group)
{
    const auto rows = [](const QMap<QString, FleetSummary::Tally>& tallies, QString (*word)(const QString&)) {
        QList<std::pair<QString, FleetSummary::Tally>> result;
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
            result.append({word(it.key()), it.value()});
        return result;
    };
    return {
        {QStringLiteral("proxy"), tr("By proxy"), rows(group.byRoute, &route)},
        {QStringLiteral("site"), tr("By site"), rows(group.bySite, &site)},
        {QStringLiteral("os"), tr("By operating system"), rows(group.byOs, &notStated)},
        {QStringLiteral("catalogDate"), tr("By catalog date"), rows(group.byCatalogDate, &notStated)},
    };
}
