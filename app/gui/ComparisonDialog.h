#pragma once

#include "history/ReportComparison.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

// Shows what changed between an earlier report and this run, and saves the comparison (text, JSON, HTML,
// PDF). The comparison itself comes from the core; this dialog only presents it.
class ComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDialog)

public:
    ComparisonDialog(ReportComparison comparison, QWidget* parent = nullptr);

    const ReportComparison& comparison() const { return m_comparison; }
    static QStringList saveFilters();

private:
    void save();

    ReportComparison m_comparison;
    QTextBrowser* m_view;
    QLabel* m_feedback;
};
