#include "FleetCsv.h"

#include "FleetWording.h"
#include "reports/CsvReportWriter.h"

QString FleetCsv::render(const FleetSummary& summary)
{
    // The byte order mark lets Excel recognise UTF-8 when the file is opened by double-click.
    QString text = QStringLiteral("\uFEFF");
    text
        += CsvReportWriter::row({QStringLiteral("cloud"), QStringLiteral("schemaVersion"), QStringLiteral("endpointId"),
            QStringLiteral("endpoint"), QStringLiteral("protocol"), QStringLiteral("machinesChecked"),
            QStringLiteral("machinesFailed"), QStringLiteral("diagnoses"), QStringLiteral("tool")});
    const QString tool = QStringLiteral("netready ") + QStringLiteral(NETREADY_VERSION);
    for (const FleetSummary::Group& group : summary.groups()) {
        for (const FleetSummary::EndpointTally& tally : group.endpoints) {
            text += CsvReportWriter::row({group.cloud, QString::number(group.schemaVersion), tally.endpointId,
                tally.endpoint, tally.protocol, QString::number(tally.tested), QString::number(tally.failed),
                FleetWording::diagnoses(tally), tool});
        }
    }
    return text;
}
