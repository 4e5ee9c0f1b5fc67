#pragma once

#include "ReportWriter.h"

// The machine-readable report (docs/report.md, docs/report.schema.json) for scripts and monitoring.
// The content is JsonReport::toJson's, streamed check by check; the CLI's stdout is written by this class too.
class JsonReportWriter final : public ReportWriter
{
public:
    bool write(const RunReport& report, QIODevice* device, QString* error) const override;
};
