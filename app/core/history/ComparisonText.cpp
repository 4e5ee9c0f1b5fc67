#include "ComparisonText.h"

#include "ComparisonWording.h"

#include <QStringList>

namespace {
// A terminal must never receive control characters (escape sequences) from a report someone else wrote.
QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    }
    return text;
}
} // namespace

QString ComparisonText::render(const ReportComparison& comparison)
{
    QStringList lines;
    lines << ComparisonWording::title();
    lines << tr("Before: %1").arg(oneLine(ComparisonWording::describe(comparison.before())));
    lines << tr("After:  %1").arg(oneLine(ComparisonWording::describe(comparison.after())));
    lines << QString();
    lines << ComparisonWording::verdictSentence(comparison);
    for (const QString& difference : ComparisonWording::setupDifferences(comparison))
        lines << oneLine(difference);
    for (const ReportComparison::Category category : ReportComparison::reportedCategories()) {
        const QList<ReportComparison::Entry> entries = comparison.entries(category);
        if (entries.isEmpty())
            continue;
        lines << QString();
        lines << QStringLiteral("%1 (%2)").arg(ComparisonWording::categoryTitle(category)).arg(entries.size());
        for (const ReportComparison::Entry& entry : entries)
            lines << QStringLiteral("  - ") + oneLine(ComparisonWording::sentence(entry));
    }
    lines << QString();
    lines << ComparisonWording::unchangedSentence(comparison.count(ReportComparison::Category::Unchanged));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
