#pragma once

#include "ReportWriter.h"

// A self-contained HTML page (inline CSS, no scripts, nothing fetched) for helpdesk to read and print.
// Shares its document with the PDF through ReportHtml.
class HtmlReportWriter final : public ReportWriter
{
public:
    bool write(const RunReport& report, QIODevice* device, QString* error) const override;
};
