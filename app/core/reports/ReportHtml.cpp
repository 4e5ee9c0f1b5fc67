#include "ReportHtml.h"

#include "Protocol.h"
#include "ReportAllowlist.h"
#include "ReportContent.h"

#include <QLocale>

namespace {
// What QTextDocument and browsers both understand.
const char kSharedCss[] = R"(
body { font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 17pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; margin-top: 12px; margin-bottom: 2px; }
table.checks { border-collapse: collapse; border-color: #b0b0b0; font-size: 8pt; }
table.checks .small { font-size: 7pt; }
table.checks th { background-color: #e8eaed; text-align: left; font-weight: bold; }
th.section { background-color: #ffffff; font-size: 13pt; }
table.facts td.label { color: #505050; padding-right: 12px; }
.small { font-size: 8.5pt; color: #505050; }
.tag { font-size: 8.5pt; color: #8a5a00; font-weight: bold; }
.verdict { font-size: 16pt; font-weight: bold; }
td.fail, .fail h3 { background-color: #fde7e9; color: #a4262c; font-weight: bold; }
td.warn, .warn h3 { background-color: #fff4ce; color: #7a4f01; font-weight: bold; }
td.skipped, .skipped h3 { background-color: #edebe9; color: #484644; font-weight: bold; }
td.pass { background-color: #dff6dd; color: #0e700e; font-weight: bold; }
td.banner-ready { background-color: #dff6dd; color: #0e700e; }
td.banner-ready-with-warnings { background-color: #fff4ce; color: #7a4f01; }
td.banner-not-ready { background-color: #fde7e9; color: #a4262c; }
p.remedy { margin-top: 2px; margin-bottom: 2px; }
ol.actions li { margin-bottom: 4px; }
span.count { color: #555; }
ul.evidence { font-size: 8.5pt; color: #404040; margin-top: 2px; }
pre.hosts { font-size: 9pt; background-color: #f3f2f1; white-space: pre-wrap; }
)";

// Only browsers use these: the summary stays in view while scrolling, and prints once at the top.
const char kScreenCss[] = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; margin: 0; padding: 0 24px 24px 24px;
       max-width: 1180px; }
div.summary { position: sticky; top: 0; z-index: 1; background: #ffffff; padding: 10px 0 8px 0;
              border-bottom: 1px solid #c8c6c4; }
table.banner { border-collapse: collapse; }
table.checks { font-size: 10pt; }
table.checks .small { font-size: 8.5pt; }

table.checks td, table.checks th { border: 1px solid #c8c6c4; padding: 4px 6px; vertical-align: top; }
td.host, pre.hosts, ul.evidence li { overflow-wrap: anywhere; }
pre.hosts { padding: 8px; white-space: pre-wrap; }
table.checks tr:hover td { outline: 1px solid #8a8886; }
@media print {
  div.summary { position: static; border-bottom: none; }
  table.checks thead { display: table-header-group; }
  table.checks tr { break-inside: avoid; }
}
)";

// Result, endpoint, port, protocol, diagnosis, time: in percent of the page.
constexpr int kColumnWidths[] = {12, 31, 7, 10, 31, 9};

QString cssClass(CheckStatus status)
{
    return CheckStatuses::id(status);
}

QString statusMark(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("✔");
    case CheckStatus::Warn:
        return QStringLiteral("⚠");
    case CheckStatus::Fail:
        return QStringLiteral("✖");
    case CheckStatus::Skipped:
        return QStringLiteral("–");
    }
    return {};
}

QString verdictMark(RunSummary::Verdict verdict)
{
    switch (verdict) {
    case RunSummary::Verdict::Ready:
        return statusMark(CheckStatus::Pass);
    case RunSummary::Verdict::ReadyWithWarnings:
        return statusMark(CheckStatus::Warn);
    case RunSummary::Verdict::NotReady:
        return statusMark(CheckStatus::Fail);
    }
    return {};
}

class Builder
{
public:
    Builder(const RunReport& report, ReportHtml::Medium medium)
        : m_report(report)
        , m_medium(medium)
    {
    }

    QString build()
    {
        const RunSummary summary = m_report.summary();
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n").arg(esc(QLocale().bcp47Name()));
        m_out += QStringLiteral("<meta charset=\"utf-8\"/>\n");
        m_out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                "style-src 'unsafe-inline'\"/>\n");
        m_out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        m_out += QStringLiteral("<title>%1</title>\n")
                     .arg(esc(ReportHtml::tr("%1 — %2 — %3")
                                  .arg(ReportContent::title(), m_report.environment.hostname,
                                      ReportContent::utcTime(m_report.startedAt))));
        m_out += QStringLiteral("<style>") + QString::fromUtf8(kSharedCss);
        if (m_medium == ReportHtml::Medium::Screen)
            m_out += QString::fromUtf8(kScreenCss);
        m_out += QStringLiteral("</style>\n</head>\n<body>\n");

        banner(summary);
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(ReportContent::title()));
        facts();
        sections();
        remedies();
        allowlist();
        relayNamespaces();
        pacRoutes();
        environment();
        m_out += QStringLiteral("<p class=\"small\">%1</p>\n")
                     .arg(esc(ReportContent::writtenBy(m_report.toolName, m_report.toolVersion)));
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    QString esc(const QString& text) const { return ReportHtml::escape(text); }

    // Long host names wrap after their dots: browsers take <wbr/>, which copies as nothing; QTextDocument
    // ignores it and needs a zero-width space.
    QString host(const QString& name) const
    {
        QString result = esc(name);
        result.replace(QLatin1Char('.'),
            m_medium == ReportHtml::Medium::Screen ? QStringLiteral(".<wbr/>") : QStringLiteral(".\u200B"));
        return result;
    }

    void banner(const RunSummary& summary)
    {
        const QString verdict = ReportContent::verdictId(summary);
        m_out += QStringLiteral("<div class=\"summary\">\n<table class=\"banner\" width=\"100%\" cellpadding=\"8\" "
                                "cellspacing=\"0\"><tr>");
        m_out
            += QStringLiteral("<td class=\"banner-%1\" width=\"70%\"><span class=\"verdict\">%2 %3</span><br/>%4</td>")
                   .arg(verdict, verdictMark(summary.verdict()), esc(summary.verdictText()),
                       esc(ReportContent::counts(summary)));
        m_out += QStringLiteral("<td class=\"banner-%1\" align=\"right\">%2<br/>%3</td>")
                     .arg(verdict, esc(m_report.environment.hostname), esc(ReportContent::utcTime(m_report.startedAt)));
        m_out += QStringLiteral("</tr></table>\n</div>\n");
    }

    void facts()
    {
        m_out += QStringLiteral("<table class=\"facts\" cellpadding=\"2\" cellspacing=\"0\">\n");
        for (const ReportContent::Fact& fact : ReportContent::header(m_report)) {
            m_out += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n")
                         .arg(esc(fact.first), esc(fact.second));
        }
        m_out += QStringLiteral("</table>\n");
    }

    void sections()
    {
        for (const ReportSection& section : ReportContent::sections(m_report)) {
            const RunSummary counts = RunSummary::of(section.checks);
            const QString table = QStringLiteral("<table class=\"checks\" width=\"100%\" border=\"1\" "
                                                 "cellspacing=\"0\" cellpadding=\"4\">\n<thead>");
            if (m_medium == ReportHtml::Medium::Screen) {
                m_out += QStringLiteral("<h2>%1</h2>\n<p class=\"small\">%2</p>\n")
                             .arg(esc(section.title), esc(ReportContent::counts(counts)));
                m_out += table;
            } else {
                // In print the title is the table's first header row: it stays with the table and repeats
                // on every page the table runs onto.
                m_out += QStringLiteral("<p> </p>\n") + table;
                m_out += QStringLiteral("<tr><th colspan=\"6\" class=\"section\">%1 <span class=\"small\">%2</span>"
                                        "</th></tr>\n")
                             .arg(esc(section.title), esc(ReportContent::counts(counts)));
            }
            m_out += QStringLiteral("<tr>");
            const QStringList headings = {ReportHtml::tr("Result"), ReportHtml::tr("Endpoint"), ReportHtml::tr("Port"),
                ReportHtml::tr("Protocol"), ReportHtml::tr("Diagnosis"), ReportHtml::tr("Time")};
            for (qsizetype column = 0; column < headings.size(); ++column)
                m_out += QStringLiteral("<th width=\"%1%\">%2</th>")
                             .arg(kColumnWidths[column])
                             .arg(esc(headings[column]));
            m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const CheckResult& check : section.checks)
                row(check);
            m_out += QStringLiteral("</tbody>\n</table>\n");
        }
    }

    void row(const CheckResult& check)
    {
        const CheckStatus status = check.status();
        m_out += QStringLiteral("<tr>");
        m_out += QStringLiteral("<td class=\"%1\">%2&#160;%3</td>")
                     .arg(cssClass(status), statusMark(status), esc(CheckStatuses::displayName(status)));

        const QString probe = check.probe.isEmpty() ? check.host : check.probe;
        QString endpoint = QStringLiteral("<b>%1</b>").arg(host(probe));
        if (!check.host.isEmpty() && check.host != probe)
            endpoint += QStringLiteral("<br/><span class=\"small\">%1</span>")
                            .arg(esc(ReportHtml::tr("documented as %1")).arg(host(check.host)));
        if (check.retired)
            endpoint += QStringLiteral(" <span class=\"tag\">%1</span>").arg(esc(ReportHtml::tr("retired")));
        if (!check.purpose.isEmpty())
            endpoint += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(esc(check.purpose));
        m_out += QStringLiteral("<td class=\"host\">%1</td>").arg(endpoint);

        m_out += QStringLiteral("<td>%1</td>").arg(check.port > 0 ? QString::number(check.port) : QString());
        m_out += QStringLiteral("<td>%1</td>").arg(esc(Protocols::id(check.protocol)));

        QString diagnosis = esc(Diagnoses::title(check.diagnosis));
        if (!check.detail.isEmpty())
            diagnosis += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(esc(check.detail));
        m_out += QStringLiteral("<td>%1</td>").arg(diagnosis);
        m_out += QStringLiteral("<td>%1</td>")
                     .arg(esc(ReportContent::duration(check.durationMs))
                              .replace(QLatin1Char(' '), QStringLiteral("&#160;")));
        m_out += QStringLiteral("</tr>\n");
    }

    void remedies()
    {
        const QList<CheckResult> actionable = ReportContent::actionable(m_report);
        if (actionable.isEmpty())
            return;
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("What to change")));
        m_out += QStringLiteral("<ol class=\"actions\">\n");
        for (const ReportAction& action : ReportContent::actions(m_report)) {
            m_out += QStringLiteral("<li class=\"%1\">%2 %3 <span class=\"count\">(%4)</span></li>\n")
                         .arg(cssClass(action.status), statusMark(action.status), esc(action.text),
                             esc(ReportHtml::tr("%n checks", nullptr, int(action.checkIds.size()))));
        }
        m_out += QStringLiteral("</ol>\n");
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportHtml::tr("Each check")));
        for (const CheckResult& check : actionable) {
            const CheckStatus status = check.status();
            m_out += QStringLiteral("<div class=\"%1\">\n").arg(cssClass(status));
            m_out += QStringLiteral("<h3>%1 %2 · %3 (%4) — %5</h3>\n")
                         .arg(statusMark(status), esc(CheckStatuses::displayName(status)),
                             host(ReportContent::endpoint(check)), esc(Protocols::id(check.protocol)),
                             esc(Diagnoses::title(check.diagnosis)));
            if (!check.detail.isEmpty())
                m_out += QStringLiteral("<p class=\"remedy\">%1</p>\n").arg(esc(check.detail));
            if (!check.remedy.isEmpty())
                m_out += QStringLiteral("<p class=\"remedy\"><b>%1</b> %2</p>\n")
                             .arg(esc(ReportHtml::tr("Remedy:")), esc(check.remedy));
            m_out += QStringLiteral("<ul class=\"evidence\">\n");
            for (const QString& line : ReportContent::evidence(check))
                m_out += QStringLiteral("<li>%1</li>\n").arg(esc(line));
            m_out += QStringLiteral("</ul>\n</div>\n");
        }
    }

    void allowlist()
    {
        const QList<ReportAllowlist::Group> groups = ReportAllowlist::groups(m_report);
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("Allowlist for this selection")));
        if (groups.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(ReportHtml::tr("The selection lists no endpoints.")));
        } else {
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(ReportHtml::tr("Domains grouped by protocol and port, ready to paste into a "
                                                 "firewall or proxy request.")));
            for (const ReportAllowlist::Group& group : groups) {
                m_out += QStringLiteral("<h3>%1</h3>\n<pre class=\"hosts\">%2</pre>\n")
                             .arg(esc(group.label), esc(group.hosts.join(QLatin1Char('\n'))));
            }
        }
        m_out += QStringLiteral("<p>%1</p>\n").arg(esc(ReportAllowlist::connectorAdvice()));
    }

    // The chosen region's namespaces, each with how its checks went: a customer can allowlist these instead of
    // *.servicebus.windows.net.
    void relayNamespaces()
    {
        const RunSettings& settings = m_report.settings;
        if (settings.relayNamespaces.isEmpty())
            return;
        m_out += QStringLiteral("<h2>%1</h2>\n")
                     .arg(esc(ReportHtml::tr("Service Bus namespaces of the region %1").arg(settings.region)));
        m_out += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(ReportHtml::tr("Microsoft lists these namespaces for the desktop flows runtime in this "
                                             "region; a firewall that allows all of them need not allow "
                                             "*.servicebus.windows.net.")));
        m_out += QStringLiteral("<table class=\"checks\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"4\">\n<thead><tr><th width=\"60%\">%1</th><th>%2</th></tr></thead>\n"
                                "<tbody>\n")
                     .arg(esc(ReportHtml::tr("Namespace")), esc(ReportHtml::tr("Result")));
        for (const RelayNamespace& relay : settings.relayNamespaces) {
            QString name = host(relay.host);
            if (relay.preview)
                name += QStringLiteral(" <span class=\"tag\">%1</span>").arg(esc(ReportHtml::tr("preview")));
            QStringList results;
            for (const CheckResult& check : m_report.checks) {
                if (check.probe.compare(relay.host, Qt::CaseInsensitive) != 0)
                    continue;
                const CheckStatus status = check.status();
                results
                    << QStringLiteral("<span class=\"%1\">%2&#160;%3</span> %4")
                           .arg(cssClass(status), statusMark(status), esc(CheckStatuses::displayName(status)),
                               esc(ReportHtml::tr("%1 on port %2").arg(Protocols::id(check.protocol)).arg(check.port)));
            }
            if (results.isEmpty())
                results << esc(ReportHtml::tr("not tested"));
            m_out += QStringLiteral("<tr><td class=\"host\">%1</td><td>%2</td></tr>\n")
                         .arg(name, results.join(QStringLiteral("<br/>")));
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
    }

    // What the proxy auto-config script answered for every check, passed or not, and the route each used.
    void pacRoutes()
    {
        QString items;
        for (const CheckResult& check : m_report.checks) {
            if (check.pac)
                items += QStringLiteral("<li>%1: %2</li>\n")
                             .arg(host(ReportContent::endpoint(check)), esc(ReportContent::pacRoute(*check.pac)));
        }
        if (items.isEmpty())
            return;
        m_out += QStringLiteral("<h2>%1</h2>\n<ul class=\"evidence\">\n%2</ul>\n")
                     .arg(esc(ReportHtml::tr("Proxy auto-config")), items);
    }

    void environment()
    {
        m_out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(ReportHtml::tr("Environment")));
        for (const QString& line : ReportContent::environment(m_report))
            m_out += QStringLiteral("<li>%1</li>\n").arg(esc(line));
        m_out += QStringLiteral("</ul>\n");
    }

    const RunReport& m_report;
    const ReportHtml::Medium m_medium;
    QString m_out;
};
} // namespace

QString ReportHtml::build(const RunReport& report, Medium medium)
{
    return Builder(report, medium).build();
}

QString ReportHtml::escape(const QString& text)
{
    return ReportContent::xmlSafe(text).toHtmlEscaped();
}
