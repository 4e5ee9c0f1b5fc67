#include "ComparisonWording.h"

#include "Diagnosis.h"

namespace {
// How far a connection got before it failed: a later failure means an earlier step now passes.
int stepOf(const QString& code)
{
    if (code.startsWith(QLatin1String("dns")))
        return 1;
    if (code.startsWith(QLatin1String("proxy")))
        return 2;
    if (code.startsWith(QLatin1String("tcp")))
        return 3;
    if (code.startsWith(QLatin1String("tls")) || code == QLatin1String("blocked-by-inspection"))
        return 4;
    return 5; // http, websocket, crl, ocsp: an answer came back
}

QString stepName(int step)
{
    switch (step) {
    case 1:
        return ComparisonWording::tr("name resolution");
    case 2:
        return ComparisonWording::tr("the proxy");
    case 3:
        return ComparisonWording::tr("the connection");
    case 4:
        return ComparisonWording::tr("TLS");
    default:
        return ComparisonWording::tr("the answer");
    }
}

QString listOrNone(const QStringList& list)
{
    return list.isEmpty() ? ComparisonWording::tr("none") : list.join(QStringLiteral(", "));
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : ComparisonWording::tr("unknown time");
}
} // namespace

QString ComparisonWording::title()
{
    return tr("Netready comparison of two reports");
}

QString ComparisonWording::categoryTitle(ReportComparison::Category category)
{
    using Category = ReportComparison::Category;
    switch (category) {
    case Category::Broke:
        return tr("Broke: passed before, fails now");
    case Category::Fixed:
        return tr("Fixed: failed before, passes now");
    case Category::StillFailing:
        return tr("Still failing");
    case Category::Changed:
        return tr("Changed severity");
    case Category::Added:
        return tr("Only in the later report");
    case Category::Dropped:
        return tr("Only in the earlier report");
    case Category::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QString ComparisonWording::sentence(const ReportComparison::Entry& entry)
{
    using Category = ReportComparison::Category;
    const QString endpoint = entry.either().endpoint() + QLatin1Char(' ') + entry.either().protocol;
    switch (entry.category) {
    case Category::Broke:
        return tr("%1 passed before (%2) and fails now: %3.")
            .arg(endpoint, diagnosisText(*entry.before), diagnosisText(*entry.after));
    case Category::Fixed:
        return tr("%1 failed before (%2) and passes now (%3).")
            .arg(endpoint, diagnosisText(*entry.before), diagnosisText(*entry.after));
    case Category::StillFailing: {
        if (entry.before->diagnosis == entry.after->diagnosis)
            return tr("%1 still fails the same way: %2.").arg(endpoint, diagnosisText(*entry.after));
        const int before = stepOf(entry.before->diagnosis);
        const int after = stepOf(entry.after->diagnosis);
        const QString change = after > before
            ? tr("it gets further now: %1 passes, %2 stops it").arg(stepName(before), stepName(after))
            : after < before ? tr("it fails earlier now, at %1").arg(stepName(after))
                             : tr("it fails differently at %1").arg(stepName(after));
        return tr("%1 still fails: %2 → %3; %4.")
            .arg(endpoint, entry.before->diagnosis, entry.after->diagnosis, change);
    }
    case Category::Changed:
        return tr("%1 changed from %2 (%3) to %4 (%5).")
            .arg(endpoint, statusText(entry.before->status), diagnosisText(*entry.before),
                statusText(entry.after->status), diagnosisText(*entry.after));
    case Category::Added:
        return tr("%1 is checked only in the later report: %2 (%3).")
            .arg(endpoint, statusText(entry.after->status), diagnosisText(*entry.after));
    case Category::Dropped:
        return tr("%1 was checked only in the earlier report: %2 (%3).")
            .arg(endpoint, statusText(entry.before->status), diagnosisText(*entry.before));
    case Category::Unchanged:
        return tr("%1 is unchanged: %2 (%3).")
            .arg(endpoint, statusText(entry.after->status), diagnosisText(*entry.after));
    }
    return {};
}

QString ComparisonWording::verdictSentence(const ReportComparison& comparison)
{
    const QString before = verdictText(comparison.before().verdict);
    const QString after = verdictText(comparison.after().verdict);
    if (comparison.before().verdict == comparison.after().verdict)
        return tr("The verdict is unchanged: %1.").arg(after);
    return tr("The verdict changed from %1 to %2.").arg(before, after);
}

QString ComparisonWording::unchangedSentence(int count)
{
    return tr("Unchanged checks: %n.", nullptr, count);
}

QStringList ComparisonWording::setupDifferences(const ReportComparison& comparison)
{
    const SavedReport& before = comparison.before();
    const SavedReport& after = comparison.after();
    QStringList result;
    if (before.hostname != after.hostname)
        result
            << tr("The reports come from different machines: %1 before, %2 now.").arg(before.hostname, after.hostname);
    if (before.cloud != after.cloud)
        result << tr("The cloud differs: %1 before, %2 now.").arg(before.cloud, after.cloud);
    if (before.features != after.features)
        result << tr("The features differ: %1 before, %2 now.")
                      .arg(listOrNone(before.features), listOrNone(after.features));
    if (before.catalogs != after.catalogs)
        result << tr("The catalogs differ: %1 before, %2 now.")
                      .arg(listOrNone(before.catalogs), listOrNone(after.catalogs));
    if (before.proxy != after.proxy) {
        result << tr("The proxy differs: %1 before, %2 now.")
                      .arg(before.proxy.isEmpty() ? tr("direct") : before.proxy,
                          after.proxy.isEmpty() ? tr("direct") : after.proxy);
    }
    if (before.startedAt.isValid() && after.startedAt.isValid() && after.startedAt < before.startedAt)
        result << tr("The later report was started before the earlier one: are they in the right order?");
    return result;
}

QString ComparisonWording::describe(const SavedReport& report)
{
    QString text = tr("%1, %2, %3").arg(report.hostname, timeText(report.startedAt), verdictText(report.verdict));
    if (!report.path.isEmpty())
        text += QStringLiteral(" (%1)").arg(report.path);
    return text;
}

QString ComparisonWording::verdictText(const QString& verdictId)
{
    if (verdictId == QLatin1String("ready"))
        return QCoreApplication::translate("RunSummary", "READY");
    if (verdictId == QLatin1String("ready-with-warnings"))
        return QCoreApplication::translate("RunSummary", "READY WITH WARNINGS");
    return QCoreApplication::translate("RunSummary", "NOT READY");
}

QString ComparisonWording::statusText(const QString& statusId)
{
    if (statusId == QLatin1String("pass"))
        return CheckStatuses::displayName(CheckStatus::Pass);
    if (statusId == QLatin1String("warn"))
        return CheckStatuses::displayName(CheckStatus::Warn);
    if (statusId == QLatin1String("fail"))
        return CheckStatuses::displayName(CheckStatus::Fail);
    return CheckStatuses::displayName(CheckStatus::Skipped);
}

QString ComparisonWording::diagnosisText(const SavedCheck& check)
{
    const std::optional<Diagnosis> known = Diagnoses::fromCode(check.diagnosis);
    return known ? Diagnoses::title(*known) : check.diagnosisTitle;
}
