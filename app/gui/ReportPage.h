#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;
class ResultsFilterModel;
class RunSession;

// Last page: the verdict, the results to filter and search, the remedy and evidence of the selected check,
// and the ways out: save the report (HTML, PDF, JSON, CSV, JUnit), copy a summary, copy the allowlist, and
// compare this run with an earlier saved JSON report.
class ReportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    explicit ReportPage(RunSession* session, QWidget* parent = nullptr);

    void initializePage() override;

    static QStringList saveFilters();
    // The path with the extension of the chosen type when it has none of the known ones.
    static QString pathForFilter(const QString& path, const QString& filter);
    // Hosts grouped by protocol and port, ready for a firewall request.
    static QString allowlistText(const QList<QPair<QString, QStringList>>& groups, const QString& advice);

private:
    void updateBanner();
    void showDetails();
    void saveReport();
    void copySummary();
    void copyAllowlist();
    void compareWithEarlier();

    RunSession* m_session;
    ResultsFilterModel* m_filter;
    QLabel* m_banner;
    QComboBox* m_show;
    QLineEdit* m_search;
    QTreeView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_save;
    QPushButton* m_copySummary;
    QPushButton* m_copyAllowlist;
    QPushButton* m_compare;
    QLabel* m_feedback;
};
