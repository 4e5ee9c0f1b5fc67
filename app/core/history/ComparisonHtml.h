#pragma once

#include "ReportComparison.h"
#include "reports/ReportHtml.h"

#include <QCoreApplication>
#include <QString>

// A comparison as one self-contained XHTML document (no scripts, nothing fetched), for the HTML file, the
// PDF and the wizard's view. Every text from a report is escaped.
class ComparisonHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonHtml)

public:
    ComparisonHtml() = delete;
    static QString build(const ReportComparison& comparison, ReportHtml::Medium medium);
};
