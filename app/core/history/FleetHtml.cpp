#include "FleetHtml.h"

#include "FleetWording.h"
#include "reports/ReportContent.h"
#include "reports/ReportHtml.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace {
const char kCss[] = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1b1b1b;
       margin: 0; padding: 0 24px 24px 24px; max-width: 1180px; }
h1 { font-size: 17pt; } h2 { font-size: 14pt; margin-top: 24px; } h3 { font-size: 11pt; }
table.sortable { border-collapse: collapse; margin-bottom: 12px; }
table.sortable td, table.sortable th { border: 1px solid #c8c6c4; padding: 3px 6px; vertical-align: top; }
table.sortable th { background-color: #e8eaed; text-align: left; cursor: pointer; }
td.num { text-align: right; }
td.host { overflow-wrap: anywhere; }
svg text { font-size: 10px; fill: #1b1b1b; }
)";

// Sorts a table by the clicked column: numbers by value, text by locale; a second click reverses.
const char kScript[]
    = "document.querySelectorAll('table.sortable th').forEach(function (th) {"
      "th.addEventListener('click', function () {"
      "var table = th.closest('table'); var body = table.tBodies[0];"
      "var index = Array.prototype.indexOf.call(th.parentNode.children, th);"
      "var down = th.getAttribute('data-down') !== '1'; th.setAttribute('data-down', down ? '1' : '0');"
      "var rows = Array.prototype.slice.call(body.rows);"
      "rows.sort(function (a, b) {"
      "var x = a.cells[index].getAttribute('data-sort') || a.cells[index].textContent;"
      "var y = b.cells[index].getAttribute('data-sort') || b.cells[index].textContent;"
      "var n = parseFloat(x) - parseFloat(y);"
      "var order = isNaN(n) ? x.localeCompare(y) : n; return down ? -order : order; });"
      "rows.forEach(function (row) { body.appendChild(row); }); }); });";

constexpr int kChartBars = 20;
constexpr int kBarHeight = 16;
constexpr int kLabelWidth = 330;
constexpr int kBarWidth = 300;

QString esc(const QString& text)
{
    return ReportHtml::escape(text);
}

QString numberCell(int value)
{
    return QStringLiteral("<td class=\"num\" data-sort=\"%1\">%1</td>").arg(value);
}

QString chart(const FleetSummary::Group& group)
{
    QList<FleetSummary::EndpointTally> failing;
    for (const FleetSummary::EndpointTally& tally : group.endpoints) {
        if (tally.failed > 0 && failing.size() < kChartBars)
            failing << tally;
    }
    if (failing.isEmpty())
        return {};
    const int most = failing.constFirst().failed;
    const int height = int(failing.size()) * (kBarHeight + 4);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" "
                                 "aria-label=\"%3\">\n")
                      .arg(kLabelWidth + kBarWidth + 60)
                      .arg(height)
                      .arg(esc(FleetHtml::tr("Failures per endpoint")));
    for (qsizetype i = 0; i < failing.size(); ++i) {
        const FleetSummary::EndpointTally& tally = failing.at(i);
        const int y = int(i) * (kBarHeight + 4);
        const int width = std::max(1, tally.failed * kBarWidth / std::max(1, most));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(kLabelWidth - 6)
                   .arg(y + kBarHeight - 4)
                   .arg(esc(tally.endpoint + QLatin1Char(' ') + tally.protocol));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#a4262c\"/>")
                   .arg(kLabelWidth)
                   .arg(y)
                   .arg(width)
                   .arg(kBarHeight);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n")
                   .arg(kLabelWidth + width + 4)
                   .arg(y + kBarHeight - 4)
                   .arg(tally.failed);
    }
    return svg + QStringLiteral("</svg>\n");
}

QString table(const QStringList& headings, const QStringList& rows)
{
    QString out = QStringLiteral("<table class=\"sortable\"><thead><tr>");
    for (const QString& heading : headings)
        out += QStringLiteral("<th>%1</th>").arg(esc(heading));
    out += QStringLiteral("</tr></thead>\n<tbody>\n") + rows.join(QString()) + QStringLiteral("</tbody></table>\n");
    return out;
}

QString group(const FleetSummary::Group& group)
{
    QString out = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                      .arg(esc(FleetWording::groupTitle(group)), esc(FleetWording::groupCounts(group)));
    out += chart(group);

    QStringList rows;
    for (const FleetSummary::EndpointTally& tally : group.endpoints) {
        rows << QStringLiteral("<tr><td class=\"host\">%1</td><td>%2</td><td>%3</td>")
                    .arg(esc(tally.endpoint), esc(tally.protocol), esc(tally.endpointId))
                + numberCell(tally.failed) + numberCell(tally.tested)
                + QStringLiteral("<td>%1</td></tr>\n").arg(esc(FleetWording::diagnoses(tally)));
    }
    out += QStringLiteral("<h3>%1</h3>\n").arg(esc(FleetHtml::tr("Failures per endpoint")));
    out += table({FleetHtml::tr("Endpoint"), FleetHtml::tr("Protocol"), FleetHtml::tr("Catalog id"),
                     FleetHtml::tr("Failed on"), FleetHtml::tr("Checked on"), FleetHtml::tr("Diagnoses")},
        rows);

    for (const FleetWording::Grouping& grouping : FleetWording::groupings(group)) {
        QStringList groupingRows;
        for (const auto& [key, tally] : grouping.rows) {
            groupingRows << QStringLiteral("<tr><td>%1</td>").arg(esc(key)) + numberCell(tally.machines)
                    + numberCell(tally.notReady) + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(grouping.title));
        out += table({grouping.title, FleetHtml::tr("Machines"), FleetHtml::tr("Not ready")}, groupingRows);
    }

    if (!group.oddOnesOut.isEmpty()) {
        QStringList oddRows;
        for (const FleetSummary::OddOneOut& odd : group.oddOnesOut) {
            oddRows << QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"host\">%3</td><td>%4</td>")
                           .arg(esc(odd.hostname), esc(FleetWording::site(odd.site)),
                               esc(odd.endpoint + QLatin1Char(' ') + odd.protocol), esc(odd.diagnosis))
                    + numberCell(odd.passingAtSite) + numberCell(odd.machinesAtSite)
                    + QStringLiteral("<td class=\"host\">%1</td></tr>\n").arg(esc(odd.path));
        }
        out += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                   .arg(esc(FleetHtml::tr("Odd ones out")),
                       esc(FleetHtml::tr("Endpoints that fail on a machine while at least 90 % of the machines of "
                                         "the same cloud and site pass them.")));
        out += table(
            {FleetHtml::tr("Machine"), FleetHtml::tr("Site"), FleetHtml::tr("Endpoint"), FleetHtml::tr("Diagnosis"),
                FleetHtml::tr("Passing at the site"), FleetHtml::tr("Machines at the site"), FleetHtml::tr("Report")},
            oddRows);
    }
    return out;
}
} // namespace

QString FleetHtml::sortScript()
{
    return QString::fromUtf8(kScript);
}

QString FleetHtml::scriptHashSource()
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray(kScript), QCryptographicHash::Sha256);
    return QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(digest.toBase64()));
}

QString FleetHtml::build(const FleetSummary& summary)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n").arg(esc(QLocale().bcp47Name()));
    out += QStringLiteral("<meta charset=\"utf-8\"/>\n");
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; script-src %1\"/>\n")
               .arg(scriptHashSource());
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
               .arg(esc(FleetWording::title()), QString::fromUtf8(kCss));
    out += QStringLiteral("<h1>%1</h1>\n<p>%2 %3</p>\n")
               .arg(esc(FleetWording::title()), esc(FleetWording::totals(summary)),
                   esc(tr("Click a column heading to sort by it.")));
    for (const FleetSummary::Group& each : summary.groups())
        out += group(each);

    const QList<FleetSummary::Unreadable> unreadable = summary.unreadable();
    if (!unreadable.isEmpty()) {
        QStringList rows;
        for (const FleetSummary::Unreadable& file : unreadable)
            rows << QStringLiteral("<tr><td class=\"host\">%1</td><td>%2</td></tr>\n")
                        .arg(esc(file.path), esc(file.reason));
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Files that are not readable reports")));
        out += table({tr("File"), tr("Reason")}, rows);
    }
    out += QStringLiteral("<p>%1</p>\n").arg(esc(ReportContent::writtenBy()));
    // The script holds no < or &, so the file stays well-formed XHTML; the hash covers exactly its text.
    out += QStringLiteral("<script>") + sortScript() + QStringLiteral("</script>\n</body>\n</html>\n");
    return out;
}
