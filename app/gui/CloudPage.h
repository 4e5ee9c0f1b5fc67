#pragma once

#include "Cloud.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QLabel;
class WizardModel;

// Second page: which Microsoft cloud the tenant lives in, one line each saying who it is for, and a hint
// when the machine's own settings name one.
class CloudPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudPage)

public:
    CloudPage(WizardModel* model, std::optional<Cloud> machineHint, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    WizardModel* m_model;
    QButtonGroup* m_clouds;
    QLabel* m_hint;
};
