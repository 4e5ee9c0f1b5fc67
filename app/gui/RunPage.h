#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;
class RunSession;
class WizardModel;

// Fifth page: the run itself. Progress with counts and elapsed time, the live results grouped by feature,
// Cancel (keeps what finished), and when done "Run again" and "Retry failed".
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    RunPage(WizardModel* model, RunSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startRun();
    void updateProgress();
    void onStarted(int total);
    void onFinished();
    void updateButtons();

    WizardModel* m_model;
    RunSession* m_session;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QTreeView* m_table;
    QLabel* m_error;
    QPushButton* m_cancel;
    QPushButton* m_runAgain;
    QPushButton* m_retryFailed;
    QTimer* m_clock;
};
