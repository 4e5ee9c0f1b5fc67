#pragma once

#include "ReportWriter.h"

// The machine-readable report (docs/report.md, docs/report.schema.json) for scripts and monitoring.
// The content comes from JsonReport::toJson so the CLI's stdout and the file are the same.
class JsonReportWriter final : public ReportWriter
{
public:
    bool write(const RunReport& report, QIODevice* device, QString* error) const override;
};
