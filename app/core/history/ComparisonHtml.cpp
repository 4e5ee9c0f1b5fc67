#include "ComparisonHtml.h"

#include "ComparisonWording.h"
#include "reports/ReportContent.h"

#include <QLocale>

namespace {
const char kCss[] = R"(
body { font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 17pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 6px; }
table.changes { border-collapse: collapse; border-color: #b0b0b0; font-size: 8pt; }
table.changes th { background-color: #e8eaed; text-align: left; font-weight: bold; }
th.section { background-color: #ffffff; font-size: 13pt; }
td.fail { background-color: #fde7e9; color: #a4262c; font-weight: bold; }
td.warn { background-color: #fff4ce; color: #7a4f01; font-weight: bold; }
td.skipped { background-color: #edebe9; color: #484644; font-weight: bold; }
td.pass { background-color: #dff6dd; color: #0e700e; font-weight: bold; }
td.broke { background-color: #fde7e9; color: #a4262c; }
td.fixed { background-color: #dff6dd; color: #0e700e; }
td.same { background-color: #edebe9; color: #484644; }
.verdict { font-size: 14pt; font-weight: bold; }
.small { font-size: 8.5pt; color: #505050; }
)";

const char kScreenCss[] = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; margin: 0; padding: 0 24px 24px 24px;
       max-width: 1180px; }
table.changes { font-size: 10pt; }
table.changes td, table.changes th { border: 1px solid #c8c6c4; padding: 4px 6px; vertical-align: top; }
td.endpoint { overflow-wrap: anywhere; }
)";

constexpr int kColumnWidths[] = {28, 10, 14, 14, 34};

QString esc(const QString& text)
{
    return ReportHtml::escape(text);
}

QString statusCell(const std::optional<SavedCheck>& check)
{
    if (!check)
        return QStringLiteral("<td class=\"small\">%1</td>").arg(esc(ComparisonHtml::tr("not checked")));
    return QStringLiteral("<td class=\"%1\">%2<br/><span class=\"small\">%3</span></td>")
        .arg(esc(check->status), esc(ComparisonWording::statusText(check->status)),
            esc(ComparisonWording::diagnosisText(*check)));
}

QString bannerClass(const ReportComparison& comparison)
{
    if (comparison.somethingBroke())
        return QStringLiteral("broke");
    return comparison.count(ReportComparison::Category::Fixed) > 0 ? QStringLiteral("fixed") : QStringLiteral("same");
}
} // namespace

QString ComparisonHtml::build(const ReportComparison& comparison, ReportHtml::Medium medium)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n").arg(esc(QLocale().bcp47Name()));
    out += QStringLiteral("<meta charset=\"utf-8\"/>\n");
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\"/>\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(ComparisonWording::title()));
    out += QStringLiteral("<style>") + QString::fromUtf8(kCss);
    if (medium == ReportHtml::Medium::Screen)
        out += QString::fromUtf8(kScreenCss);
    out += QStringLiteral("</style>\n</head>\n<body>\n");

    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(ComparisonWording::title()));
    out += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"><tr><td class=\"%1\">"
                          "<span class=\"verdict\">%2</span></td></tr></table>\n")
               .arg(bannerClass(comparison), esc(ComparisonWording::verdictSentence(comparison)));
    out += QStringLiteral("<p>%1<br/>%2</p>\n")
               .arg(esc(tr("Before: %1").arg(ComparisonWording::describe(comparison.before()))),
                   esc(tr("After: %1").arg(ComparisonWording::describe(comparison.after()))));
    const QStringList differences = ComparisonWording::setupDifferences(comparison);
    if (!differences.isEmpty()) {
        out += QStringLiteral("<ul>\n");
        for (const QString& difference : differences)
            out += QStringLiteral("<li>%1</li>\n").arg(esc(difference));
        out += QStringLiteral("</ul>\n");
    }

    const QStringList headings = {tr("Endpoint"), tr("Protocol"), tr("Before"), tr("After"), tr("What changed")};
    for (const ReportComparison::Category category : ReportComparison::reportedCategories()) {
        const QList<ReportComparison::Entry> entries = comparison.entries(category);
        if (entries.isEmpty())
            continue;
        const QString title
            = QStringLiteral("%1 (%2)").arg(ComparisonWording::categoryTitle(category)).arg(entries.size());
        const QString table
            = QStringLiteral("<table class=\"changes %1\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                             "cellpadding=\"4\">\n<thead>")
                  .arg(ReportComparison::categoryId(category));
        if (medium == ReportHtml::Medium::Screen) {
            out += QStringLiteral("<h2>%1</h2>\n").arg(esc(title)) + table;
        } else {
            out += QStringLiteral("<p> </p>\n") + table;
            out += QStringLiteral("<tr><th colspan=\"5\" class=\"section\">%1</th></tr>\n").arg(esc(title));
        }
        out += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < headings.size(); ++column)
            out += QStringLiteral("<th width=\"%1%\">%2</th>").arg(kColumnWidths[column]).arg(esc(headings[column]));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const ReportComparison::Entry& entry : entries) {
            const SavedCheck& check = entry.either();
            out += QStringLiteral("<tr><td class=\"endpoint\"><b>%1</b><br/><span class=\"small\">%2</span></td>"
                                  "<td>%3</td>")
                       .arg(esc(check.endpoint()), esc(check.endpointId), esc(check.protocol));
            out += statusCell(entry.before) + statusCell(entry.after);
            out += QStringLiteral("<td>%1</td></tr>\n").arg(esc(ComparisonWording::sentence(entry)));
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(ComparisonWording::unchangedSentence(comparison.count(ReportComparison::Category::Unchanged))));
    out += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(ReportContent::writtenBy()));
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}
