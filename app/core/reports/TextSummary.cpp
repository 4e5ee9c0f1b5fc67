#include "TextSummary.h"

#include "Protocol.h"
#include "ReportContent.h"

namespace {
QString statusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("PASS");
    case CheckStatus::Warn:
        return QStringLiteral("WARN");
    case CheckStatus::Fail:
        return QStringLiteral("FAIL");
    case CheckStatus::Skipped:
        return QStringLiteral("SKIP");
    }
    return {};
}

// One line of a table, its columns padded to the widest cell of the section.
QString tableLine(const QStringList& cells, const QList<qsizetype>& widths)
{
    QString line = QStringLiteral("  ");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool last = i == cells.size() - 1;
        line += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
    }
    return line.trimmed().isEmpty() ? QString() : line;
}
} // namespace

QString TextSummary::render(const RunReport& report)
{
    const RunSummary summary = report.summary();
    QStringList out;
    out << ReportContent::title();
    for (const ReportContent::Fact& fact : ReportContent::header(report))
        out << fact.first + QStringLiteral(": ") + fact.second;

    for (const ReportSection& section : ReportContent::sections(report)) {
        out << QString() << section.title;
        QList<QStringList> rows;
        for (const CheckResult& check : section.checks) {
            QString diagnosis = Diagnoses::title(check.diagnosis);
            if (check.retired)
                //: after a diagnosis title: the host is listed by Microsoft but retired by its owner
                diagnosis += QLatin1Char(' ') + tr("[retired]");
            rows << QStringList {statusLabel(check.status()), ReportContent::endpoint(check),
                Protocols::id(check.protocol), ReportContent::duration(check.durationMs), diagnosis};
        }
        QList<qsizetype> widths(5, 0);
        for (const QStringList& row : std::as_const(rows)) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = qMax(widths.at(i), row.at(i).size());
        }
        for (const QStringList& row : std::as_const(rows))
            out << tableLine(row, widths);
    }

    QStringList pacLines;
    for (const CheckResult& check : report.checks) {
        if (check.pac)
            pacLines
                << QStringLiteral("  %1: %2").arg(ReportContent::endpoint(check), ReportContent::pacRoute(*check.pac));
    }
    if (!pacLines.isEmpty())
        out << QString() << tr("Proxy auto-config:") << pacLines;

    out << QString() << tr("Summary: %1").arg(ReportContent::counts(summary));
    out << tr("Verdict: %1").arg(summary.verdictText());

    const QList<CheckResult> actionable = ReportContent::actionable(report);
    if (!actionable.isEmpty()) {
        out << QString() << tr("What to change:");
        int number = 0;
        for (const ReportAction& action : ReportContent::actions(report))
            out << QStringLiteral("  %1. %2 %3").arg(++number).arg(statusLabel(action.status), action.text);
        out << QString() << tr("Each check:");
        for (const CheckResult& check : actionable) {
            out << QStringLiteral("  %1 %2 (%3): %4")
                       .arg(statusLabel(check.status()), ReportContent::endpoint(check), Protocols::id(check.protocol),
                           check.detail.isEmpty() ? Diagnoses::title(check.diagnosis) : check.detail);
            if (!check.remedy.isEmpty())
                out << QStringLiteral("       ") + check.remedy;
        }
    }
    // Every entry is one line; whatever came from a server or a catalog must not add lines or escape sequences.
    for (QString& line : out)
        line = ReportContent::oneLine(line);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
