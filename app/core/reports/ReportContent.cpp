#include "ReportContent.h"

#include "Cloud.h"
#include "Protocol.h"
#include "engine/Remedies.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {
QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}
} // namespace

QList<ReportSection> ReportContent::sections(const RunReport& report)
{
    // The features the user chose; an endpoint that also serves others is listed under the chosen ones only.
    QList<Feature> order = report.settings.features;
    if (order.isEmpty()) {
        for (const CheckResult& check : report.checks) {
            for (const Feature feature : check.features) {
                if (!order.contains(feature))
                    order << feature;
            }
        }
    }

    QList<ReportSection> result;
    for (const Feature feature : std::as_const(order)) {
        ReportSection section {feature, Features::id(feature), Features::displayName(feature), {}};
        for (const CheckResult& check : report.checks) {
            if (check.features.contains(feature))
                section.checks << check;
        }
        if (!section.checks.isEmpty()) {
            section.checks = sorted(section.checks);
            result << section;
        }
    }

    ReportSection general {std::nullopt, QStringLiteral("general"), tr("General"), {}};
    for (const CheckResult& check : report.checks) {
        const bool listed = std::any_of(
            check.features.begin(), check.features.end(), [&](Feature feature) { return order.contains(feature); });
        if (!listed)
            general.checks << check;
    }
    if (!general.checks.isEmpty()) {
        general.checks = sorted(general.checks);
        result << general;
    }
    return result;
}

QList<CheckResult> ReportContent::sorted(const QList<CheckResult>& checks)
{
    QList<CheckResult> result = checks;
    std::stable_sort(result.begin(), result.end(), [](const CheckResult& a, const CheckResult& b) {
        return CheckStatuses::severity(a.status()) < CheckStatuses::severity(b.status());
    });
    return result;
}

QList<CheckResult> ReportContent::actionable(const RunReport& report)
{
    QList<CheckResult> result;
    for (const CheckResult& check : sorted(report.checks)) {
        const CheckStatus status = check.status();
        if (status == CheckStatus::Fail || status == CheckStatus::Warn || check.diagnosis == Diagnosis::NeedsInput)
            result << check;
    }
    return result;
}

QList<ReportAction> ReportContent::actions(const RunReport& report)
{
    struct Group
    {
        CheckResult first;
        QStringList hosts;
        ReportAction action;
    };
    QList<Group> groups;
    for (const CheckResult& check : actionable(report)) {
        const QString key = Remedies::actionKey(check);
        auto it = std::find_if(groups.begin(), groups.end(), [&key](const Group& g) { return g.action.key == key; });
        if (it == groups.end()) {
            groups.append(Group {check, {}, {}});
            it = std::prev(groups.end());
            it->action.key = key;
            it->action.status = check.status();
        }
        const QString host = Remedies::hostOf(check);
        if (!it->hosts.contains(host))
            it->hosts << host;
        it->action.checkIds << check.id;
        if (CheckStatuses::severity(check.status()) < CheckStatuses::severity(it->action.status))
            it->action.status = check.status();
    }
    QList<ReportAction> result;
    for (Group& group : groups) {
        group.action.text = Remedies::action(group.first, group.hosts).text;
        if (!group.action.text.isEmpty())
            result << group.action;
    }
    std::stable_sort(result.begin(), result.end(), [](const ReportAction& a, const ReportAction& b) {
        const int sa = CheckStatuses::severity(a.status);
        const int sb = CheckStatuses::severity(b.status);
        return sa != sb ? sa < sb : a.checkIds.size() > b.checkIds.size();
    });
    return result;
}

QList<ReportContent::Fact> ReportContent::header(const RunReport& report)
{
    const RunSettings& settings = report.settings;
    QList<Fact> facts;
    facts << Fact {tr("Product"), report.toolName + QLatin1Char(' ') + report.toolVersion};
    facts << Fact {tr("Started (UTC)"), utcTime(report.startedAt)};
    facts << Fact {tr("Started (local time)"), localTime(report.startedAt)};
    if (report.startedAt.isValid() && report.finishedAt.isValid())
        facts << Fact {tr("Duration"), duration(report.startedAt.msecsTo(report.finishedAt))};
    if (report.cancelled)
        facts << Fact {tr("Run"), tr("Cancelled before every check finished")};
    facts << Fact {tr("Machine"), report.environment.hostname};
    facts << Fact {tr("Operating system"), report.environment.os};
    facts << Fact {tr("User"), report.environment.user};
    facts << Fact {tr("Cloud"), Clouds::displayName(settings.cloud)};
    facts << Fact {tr("Features"), features(settings.features)};
    facts << Fact {tr("Proxy"), proxy(settings)};
    // Not read: one line says so, rather than the same stand-in for each component.
    if (!settings.componentProxies.read && !settings.componentProxies.components.isEmpty())
        facts << Fact {tr("Proxies of the Power Automate components"), settings.componentProxies.note};
    for (const ComponentProxy& component : settings.componentProxies.components) {
        if (settings.componentProxies.read)
            facts << Fact {tr("Proxy of %1").arg(component.componentName()),
                tr("%1 (from %2)").arg(component.routeText(), component.sourceText())};
    }
    facts << Fact {tr("Catalogs"), settings.catalogs.isEmpty() ? tr("built-in") : joined(settings.catalogs)};
    if (!settings.catalogDate.isEmpty())
        facts << Fact {tr("Catalog date"),
            tr("%1 (when its entries were last checked against Microsoft's pages)").arg(settings.catalogDate)};
    facts << Fact {tr("Timeout and parallel checks"),
        tr("%1 s per phase, %2 at once").arg(settings.timeoutSeconds).arg(settings.jobs)};
    if (settings.checkChainRevocation)
        facts << Fact {tr("Revocation"), tr("Revocation servers of every certificate chain were checked")};
    if (!settings.labels.isEmpty())
        facts << Fact {tr("Labels"), labels(settings, QStringLiteral(", "))};
    if (!settings.region.isEmpty())
        facts << Fact {tr("Region"),
            tr("%1 (Service Bus namespaces of the desktop flows runtime tested: %2)")
                .arg(settings.region)
                .arg(settings.relayNamespaces.size())};
    return facts;
}

QString ReportContent::labels(const RunSettings& settings, const QString& separator)
{
    QStringList parts;
    for (const auto& [key, value] : settings.labels)
        parts << key + QLatin1Char('=') + value;
    return parts.join(separator);
}

QStringList ReportContent::environment(const RunReport& report)
{
    const RunEnvironment& env = report.environment;
    QStringList lines;
    if (env.clockSkewSeconds) {
        const QString skew = clockSkew(*env.clockSkewSeconds);
        //: %1 how far this machine's clock is off; %2 the servers' host names
        lines << (env.clockServers.isEmpty()
                ? tr("Clock skew: %1").arg(skew)
                : tr("Clock skew: %1 (compared with %2)").arg(skew, joined(env.clockServers)));
    } else {
        lines << tr("Clock skew: not measured (no server sent a Date header)");
    }
    if (env.dnsNotes.isEmpty())
        lines << tr("DNS: no public name pointed at a private or sinkhole address");
    for (const QString& note : env.dnsNotes)
        lines << tr("DNS: %1").arg(note);
    if (!report.settings.componentProxies.note.isEmpty())
        lines << report.settings.componentProxies.note;
    lines << tr("IPv4: %1").arg(env.ipv4Reachable ? tr("reachable") : tr("no check connected over IPv4"));
    if (env.ipv6Reachable)
        lines << tr("IPv6: reachable");
    else if (env.ipv6Resolved)
        lines << tr("IPv6: names have IPv6 addresses, but no check connected over IPv6");
    else
        lines << tr("IPv6: not used (no IPv6 addresses resolved)");
    if (const std::optional<WpadDiscovery>& wpad = env.wpad) {
        if (!wpad->url.isEmpty())
            lines << tr("WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not "
                        "use it)")
                         .arg(wpad->url);
        else if (!wpad->error.isEmpty())
            lines << tr("WPAD: not looked for: %1").arg(wpad->error);
        else if (wpad->asked.isEmpty())
            lines << tr("WPAD: discovery finds no proxy auto-config script");
        else
            lines << tr("WPAD: discovery finds no proxy auto-config script (asked %1)").arg(joined(wpad->asked));
    }
    return lines;
}

QStringList ReportContent::evidence(const CheckResult& check)
{
    QStringList lines;
    if (check.probe != check.host && !check.host.isEmpty())
        lines << tr("Documented host: %1").arg(check.host);
    if (!check.url.isEmpty())
        lines << tr("URL: %1").arg(check.url);
    if (check.retired)
        lines << tr("Retired: still listed by the documentation, but retired by its owner");
    if (!check.addresses.isEmpty())
        lines << tr("Addresses: %1").arg(joined(check.addresses));
    if (!check.dnsNote.isEmpty())
        lines << tr("DNS: %1").arg(check.dnsNote);
    if (!check.connectedAddress.isEmpty())
        lines << tr("Connected to: %1").arg(check.connectedAddress);
    lines << (check.proxy.isEmpty() ? tr("Proxy: none (direct connection)") : tr("Proxy: %1").arg(check.proxy));
    if (check.pac)
        lines << pacRoute(*check.pac);
    for (const PhaseResult& phase : check.phases) {
        if (phase.ok)
            lines << tr("Phase %1: ok in %2").arg(phase.name, duration(phase.ms));
        else if (phase.error.isEmpty())
            lines << tr("Phase %1: failed after %2").arg(phase.name, duration(phase.ms));
        else
            lines << tr("Phase %1: failed after %2: %3").arg(phase.name, duration(phase.ms), phase.error);
    }
    if (check.tls) {
        const TlsDetails& tls = *check.tls;
        if (!tls.protocol.isEmpty())
            lines << tr("TLS: %1 %2").arg(tls.protocol, tls.cipher).trimmed();
        if (!tls.subject.isEmpty())
            lines << tr("Certificate: %1").arg(tls.subject);
        if (!tls.issuer.isEmpty())
            lines << tr("Issued by: %1").arg(tls.issuer);
        if (!tls.root.isEmpty())
            lines << (tls.rootSha256.isEmpty() ? tr("Root: %1").arg(tls.root)
                                               : tr("Root: %1 (SHA-256 %2)").arg(tls.root, tls.rootSha256));
        if (!tls.chain.isEmpty())
            lines << tr("Chain: %1").arg(tls.chain.join(QStringLiteral(" → ")));
        if (!tls.ocspUrls.isEmpty())
            lines << tr("OCSP responders: %1").arg(joined(tls.ocspUrls));
        if (!tls.crlUrls.isEmpty())
            lines << tr("CRL distribution points: %1").arg(joined(tls.crlUrls));
    }
    if (check.httpStatus > 0)
        lines << tr("HTTP status: %1 %2").arg(check.httpStatus).arg(check.httpReason).trimmed();
    if (check.serverDate.isValid())
        lines << tr("Server date: %1").arg(utcTime(check.serverDate));
    lines << check.evidence;
    return lines;
}

QString ReportContent::title()
{
    return tr("Power Automate network readiness");
}

QString ReportContent::writtenBy()
{
    return writtenBy(QStringLiteral("netready"), QStringLiteral(NETREADY_VERSION));
}

QString ReportContent::writtenBy(const QString& toolName, const QString& toolVersion)
{
    return tr("Written by %1 %2.").arg(toolName, toolVersion);
}

QString ReportContent::verdictId(const RunSummary& summary)
{
    switch (summary.verdict()) {
    case RunSummary::Verdict::Ready:
        return QStringLiteral("ready");
    case RunSummary::Verdict::ReadyWithWarnings:
        return QStringLiteral("ready-with-warnings");
    case RunSummary::Verdict::NotReady:
        return QStringLiteral("not-ready");
    }
    return {};
}

QString ReportContent::counts(const RunSummary& summary)
{
    //: %n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped
    return tr("%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped", nullptr, summary.total)
        .arg(summary.passed)
        .arg(summary.warnings)
        .arg(summary.failed)
        .arg(summary.skipped);
}

QString ReportContent::endpoint(const CheckResult& check)
{
    // A probe still holding a placeholder ("{dataverse}") was never tested: show the documented host.
    const bool untested = check.probe.isEmpty() || check.probe.startsWith(QLatin1Char('{'));
    QString host = untested ? check.host : check.probe;
    if (check.protocol == Protocol::Clock || check.protocol == Protocol::Settings || check.port == 0)
        return host;
    return host + QLatin1Char(':') + QString::number(check.port);
}

QString ReportContent::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString ReportContent::dateTime(const QDateTime& time)
{
    // The language's short date with a four-digit year, and its time of day to the second without the zone,
    // which the callers name.
    const QLocale locale;
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString timeFormat = locale.timeFormat(QLocale::LongFormat);
    static const QRegularExpression zone(QStringLiteral("\\(?t+\\)?"));
    timeFormat.remove(zone);
    return locale.toString(time.date(), dateFormat) + QLatin1Char(' ')
        + locale.toString(time.time(), timeFormat.trimmed());
}

QString ReportContent::utcTime(const QDateTime& time)
{
    if (!time.isValid())
        return tr("unknown");
    //: a date and time of day in Coordinated Universal Time
    return tr("%1 UTC").arg(dateTime(time.toUTC()));
}

QString ReportContent::localTime(const QDateTime& time)
{
    if (!time.isValid())
        return tr("unknown");
    const QDateTime local = time.toLocalTime();
    return dateTime(local) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

QString ReportContent::isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString ReportContent::isoLocal(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString ReportContent::pacRoute(const PacOutcome& pac)
{
    QStringList failed;
    for (const PacOutcome::Failover& failover : pac.failedOver)
        failed << tr("%1 failed: %2").arg(failover.route, failover.error);
    QString line = pac.used.isEmpty()
        ? tr("Proxy auto-config script returned \"%1\"; no route used").arg(pac.returned)
        : tr("Proxy auto-config script returned \"%1\"; used %2").arg(pac.returned, pac.used);
    if (!failed.isEmpty())
        line += tr(" after %1").arg(failed.join(QStringLiteral("; ")));
    return line;
}

QString ReportContent::proxy(const RunSettings& settings)
{
    const QString used = settings.proxyUsed.isEmpty() ? tr("direct connection") : settings.proxyUsed;
    if (settings.proxyMode == QLatin1String("none"))
        return tr("none (direct connection)");
    if (settings.proxyMode == QLatin1String("manual"))
        return tr("manual: %1").arg(used);
    if (settings.proxyMode == QLatin1String("pac"))
        return tr("proxy auto-config script %1 (chosen per check)").arg(settings.pacUrl);
    if (!settings.pacUrl.isEmpty())
        return tr("system settings: %1 (from the proxy auto-config script %2)").arg(used, settings.pacUrl);
    if (settings.proxyAs == QLatin1String("me"))
        return tr("system settings: %1 (desktop flows tested as you)").arg(used);
    if (settings.componentProxies.read)
        return tr("system settings: %1 (desktop flows along the desktop flows service's route, gateway along the "
                  "gateway service's)")
            .arg(used);
    return tr("system settings: %1").arg(used);
}

QString ReportContent::features(const QList<Feature>& list)
{
    QStringList names;
    for (const Feature feature : list)
        names << Features::displayName(feature);
    return joined(names);
}

QString ReportContent::clockSkew(double seconds)
{
    const QString amount = QLocale().toString(qAbs(seconds), 'f', 1);
    if (seconds >= 0)
        return tr("local clock is %1 s behind the servers").arg(amount);
    return tr("local clock is %1 s ahead of the servers").arg(amount);
}

QString ReportContent::xmlSafe(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u != 0xFFFE && u != 0xFFFF);
        if (!allowed)
            c = QChar(QChar::ReplacementCharacter);
    }
    return result;
}

QString ReportContent::oneLine(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        const char16_t u = c.unicode();
        if (u == '\t' || u == '\n' || u == '\r')
            c = QLatin1Char(' ');
        else if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            c = QChar(QChar::ReplacementCharacter);
    }
    return result;
}
