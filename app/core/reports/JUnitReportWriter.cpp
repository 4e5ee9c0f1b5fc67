#include "JUnitReportWriter.h"

#include "Cloud.h"
#include "Protocol.h"
#include "ReportContent.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace {
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString safe(const QString& text)
{
    return ReportContent::xmlSafe(text);
}

QString caseText(const CheckResult& check)
{
    QStringList lines;
    if (!check.detail.isEmpty())
        lines << check.detail;
    if (!check.remedy.isEmpty())
        lines << QCoreApplication::translate("JUnitReportWriter", "Remedy: %1").arg(check.remedy);
    if (!check.device.isEmpty())
        lines << QCoreApplication::translate("JUnitReportWriter", "Answered by: %1").arg(check.device);
    lines << ReportContent::evidence(check);
    return safe(lines.join(QLatin1Char('\n')));
}

void writeProperty(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    xml.writeStartElement(QStringLiteral("property"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("value"), safe(value));
    xml.writeEndElement();
}

void writeCase(QXmlStreamWriter& xml, const ReportSection& section, const CheckResult& check)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"),
        safe(ReportContent::endpoint(check) + QLatin1Char(' ') + Protocols::id(check.protocol)));
    xml.writeAttribute(
        QStringLiteral("classname"), safe(QStringLiteral("netready.") + section.id + QLatin1Char('.') + check.id));
    xml.writeAttribute(QStringLiteral("time"), seconds(check.durationMs));
    const QString title = safe(Diagnoses::title(check.diagnosis));
    switch (check.status()) {
    case CheckStatus::Fail:
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("type"), Diagnoses::code(check.diagnosis));
        xml.writeAttribute(QStringLiteral("message"),
            check.detail.isEmpty() ? title : title + QStringLiteral(": ") + safe(check.detail));
        xml.writeCharacters(caseText(check));
        xml.writeEndElement();
        break;
    case CheckStatus::Skipped:
        xml.writeStartElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"),
            check.detail.isEmpty() ? title : title + QStringLiteral(": ") + safe(check.detail));
        xml.writeEndElement();
        break;
    case CheckStatus::Warn:
        xml.writeTextElement(QStringLiteral("system-out"),
            QCoreApplication::translate("JUnitReportWriter", "Warning: %1").arg(title) + QLatin1Char('\n')
                + caseText(check));
        break;
    case CheckStatus::Pass:
        break;
    }
    xml.writeEndElement();
}

void writeSuite(QXmlStreamWriter& xml, const RunReport& report, const ReportSection& section)
{
    const RunSummary counts = RunSummary::of(section.checks);
    qint64 totalMs = 0;
    for (const CheckResult& check : section.checks)
        totalMs += check.durationMs;

    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), section.id);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(counts.total));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(counts.failed));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    if (report.startedAt.isValid())
        xml.writeAttribute(QStringLiteral("timestamp"), report.startedAt.toUTC().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("hostname"), safe(report.environment.hostname));

    xml.writeStartElement(QStringLiteral("properties"));
    writeProperty(xml, QStringLiteral("feature"), section.title);
    writeProperty(xml, QStringLiteral("verdict"), ReportContent::verdictId(report.summary()));
    writeProperty(xml, QStringLiteral("tool"), report.toolName + QLatin1Char(' ') + report.toolVersion);
    writeProperty(xml, QStringLiteral("language"), report.language);
    writeProperty(xml, QStringLiteral("cloud"), Clouds::id(report.settings.cloud));
    writeProperty(xml, QStringLiteral("features"), Features::ids(report.settings.features).join(QLatin1Char(',')));
    writeProperty(xml, QStringLiteral("proxy"), ReportContent::proxy(report.settings));
    writeProperty(xml, QStringLiteral("catalogs"), report.settings.catalogs.join(QLatin1Char(',')));
    if (!report.settings.catalogDate.isEmpty())
        writeProperty(xml, QStringLiteral("catalogDate"), report.settings.catalogDate);
    writeProperty(xml, QStringLiteral("os"), report.environment.os);
    writeProperty(xml, QStringLiteral("user"), report.environment.user);
    for (const auto& [key, value] : report.settings.labels)
        writeProperty(xml, QStringLiteral("label.") + key, value);
    xml.writeEndElement();

    for (const CheckResult& check : section.checks)
        writeCase(xml, section, check);
    xml.writeEndElement();
}
} // namespace

bool JUnitReportWriter::write(const RunReport& report, QIODevice* device, QString* error) const
{
    const QList<ReportSection> sections = ReportContent::sections(report);
    RunSummary total;
    qint64 totalMs = 0;
    for (const ReportSection& section : sections) {
        const RunSummary counts = RunSummary::of(section.checks);
        total.total += counts.total;
        total.failed += counts.failed;
        total.skipped += counts.skipped;
        for (const CheckResult& check : section.checks)
            totalMs += check.durationMs;
    }

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), safe(report.toolName));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(total.total));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(total.failed));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(total.skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    for (const ReportSection& section : sections)
        writeSuite(xml, report, section);
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError())
        return fail(error, QCoreApplication::translate("ReportWriter", "could not write the XML"));
    return writeAll(device, data, error);
}
