#pragma once

#include <QWizardPage>

// First page: what Netready tests, and what it does not do.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);
};
