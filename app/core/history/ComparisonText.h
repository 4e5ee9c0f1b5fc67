#pragma once

#include "ReportComparison.h"

#include <QCoreApplication>
#include <QString>

// A comparison for a terminal or a ticket: both reports, the verdict change, what differs in the set-up, and
// one sentence per changed check under its category.
class ComparisonText final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)

public:
    ComparisonText() = delete;
    static QString render(const ReportComparison& comparison);
};
