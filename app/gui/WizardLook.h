#pragma once

#include <QWizard>

// Which QWizard style suits the platform the wizard runs on.
class WizardLook final
{
public:
    // The platform's own wizard look where it can be drawn (Aero on Windows, macOS's), the modern one elsewhere.
    static QWizard::WizardStyle choose(QWizard::WizardStyle platformDefault);

private:
    // Aero draws its own window frame through the Desktop Window Manager. Wine has none, and there Aero cuts
    // off the whole button row (no Back, Next or Close), so the wizard could not be used at all.
    static bool runningUnderWine();
};
