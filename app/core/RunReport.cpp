#include "RunReport.h"

#include <QCoreApplication>

RunSummary::Verdict RunSummary::verdict() const
{
    if (failed > 0)
        return Verdict::NotReady;
    // Checks that could not run (needing input, cancelled) leave part of the answer open: never plain READY.
    return warnings > 0 || skipped > 0 ? Verdict::ReadyWithWarnings : Verdict::Ready;
}

QString RunSummary::verdictText() const
{
    switch (verdict()) {
    case Verdict::Ready:
        return QCoreApplication::translate("RunSummary", "READY");
    case Verdict::ReadyWithWarnings:
        return QCoreApplication::translate("RunSummary", "READY WITH WARNINGS");
    case Verdict::NotReady:
        return QCoreApplication::translate("RunSummary", "NOT READY");
    }
    return {};
}

RunSummary RunSummary::of(const QList<CheckResult>& checks)
{
    RunSummary summary;
    summary.total = int(checks.size());
    for (const CheckResult& check : checks) {
        switch (check.status()) {
        case CheckStatus::Pass:
            ++summary.passed;
            break;
        case CheckStatus::Warn:
            ++summary.warnings;
            break;
        case CheckStatus::Fail:
            ++summary.failed;
            break;
        case CheckStatus::Skipped:
            ++summary.skipped;
            break;
        }
    }
    return summary;
}
