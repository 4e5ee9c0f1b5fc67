#include "NetworkPage.h"

#include "FileDialog.h"
#include "InlineError.h"
#include "SystemProxyLookup.h"
#include "WizardModel.h"
#include "proxy/ComponentProxyLookup.h"
#include "proxy/ComponentProxyResolver.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QHBoxLayout* fileRow(QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}
} // namespace

NetworkPage::NetworkPage(
    WizardModel* model, const std::function<ComponentProxies()>& readComponentProxies, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_lookup(new SystemProxyLookup(this))
    , m_systemProxy(new QRadioButton(tr("Use the &system's proxy settings"), this))
    , m_detected(new QLabel(this))
    , m_componentLookup(new ComponentProxyLookup(this, readComponentProxies))
    , m_proxyAsService(new QRadioButton(tr("Test &desktop flows along the route of the desktop flows service"), this))
    , m_proxyAsMe(new QRadioButton(tr("Test desktop flows as me, with m&y proxy settings"), this))
    , m_components(new QTreeWidget(this))
    , m_componentsNote(new QLabel(this))
    , m_noProxy(new QRadioButton(tr("Direct connection, n&o proxy"), this))
    , m_manualProxy(new QRadioButton(tr("&Manual proxy"), this))
    , m_manual(new QWidget(this))
    , m_proxyUrl(new QLineEdit(m_manual))
    , m_proxyError(InlineError::create(m_manual))
    , m_auth(new QWidget(this))
    , m_proxyAuth(new QComboBox(m_auth))
    , m_proxyUser(new QLineEdit(m_auth))
    , m_proxyPassword(new QLineEdit(m_auth))
    , m_pacProxy(new QRadioButton(tr("Automatic configuration scr&ipt"), this))
    , m_pac(new QWidget(this))
    , m_pacLocation(new QLineEdit(m_pac))
    , m_pacError(InlineError::create(m_pac))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_caFile(new QLineEdit(m_advanced))
    , m_caError(InlineError::create(m_advanced))
    , m_timeout(new QSpinBox(m_advanced))
    , m_revocation(new QCheckBox(tr("Also check the re&vocation path of each TLS chain"), m_advanced))
    , m_catalogFile(new QLineEdit(m_advanced))
    , m_catalogError(InlineError::create(m_advanced))
{
    setTitle(tr("How does this machine reach the internet?"));
    setSubTitle(tr("Power Automate uses the system's proxy settings. Change them here only to test another way."));
    setButtonText(QWizard::NextButton, tr("&Run checks"));

    // Proxy choice.
    auto* proxyBox = new QGroupBox(tr("Proxy"), this);
    auto* proxies = new QButtonGroup(this);
    for (QRadioButton* button : {m_systemProxy, m_noProxy, m_manualProxy, m_pacProxy})
        proxies->addButton(button);
    m_pacProxy->setObjectName(QStringLiteral("proxyPac"));
    m_systemProxy->setObjectName(QStringLiteral("proxySystem"));
    m_noProxy->setObjectName(QStringLiteral("proxyNone"));
    m_manualProxy->setObjectName(QStringLiteral("proxyManual"));
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    m_detected->setObjectName(QStringLiteral("detectedProxy"));
    m_detected->setWordWrap(true);
    m_detected->setContentsMargins(indent, 0, 0, 0);
    m_detected->setForegroundRole(QPalette::PlaceholderText);
    m_detected->setText(tr("Detected: looking…"));

    // Whose route desktop flows endpoints follow under the system setting.
    auto* proxyAs = new QButtonGroup(this);
    auto* proxyAsBox = new QWidget(this);
    auto* proxyAsLayout = new QVBoxLayout(proxyAsBox);
    proxyAsLayout->setContentsMargins(indent, 0, 0, 0);
    for (QRadioButton* button : {m_proxyAsService, m_proxyAsMe}) {
        proxyAs->addButton(button);
        proxyAsLayout->addWidget(button);
    }
    m_proxyAsService->setObjectName(QStringLiteral("proxyAsService"));
    m_proxyAsService->setToolTip(tr("Power Automate's own proxy settings, as the desktop flows service reads them: "
                                    "registry values, then its Proxy.config file, then the machine's WinHTTP "
                                    "proxy. Gateway endpoints follow the gateway service's route."));
    m_proxyAsMe->setObjectName(QStringLiteral("proxyAsMe"));
    m_proxyAsMe->setToolTip(tr("Your own Windows proxy settings, as Power Automate for desktop uses them while "
                               "you are signed in."));

    // The proxy each Power Automate component would use, read off the GUI thread.
    auto* componentsBox = new QGroupBox(tr("Proxy of each Power Automate component"), this);
    m_components->setObjectName(QStringLiteral("componentProxies"));
    m_components->setAccessibleName(tr("Proxy of each Power Automate component"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({tr("Component"), tr("Proxy"), tr("From")});
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setMinimumHeight(m_components->fontMetrics().height() * 8);
    m_componentsNote->setObjectName(QStringLiteral("componentProxiesNote"));
    m_componentsNote->setWordWrap(true);
    m_componentsNote->setForegroundRole(QPalette::PlaceholderText);
    m_componentsNote->setText(tr("Looking…"));
    auto* componentsLayout = new QVBoxLayout(componentsBox);
    componentsLayout->addWidget(m_components);
    componentsLayout->addWidget(m_componentsNote);

    m_proxyUrl->setObjectName(QStringLiteral("proxyUrl"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example.com:8080"));
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    auto* manualForm = new QFormLayout(m_manual);
    manualForm->setContentsMargins(indent, 0, 0, 0);
    manualForm->addRow(tr("Proxy U&RL:"), m_proxyUrl);
    manualForm->addRow(QString(), m_proxyError);

    // Authentication at the proxy, for the system's proxy as for a manual one.
    m_proxyAuth->setObjectName(QStringLiteral("proxyAuth"));
    m_proxyAuth->setAccessibleName(tr("Proxy authentication"));
    m_proxyAuth->addItem(tr("Automatic: the strongest the proxy offers"), int(ProxyAuthMode::Auto));
    m_proxyAuth->addItem(tr("Negotiate (Kerberos, signed-in user)"), int(ProxyAuthMode::Negotiate));
    m_proxyAuth->addItem(tr("NTLM"), int(ProxyAuthMode::Ntlm));
    m_proxyAuth->addItem(tr("Digest"), int(ProxyAuthMode::Digest));
    m_proxyAuth->addItem(tr("Basic"), int(ProxyAuthMode::Basic));
    m_proxyAuth->addItem(tr("None: do not authenticate"), int(ProxyAuthMode::None));
    auto* authForm = new QFormLayout(m_auth);
    authForm->setContentsMargins(indent, 0, 0, 0);
    authForm->addRow(tr("Au&thentication:"), m_proxyAuth);
    authForm->addRow(tr("&User name:"), m_proxyUser);
    authForm->addRow(tr("&Password:"), m_proxyPassword);
    m_proxyUser->setPlaceholderText(tr("DOMAIN\\user; empty: the signed-in user where possible"));
    auto* passwordNote = new QLabel(tr("The password is used for this run only and is never saved."), m_auth);
    passwordNote->setWordWrap(true);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);
    authForm->addRow(QString(), passwordNote);

    // A proxy auto-config script: a file or a URL, evaluated for every check.
    m_pacLocation->setObjectName(QStringLiteral("pacLocation"));
    m_pacLocation->setPlaceholderText(tr("http://wpad.example.com/proxy.pac or a .pac file"));
    m_pacLocation->setAccessibleName(tr("Automatic configuration script"));
    auto* pacBrowse = new QPushButton(tr("&Browse…"), m_pac);
    pacBrowse->setObjectName(QStringLiteral("browsePac"));
    pacBrowse->setAccessibleName(tr("Browse for a proxy auto-config script"));
    connect(pacBrowse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Automatic configuration script"),
            m_pacLocation->text(), {tr("Proxy auto-config scripts (*.pac *.dat *.js)"), tr("All files (*)")});
        if (!path.isEmpty())
            m_pacLocation->setText(path);
    });
    auto* pacForm = new QFormLayout(m_pac);
    pacForm->setContentsMargins(indent, 0, 0, 0);
    auto* pacLabel = new QLabel(tr("Script a&ddress:"), m_pac);
    pacLabel->setBuddy(m_pacLocation);
    pacForm->addRow(pacLabel, fileRow(m_pacLocation, pacBrowse));
    pacForm->addRow(QString(), m_pacError);

    auto* proxyLayout = new QVBoxLayout(proxyBox);
    proxyLayout->addWidget(m_systemProxy);
    proxyLayout->addWidget(m_detected);
    proxyLayout->addWidget(proxyAsBox);
    proxyLayout->addWidget(m_noProxy);
    proxyLayout->addWidget(m_manualProxy);
    proxyLayout->addWidget(m_manual);
    proxyLayout->addWidget(m_auth);
    proxyLayout->addWidget(m_pacProxy);
    proxyLayout->addWidget(m_pac);

    // Advanced: hidden until asked for, or when something in it differs from the defaults.
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("&Advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setAccessibleName(tr("Advanced settings"));
    connect(m_advancedToggle, &QToolButton::toggled, this, &NetworkPage::setAdvancedVisible);

    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("Extra trusted CA file"));
    m_caFile->setPlaceholderText(tr("PEM file, e.g. your TLS inspection's root"));
    auto* caBrowse = new QPushButton(tr("Bro&wse…"), m_advanced);
    caBrowse->setObjectName(QStringLiteral("browseCaFile"));
    caBrowse->setAccessibleName(tr("Browse for a CA file"));
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Extra trusted CA file"), m_caFile->text(),
            {tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout per step in seconds"));
    m_revocation->setObjectName(QStringLiteral("checkRevocation"));
    m_revocation->setAccessibleName(tr("Also check the revocation path of each TLS chain"));
    m_catalogFile->setObjectName(QStringLiteral("extraCatalog"));
    m_catalogFile->setAccessibleName(tr("Extra catalog file"));
    m_catalogFile->setPlaceholderText(tr("JSON file with your own endpoints"));
    auto* catalogBrowse = new QPushButton(tr("Brows&e…"), m_advanced);
    catalogBrowse->setObjectName(QStringLiteral("browseCatalog"));
    catalogBrowse->setAccessibleName(tr("Browse for a catalog file"));
    connect(catalogBrowse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(
            this, tr("Extra catalog file"), m_catalogFile->text(), {tr("Catalogs (*.json)"), tr("All files (*)")});
        if (!path.isEmpty())
            m_catalogFile->setText(path);
    });

    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    auto* caLabel = new QLabel(tr("Extra trusted &CA file:"), m_advanced);
    caLabel->setBuddy(m_caFile);
    advancedForm->addRow(caLabel, fileRow(m_caFile, caBrowse));
    advancedForm->addRow(QString(), m_caError);
    auto* timeoutLabel = new QLabel(tr("&Timeout per step:"), m_advanced);
    timeoutLabel->setBuddy(m_timeout);
    advancedForm->addRow(timeoutLabel, m_timeout);
    advancedForm->addRow(QString(), m_revocation);
    auto* catalogLabel = new QLabel(tr("E&xtra catalog file:"), m_advanced);
    catalogLabel->setBuddy(m_catalogFile);
    advancedForm->addRow(catalogLabel, fileRow(m_catalogFile, catalogBrowse));
    advancedForm->addRow(QString(), m_catalogError);

    // The page scrolls rather than squeezing its rows at the wizard's minimum size (the advanced settings and
    // the components' table make it taller than the window). Tabbing to a field scrolls it into view.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(proxyBox);
    layout->addWidget(componentsBox);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("networkPageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    // Tab follows the page from top to bottom (the Browse buttons were created after the fields).
    const QList<QWidget*> tabOrder {m_systemProxy, m_proxyAsService, m_proxyAsMe, m_noProxy, m_manualProxy, m_proxyUrl,
        m_proxyAuth, m_proxyUser, m_proxyPassword, m_pacProxy, m_pacLocation, pacBrowse, m_components, m_advancedToggle,
        m_caFile, caBrowse, m_timeout, m_revocation, m_catalogFile, catalogBrowse};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(proxies, &QButtonGroup::buttonToggled, this, &NetworkPage::updateState);
    for (QLineEdit* edit : {m_proxyUrl, m_pacLocation, m_caFile, m_catalogFile})
        connect(edit, &QLineEdit::textChanged, this, &NetworkPage::updateState);
    connect(m_lookup, &SystemProxyLookup::found, this, [this](const QString& description) {
        m_detected->setText(tr("Detected: %1").arg(description));
        m_detected->setAccessibleName(m_detected->text());
    });
    connect(m_componentLookup, &ComponentProxyLookup::found, this, &NetworkPage::showComponents);
    setAdvancedVisible(false);
}

void NetworkPage::showComponents(const ComponentProxies& proxies)
{
    m_model->options().componentProxies = proxies;
    m_components->clear();
    for (const ComponentProxy& proxy : proxies.components) {
        auto* item = new QTreeWidgetItem(m_components, {proxy.componentName(), proxy.routeText(), proxy.sourceText()});
        QString tip = tr("%1, on the network as %2").arg(proxy.componentName(), proxy.account());
        if (!proxy.problems.isEmpty())
            tip += QLatin1Char('\n') + proxy.problems.join(QLatin1Char('\n'));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, tip);
        if (!proxy.problems.isEmpty())
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    for (int column = 0; column < 2; ++column)
        m_components->resizeColumnToContents(column);
    QString note = proxies.note;
    if (proxies.read) {
        const QString mismatch = ComponentProxyResolver::desktopMismatch(proxies.components);
        note = mismatch.isEmpty() ? tr("Power Automate for desktop and its services take the same route.") : mismatch;
        const QString gatewayMismatch = ComponentProxyResolver::gatewayMismatch(proxies.components);
        if (!gatewayMismatch.isEmpty())
            note += QLatin1Char('\n') + gatewayMismatch;
    }
    m_componentsNote->setText(note);
    setProperty("lookingUp", false);
    emit completeChanged();
}

void NetworkPage::setAdvancedVisible(bool visible)
{
    m_advanced->setVisible(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (m_advancedToggle->isChecked() != visible)
        m_advancedToggle->setChecked(visible);
}

void NetworkPage::initializePage()
{
    const RunOptions& options = m_model->options();
    switch (options.proxy.mode) {
    case ProxySetting::Mode::System:
        m_systemProxy->setChecked(true);
        break;
    case ProxySetting::Mode::None:
        m_noProxy->setChecked(true);
        break;
    case ProxySetting::Mode::Manual:
        m_manualProxy->setChecked(true);
        break;
    case ProxySetting::Mode::Pac:
        m_pacProxy->setChecked(true);
        break;
    }
    m_pacLocation->setText(options.proxy.pacDisplay());
    m_proxyUrl->setText(options.proxy.url.adjusted(QUrl::RemoveUserInfo).toString());
    m_proxyAuth->setCurrentIndex(std::max(0, m_proxyAuth->findData(int(options.proxy.authMode))));
    m_proxyUser->setText(options.proxy.user);
    m_proxyPassword->setText(options.proxy.password);
    m_caFile->setText(options.caFile);
    m_timeout->setValue(options.timeoutSeconds);
    m_revocation->setChecked(options.checkChainRevocation);
    m_catalogFile->setText(options.extraCatalogFiles.join(QLatin1Char(';')));
    (options.proxyAs == ProxyAs::Me ? m_proxyAsMe : m_proxyAsService)->setChecked(true);
    const RunOptions defaults;
    setAdvancedVisible(!options.caFile.isEmpty() || options.timeoutSeconds != defaults.timeoutSeconds
        || options.checkChainRevocation || !options.extraCatalogFiles.isEmpty());
    m_lookup->start();
    m_componentLookup->start();
    if (m_componentLookup->isRunning())
        m_componentsNote->setText(tr("Looking…"));
    setProperty("lookingUp", m_componentLookup->isRunning()); // for tools that drive the wizard: Next follows
    updateState();
}

QString NetworkPage::proxyError() const
{
    if (!m_manualProxy->isChecked())
        return {};
    if (m_proxyUrl->text().trimmed().isEmpty())
        return tr("Enter the proxy's address, e.g. http://proxy.example.com:8080");
    QString error;
    ProxySetting::fromUrl(m_proxyUrl->text(), &error);
    return error;
}

QString NetworkPage::pacError() const
{
    if (!m_pacProxy->isChecked())
        return {};
    if (m_pacLocation->text().trimmed().isEmpty())
        return tr("Enter the script's URL or file, e.g. http://wpad.example.com/proxy.pac");
    QString error;
    ProxySetting::fromPac(m_pacLocation->text(), &error);
    return error;
}

QString NetworkPage::caFileError() const
{
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return tr("No readable file at this path.");
    return {};
}

QStringList NetworkPage::extraCatalogFiles() const
{
    QStringList files;
    for (const QString& part : m_catalogFile->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            files << part.trimmed();
    }
    return files;
}

QString NetworkPage::catalogFileError() const
{
    for (const QString& path : extraCatalogFiles()) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return tr("No readable file at %1.").arg(path);
    }
    return {};
}

// The Features page asks for the placeholders' values, but this catalog is chosen after it: say which hosts the
// catalog's checks need and where to give them (Back keeps the choice).
QString NetworkPage::catalogPlaceholdersHint() const
{
    const QStringList files = extraCatalogFiles();
    if (files.isEmpty() || !catalogFileError().isEmpty())
        return {};
    WizardModel without;
    without.options() = m_model->options();
    without.options().extraCatalogFiles.clear();
    WizardModel with;
    with.options() = without.options();
    with.options().extraCatalogFiles = files;
    const QStringList before = without.placeholdersNeeded();
    const PlaceholderRules rules = with.placeholderRules();
    QStringList wildcards;
    for (const QString& placeholder : rules.placeholders()) {
        if (!before.contains(placeholder))
            wildcards << rules.wildcards(placeholder);
    }
    if (wildcards.isEmpty())
        return {};
    return tr("Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they "
              "are reported as needing your input.")
        .arg(wildcards.join(QStringLiteral(", ")));
}

void NetworkPage::cleanupPage()
{
    if (catalogFileError().isEmpty())
        m_model->options().extraCatalogFiles = extraCatalogFiles();
    QWizardPage::cleanupPage();
}

void NetworkPage::updateState()
{
    m_manual->setEnabled(m_manualProxy->isChecked());
    m_auth->setEnabled(!m_noProxy->isChecked());
    m_pac->setEnabled(m_pacProxy->isChecked());
    m_proxyAsService->setEnabled(m_systemProxy->isChecked());
    m_proxyAsMe->setEnabled(m_systemProxy->isChecked());
    InlineError::show(m_proxyError, proxyError());
    InlineError::show(m_pacError, pacError());
    InlineError::show(m_caError, caFileError());
    InlineError::show(m_catalogError, catalogFileError(), catalogPlaceholdersHint());
    emit completeChanged();
}

bool NetworkPage::isComplete() const
{
    // The run's plan includes the components' proxy checks, so it waits for their lookup (bounded by its timeout):
    // a run started before the answer would lack them, and "Run again" would then not repeat the same run.
    return proxyError().isEmpty() && pacError().isEmpty() && caFileError().isEmpty() && catalogFileError().isEmpty()
        && !m_componentLookup->isRunning();
}

bool NetworkPage::validatePage()
{
    if (!isComplete())
        return false;
    RunOptions& options = m_model->options();
    if (m_manualProxy->isChecked()) {
        QString error;
        options.proxy = ProxySetting::fromUrl(m_proxyUrl->text(), &error);
    } else if (m_pacProxy->isChecked()) {
        QString error;
        const ProxySetting pac = ProxySetting::fromPac(m_pacLocation->text(), &error);
        options.proxy.mode = pac.mode;
        options.proxy.pacUrl = pac.pacUrl;
        options.proxy.user.clear();
        options.proxy.password.clear();
    } else {
        options.proxy.mode = m_noProxy->isChecked() ? ProxySetting::Mode::None : ProxySetting::Mode::System;
        options.proxy.user.clear();
        options.proxy.password.clear();
    }
    if (!m_noProxy->isChecked()) {
        if (!m_proxyUser->text().isEmpty()) {
            options.proxy.user = m_proxyUser->text();
            options.proxy.password = m_proxyPassword->text();
        }
        options.proxy.authMode = ProxyAuthMode(m_proxyAuth->currentData().toInt());
    }
    const QString caFile = m_caFile->text().trimmed();
    if (caFile.isEmpty()) {
        options.caFile.clear();
        options.extraCaCertificates.clear();
    } else {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            InlineError::show(m_caError, tr("This file holds no PEM certificate."));
            return false;
        }
        options.caFile = caFile;
        options.extraCaCertificates = certificates;
    }
    options.proxyAs = m_proxyAsMe->isChecked() ? ProxyAs::Me : ProxyAs::Service;
    options.timeoutSeconds = m_timeout->value();
    options.checkChainRevocation = m_revocation->isChecked();
    options.extraCatalogFiles = extraCatalogFiles();
    return true;
}
