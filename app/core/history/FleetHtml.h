#pragma once

#include "FleetSummary.h"

#include <QCoreApplication>
#include <QString>

// A fleet summary as one self-contained XHTML file that opens offline: per cloud a chart of failures per
// endpoint (inline SVG) and sortable tables. The only script is inline and allowed by its hash in the
// Content-Security-Policy; everything else stays forbidden, and every text from a report is escaped.
class FleetHtml final
{
    Q_DECLARE_TR_FUNCTIONS(FleetHtml)

public:
    FleetHtml() = delete;
    static QString build(const FleetSummary& summary);
    // The table-sorting script and its CSP source ('sha256-…'), so tests can check the pair.
    static QString sortScript();
    static QString scriptHashSource();
};
