#include "ComparisonText.h"

#include "ComparisonWording.h"
#include "reports/ReportContent.h"

#include <QStringList>

QString ComparisonText::render(const ReportComparison& comparison)
{
    QStringList lines;
    lines << ComparisonWording::title();
    lines << tr("Before: %1").arg(ReportContent::oneLine(ComparisonWording::describe(comparison.before())));
    lines << tr("After:  %1").arg(ReportContent::oneLine(ComparisonWording::describe(comparison.after())));
    lines << QString();
    lines << ComparisonWording::verdictSentence(comparison);
    for (const QString& difference : ComparisonWording::setupDifferences(comparison))
        lines << ReportContent::oneLine(difference);
    for (const ReportComparison::Category category : ReportComparison::reportedCategories()) {
        const QList<ReportComparison::Entry> entries = comparison.entries(category);
        if (entries.isEmpty())
            continue;
        lines << QString();
        lines << QStringLiteral("%1 (%2)").arg(ComparisonWording::categoryTitle(category)).arg(entries.size());
        for (const ReportComparison::Entry& entry : entries)
            lines << QStringLiteral("  - ") + ReportContent::oneLine(ComparisonWording::sentence(entry));
    }
    lines << QString();
    lines << ComparisonWording::unchangedSentence(comparison.count(ReportComparison::Category::Unchanged));
    lines << QString() << ReportContent::writtenBy();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
