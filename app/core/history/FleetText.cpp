#include "FleetText.h"

#include "FleetWording.h"
#include "reports/ReportContent.h"

#include <QStringList>

QString FleetText::render(const FleetSummary& summary)
{
    QStringList lines {FleetWording::title(), FleetWording::totals(summary)};
    for (const FleetSummary::Group& group : summary.groups()) {
        lines << QString() << ReportContent::oneLine(FleetWording::groupTitle(group))
              << FleetWording::groupCounts(group);
        lines << tr("Failures per endpoint:");
        bool anyFailure = false;
        for (const FleetSummary::EndpointTally& tally : group.endpoints) {
            if (tally.failed == 0)
                continue;
            anyFailure = true;
            //: %1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it,
            //: %4 the diagnoses
            lines << ReportContent::oneLine(tr("  %1 %2: failed on %3 of %n machines (%4)", nullptr, tally.tested)
                                                .arg(tally.endpoint, tally.protocol)
                                                .arg(tally.failed)
                                                .arg(FleetWording::diagnoses(tally)));
        }
        if (!anyFailure)
            lines << tr("  none");
        for (const FleetWording::Grouping& grouping : FleetWording::groupings(group)) {
            lines << grouping.title + QLatin1Char(':');
            for (const auto& [key, tally] : grouping.rows) {
                lines << ReportContent::oneLine(
                    tr("  %1: machines %2, not ready %3").arg(key).arg(tally.machines).arg(tally.notReady));
            }
        }
        if (!group.oddOnesOut.isEmpty()) {
            lines << tr("Odd ones out:");
            for (const FleetSummary::OddOneOut& odd : group.oddOnesOut)
                lines << QStringLiteral("  ") + ReportContent::oneLine(FleetWording::oddOneOut(odd));
        }
    }
    const QList<FleetSummary::Unreadable> unreadable = summary.unreadable();
    if (!unreadable.isEmpty()) {
        lines << QString() << tr("Files that are not readable reports:");
        for (const FleetSummary::Unreadable& file : unreadable)
            lines << QStringLiteral("  ") + ReportContent::oneLine(file.reason);
    }
    lines << QString() << ReportContent::writtenBy();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
