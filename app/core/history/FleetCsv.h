#pragma once

#include "FleetSummary.h"

#include <QString>

// A fleet summary for spreadsheets: one row per endpoint and cloud, RFC 4180 like the run report's CSV.
class FleetCsv final
{
public:
    FleetCsv() = delete;
    static QString render(const FleetSummary& summary);
};
