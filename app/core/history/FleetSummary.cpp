#include "FleetSummary.h"

#include <algorithm>
#include <tuple>

namespace {
void count(QMap<QString, FleetSummary::Tally>& tallies, const QString& key, bool ready)
{
    FleetSummary::Tally& tally = tallies[key];
    ++tally.machines;
    if (!ready)
        ++tally.notReady;
}

bool passes(const QString& status)
{
    return status == QLatin1String("pass") || status == QLatin1String("warn");
}
} // namespace

QString FleetSummary::interned(const QString& text)
{
    const auto found = m_strings.constFind(text);
    if (found != m_strings.constEnd())
        return *found;
    m_strings.insert(text, text);
    return text;
}

void FleetSummary::add(const SavedReport& report)
{
    ++m_machines;
    const QString key = report.cloud + QLatin1Char('|') + QString::number(report.schemaVersion);
    GroupState& state = m_groups[key];
    Group& group = state.group;
    group.cloud = report.cloud;
    group.schemaVersion = report.schemaVersion;
    ++group.machines;
    const bool ready = report.failed == 0;
    if (ready)
        ++group.ready;
    const QString site = interned(report.label(QStringLiteral("site")));
    count(group.byRoute, interned(report.route()), ready);
    count(group.bySite, site, ready);
    count(group.byOs, interned(report.os), ready);
    count(group.byCatalogDate, interned(report.catalogDate), ready);

    FailingMachine failing;
    QHash<QString, SiteCount>& atSite = state.bySiteAndEndpoint[site];
    for (const SavedCheck& check : report.checks) {
        if (check.status == QLatin1String("skipped"))
            continue; // not tested: neither a pass nor a failure
        const QString identity = interned(check.identity);
        EndpointTally& tally = state.endpoints[identity];
        if (tally.tested == 0) {
            tally.identity = identity;
            tally.endpointId = interned(check.endpointId);
            tally.endpoint = interned(check.endpoint());
            tally.protocol = interned(check.protocol);
        }
        ++tally.tested;
        SiteCount& siteCount = atSite[identity];
        ++siteCount.tested;
        if (passes(check.status)) {
            ++siteCount.passed;
            continue;
        }
        ++tally.failed;
        const QString diagnosis = interned(check.diagnosis);
        ++tally.diagnoses[diagnosis];
        failing.failures.append({identity, diagnosis});
    }
    if (!failing.failures.isEmpty()) {
        failing.hostname = report.hostname;
        failing.path = report.path;
        failing.site = site;
        state.failingMachines << failing;
    }
}

void FleetSummary::addUnreadable(const QString& path, const QString& reason)
{
    m_unreadable << Unreadable {path, reason};
}

QList<FleetSummary::Group> FleetSummary::groups() const
{
    QList<Group> result;
    for (const GroupState& state : m_groups) {
        Group group = state.group;
        group.endpoints = state.endpoints.values();
        std::sort(group.endpoints.begin(), group.endpoints.end(), [](const EndpointTally& a, const EndpointTally& b) {
            return a.failed != b.failed ? a.failed > b.failed : a.identity < b.identity;
        });
        for (const FailingMachine& machine : state.failingMachines) {
            const QHash<QString, SiteCount>& atSite = state.bySiteAndEndpoint.value(machine.site);
            for (const auto& [identity, diagnosis] : machine.failures) {
                const SiteCount counts = atSite.value(identity);
                if (counts.tested == 0 || counts.passed < oddOneOutShare * counts.tested)
                    continue;
                const EndpointTally tally = state.endpoints.value(identity);
                group.oddOnesOut << OddOneOut {machine.hostname, machine.path, machine.site, tally.endpoint,
                    tally.protocol, diagnosis, counts.tested, counts.passed};
            }
        }
        std::sort(group.oddOnesOut.begin(), group.oddOnesOut.end(), [](const OddOneOut& a, const OddOneOut& b) {
            return std::tie(a.site, a.hostname, a.path, a.endpoint) < std::tie(b.site, b.hostname, b.path, b.endpoint);
        });
        result << group;
    }
    return result;
}

QList<FleetSummary::Unreadable> FleetSummary::unreadable() const
{
    QList<Unreadable> result = m_unreadable;
    std::sort(result.begin(), result.end(), [](const Unreadable& a, const Unreadable& b) { return a.path < b.path; });
    return result;
}
