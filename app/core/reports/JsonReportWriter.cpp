#include "JsonReportWriter.h"

#include "JsonReport.h"

bool JsonReportWriter::write(const RunReport& report, QIODevice* device, QString* error) const
{
    return JsonReport::write(
        report, [device, error](const QByteArray& piece) { return writeAll(device, piece, error); });
}
