#include "CsvReportWriter.h"

#include "Protocol.h"
#include "ReportContent.h"

namespace {
// A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return) as a formula.
QString neutralised(const QString& cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside.
QString field(const QString& value)
{
    QString cell = neutralised(ReportContent::xmlSafe(value));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        QString quoted = cell;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return cell;
}

QString line(const QStringList& values)
{
    QStringList fields;
    for (const QString& value : values)
        fields << field(value);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
} // namespace

QString CsvReportWriter::row(const QStringList& values)
{
    return line(values);
}

bool CsvReportWriter::write(const RunReport& report, QIODevice* device, QString* error) const
{
    // The byte order mark lets Excel recognise UTF-8 when the file is opened by double-click.
    QString text = QStringLiteral("\uFEFF");
    text += line({
        QStringLiteral("id"),
        QStringLiteral("endpointId"),
        QStringLiteral("host"),
        QStringLiteral("probe"),
        QStringLiteral("port"),
        QStringLiteral("protocol"),
        QStringLiteral("features"),
        QStringLiteral("purpose"),
        QStringLiteral("status"),
        QStringLiteral("diagnosis"),
        QStringLiteral("diagnosisTitle"),
        QStringLiteral("detail"),
        QStringLiteral("remedy"),
        QStringLiteral("durationMs"),
        QStringLiteral("addresses"),
        QStringLiteral("connectedAddress"),
        QStringLiteral("proxy"),
        QStringLiteral("httpStatus"),
        QStringLiteral("tlsIssuer"),
        QStringLiteral("tlsRoot"),
        QStringLiteral("retired"),
        QStringLiteral("evidence"),
        QStringLiteral("labels"),
        QStringLiteral("device"),
        QStringLiteral("tool"),
        QStringLiteral("language"),
    });
    const QString tool = report.toolName + QLatin1Char(' ') + report.toolVersion;
    const QString labels = ReportContent::labels(report.settings, QStringLiteral(" "));
    for (const CheckResult& check : ReportContent::sorted(report.checks)) {
        text += line({
            check.id,
            check.endpointId,
            check.host,
            check.probe,
            check.port > 0 ? QString::number(check.port) : QString(),
            Protocols::id(check.protocol),
            Features::ids(check.features).join(QLatin1Char(' ')),
            check.purpose,
            CheckStatuses::id(check.status()),
            Diagnoses::code(check.diagnosis),
            Diagnoses::title(check.diagnosis),
            check.detail,
            check.remedy,
            QString::number(check.durationMs),
            check.addresses.join(QLatin1Char(' ')),
            check.connectedAddress,
            check.proxy,
            check.httpStatus > 0 ? QString::number(check.httpStatus) : QString(),
            check.tls ? check.tls->issuer : QString(),
            check.tls ? check.tls->root : QString(),
            check.retired ? QStringLiteral("yes") : QStringLiteral("no"),
            ReportContent::evidence(check).join(QLatin1Char('\n')),
            labels,
            check.device,
            tool,
            report.language,
        });
    }
    return writeAll(device, text.toUtf8(), error);
}
