#include "CheckDetails.h"

#include <QStringList>

namespace {
QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

QString CheckDetails::html(const CheckResult& result)
{
    const QString target = result.probe.isEmpty() || result.probe == result.host
        ? QStringLiteral("%1:%2").arg(result.host).arg(result.port)
        : QStringLiteral("%1:%2 (%3)").arg(result.probe).arg(result.port).arg(result.host);
    QString html = QStringLiteral("<h3>%1</h3>").arg(target.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>: %2</p>")
                .arg(CheckStatuses::displayName(result.status()).toHtmlEscaped(),
                    Diagnoses::title(result.diagnosis).toHtmlEscaped());
    if (!result.detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(result.detail.toHtmlEscaped());
    if (!result.remedy.isEmpty() && result.status() != CheckStatus::Pass)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(), result.remedy.toHtmlEscaped());

    QString table;
    table += row(tr("Purpose"), result.purpose);
    table += row(tr("Protocol"), Protocols::id(result.protocol));
    table += row(tr("Features"), [&] {
        QStringList names;
        for (const Feature feature : result.features)
            names << Features::displayName(feature);
        return names.join(QStringLiteral(", "));
    }());
    table += row(tr("Diagnosis code"), Diagnoses::code(result.diagnosis));
    table += row(tr("Addresses"), result.addresses.join(QStringLiteral(", ")));
    table += row(tr("Connected to"), result.connectedAddress);
    table += row(tr("Proxy"), result.proxy.isEmpty() ? tr("direct") : result.proxy);
    table += row(tr("DNS note"), result.dnsNote);
    table += row(tr("Answered by"), result.device);
    if (result.tls) {
        table += row(
            tr("TLS"), QStringList {result.tls->protocol, result.tls->cipher}.join(QStringLiteral(" ")).trimmed());
        table += row(tr("Certificate"), result.tls->subject);
        table += row(tr("Issued by"), result.tls->issuer);
        table += row(tr("Root"), result.tls->root);
    }
    if (result.httpStatus > 0)
        table
            += row(tr("HTTP answer"), QStringLiteral("%1 %2").arg(result.httpStatus).arg(result.httpReason).trimmed());
    table += row(tr("Source"), result.source);
    table += row(tr("Duration"), tr("%1 ms").arg(result.durationMs));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(table);

    QStringList phases;
    for (const PhaseResult& phase : result.phases) {
        //: %1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds
        QString line = (phase.ok ? tr("%1: ok (%2 ms)") : tr("%1: failed (%2 ms)")).arg(phase.name).arg(phase.ms);
        if (phase.end != PhaseEnd::Completed)
            line += QStringLiteral(" [%1]").arg(PhaseEnds::id(phase.end));
        if (!phase.error.isEmpty())
            line += QStringLiteral(" - ") + phase.error;
        phases << line.toHtmlEscaped();
    }
    if (!phases.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Phases").toHtmlEscaped(), phases.join(QStringLiteral("<br>")));
    if (!result.evidence.isEmpty()) {
        QStringList lines;
        for (const QString& line : result.evidence)
            lines << line.toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Evidence").toHtmlEscaped(), lines.join(QLatin1Char('\n')));
    }
    return html;
}
