#pragma once

#include "ReportWriter.h"

// JUnit XML for CI systems and monitoring: one testsuite per feature, one testcase per check,
// failures with diagnosis and detail, skipped checks skipped, warnings passing with their text in system-out.
class JUnitReportWriter final : public ReportWriter
{
public:
    bool write(const RunReport& report, QIODevice* device, QString* error) const override;
};
