#include "WizardLook.h"

QWizard::WizardStyle WizardLook::choose(QWizard::WizardStyle platformDefault)
{
    if (platformDefault == QWizard::ClassicStyle)
        return QWizard::ModernStyle;
    if (platformDefault == QWizard::AeroStyle && runningUnderWine())
        return QWizard::ModernStyle;
    return platformDefault;
}

#ifndef Q_OS_WIN
bool WizardLook::runningUnderWine()
{
    return false;
}
#endif
