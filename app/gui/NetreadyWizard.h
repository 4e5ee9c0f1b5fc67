#pragma once

#include "WizardModel.h"
#include "WizardStart.h"

#include <QWizard>

class RunSession;

// The main window: a wizard from choosing cloud and features to a live run and an exportable report.
// It owns the model of the user's choices and the run; its pages are thin views on both.
class NetreadyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetreadyWizard)

public:
    enum PageId
    {
        WelcomePageId,
        CloudPageId,
        FeaturesPageId,
        NetworkPageId,
        RunPageId,
        ReportPageId
    };

    explicit NetreadyWizard(QWidget* parent = nullptr);
    // Starts from the command line's options (e.g. --cloud, --features, --connect-to, --catalog).
    explicit NetreadyWizard(const WizardStart& start, QWidget* parent = nullptr);
    ~NetreadyWizard() override;

    const WizardModel& model() const { return m_model; }
    RunSession* session() const { return m_session; }

    bool validateCurrentPage() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    WizardModel m_model;
    RunSession* m_session;
};
