#pragma once

#include "ReportWriter.h"

// One RFC 4180 row per check, UTF-8 with a header row, safe to open in a spreadsheet:
// cells that a spreadsheet would read as a formula get a leading apostrophe.
class CsvReportWriter final : public ReportWriter
{
public:
    bool write(const RunReport& report, QIODevice* device, QString* error) const override;

    // One RFC 4180 record with CRLF: fields quoted where needed, formulas neutralised. For other CSV outputs.
    static QString row(const QStringList& values);
};
