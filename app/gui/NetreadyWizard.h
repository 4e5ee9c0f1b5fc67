#pragma once

#include <QWizard>

// The main window: a wizard from choosing cloud and features to an exportable report.
class NetreadyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetreadyWizard)

public:
    enum PageId { WelcomePageId };

    explicit NetreadyWizard(QWidget* parent = nullptr);
};
