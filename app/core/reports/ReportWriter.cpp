#include "ReportWriter.h"

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "JUnitReportWriter.h"
#include "JsonReportWriter.h"
#include "PdfReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

std::unique_ptr<ReportWriter> ReportWriter::forFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return std::make_unique<HtmlReportWriter>();
    if (suffix == QLatin1String("pdf"))
        return std::make_unique<PdfReportWriter>();
    if (suffix == QLatin1String("json"))
        return std::make_unique<JsonReportWriter>();
    if (suffix == QLatin1String("csv"))
        return std::make_unique<CsvReportWriter>();
    if (suffix == QLatin1String("xml"))
        return std::make_unique<JUnitReportWriter>();
    return nullptr;
}

QStringList ReportWriter::supportedExtensions()
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("json"),
        QStringLiteral("csv"), QStringLiteral("xml")};
}

bool ReportWriter::writeAll(QIODevice* device, const QByteArray& data, QString* error)
{
    if (!device || !device->isWritable())
        return fail(error, QCoreApplication::translate("ReportWriter", "the output is not open for writing"));
    if (device->write(data) != data.size())
        return fail(
            error, QCoreApplication::translate("ReportWriter", "could not write: %1").arg(device->errorString()));
    return true;
}

bool ReportWriter::fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}
