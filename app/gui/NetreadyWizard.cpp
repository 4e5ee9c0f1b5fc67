#include "NetreadyWizard.h"

#include "AboutBox.h"
#include "ChoicesSettings.h"
#include "CloudPage.h"
#include "FeaturesPage.h"
#include "LanguageMenu.h"
#include "MachineCloudHint.h"
#include "NetworkPage.h"
#include "ReportPage.h"
#include "RunPage.h"
#include "RunSession.h"
#include "StatusIcons.h"
#include "WelcomePage.h"
#include "WizardLook.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QPushButton>
#include <QShortcut>

NetreadyWizard::NetreadyWizard(QWidget* parent)
    : NetreadyWizard(WizardStart {}, parent)
{
}

NetreadyWizard::NetreadyWizard(const WizardStart& start, QWidget* parent)
    : QWizard(parent)
    , m_session(new RunSession(this))
{
    setWindowTitle(tr("Netready"));
    setWindowIcon(StatusIcons::app());
    setWizardStyle(WizardLook::choose(wizardStyle()));
    setPixmap(QWizard::LogoPixmap, StatusIcons::app().pixmap(48, 48));
    setMinimumSize(760, 600);
    setButtonText(QWizard::CancelButton, tr("Close"));
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    // The About box, on every page: Tab reaches the button, Alt+A or F1 opens it.
    setOption(QWizard::HaveHelpButton, true);
    setButtonText(QWizard::HelpButton, tr("&About"));
    QAbstractButton* about = button(QWizard::HelpButton);
    about->setAccessibleName(tr("About Netready"));
    about->setAccessibleDescription(tr("Shows the version of Netready and its homepage"));
    connect(this, &QWizard::helpRequested, this, [this] { AboutBox::show(this); });
    new QShortcut(QKeySequence::HelpContents, this, this, [this] { AboutBox::show(this); });
    // The language menu, beside it on every page.
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("&Language"));
    if (auto* language = qobject_cast<QPushButton*>(button(QWizard::CustomButton1))) {
        language->setMenu(new LanguageMenu(this));
        language->setAccessibleDescription(tr("Chooses the language Netready uses the next time it starts"));
    }
    setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
        QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});

    bool cloudRemembered = false;
    const RunOptions saved = start.useSavedChoices ? ChoicesSettings::load(&cloudRemembered) : RunOptions {};
    m_model.options() = WizardModel::initialOptions(saved, start);
    const std::optional<Cloud> machineCloud = MachineCloudHint::read();
    if (machineCloud && !start.cloudGiven && !cloudRemembered)
        m_model.options().cloud = *machineCloud;

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(CloudPageId, new CloudPage(&m_model, machineCloud, this));
    setPage(FeaturesPageId, new FeaturesPage(&m_model, this));
    setPage(NetworkPageId, new NetworkPage(&m_model, start.readComponentProxies, this));
    setPage(RunPageId, new RunPage(&m_model, m_session, this));
    setPage(ReportPageId, new ReportPage(m_session, this));
    setStartId(WelcomePageId);
}

// m_session (a child) goes with QObject's clean-up; its engine cancels and joins its threads.
NetreadyWizard::~NetreadyWizard() = default;

bool NetreadyWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == NetworkPageId)
        ChoicesSettings::save(m_model.options()); // the choices of a run that starts now
    return true;
}

void NetreadyWizard::reject()
{
    m_session->cancel();
    QWizard::reject();
}

void NetreadyWizard::closeEvent(QCloseEvent* event)
{
    m_session->cancel();
    QWizard::closeEvent(event);
}
