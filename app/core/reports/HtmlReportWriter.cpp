#include "HtmlReportWriter.h"

#include "ReportHtml.h"

bool HtmlReportWriter::write(const RunReport& report, QIODevice* device, QString* error) const
{
    return writeAll(device, ReportHtml::build(report, ReportHtml::Medium::Screen).toUtf8(), error);
}
