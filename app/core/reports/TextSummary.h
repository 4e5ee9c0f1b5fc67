#pragma once

#include "RunReport.h"

#include <QCoreApplication>
#include <QString>

// The report as plain text: the CLI's `--format text` output and the wizard's "Copy summary".
// Grouped by feature, failed first; then the counts, the verdict and what to change.
class TextSummary final
{
    Q_DECLARE_TR_FUNCTIONS(TextSummary)

public:
    static QString render(const RunReport& report);
};
