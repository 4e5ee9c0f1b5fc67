#include "NetreadyWizard.h"

#include "WelcomePage.h"

#include <QIcon>

NetreadyWizard::NetreadyWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Netready"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/netready.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setMinimumSize(720, 520);
    setPage(WelcomePageId, new WelcomePage(this));
}
