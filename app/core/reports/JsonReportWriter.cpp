#include "JsonReportWriter.h"

#include "JsonReport.h"

#include <QJsonDocument>

bool JsonReportWriter::write(const RunReport& report, QIODevice* device, QString* error) const
{
    return writeAll(device, QJsonDocument(JsonReport::toJson(report)).toJson(QJsonDocument::Indented), error);
}
