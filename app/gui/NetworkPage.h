#pragma once

#include "proxy/ComponentProxies.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class ComponentProxyLookup;
struct ComponentProxies;
class SystemProxyLookup;
class WizardModel;

// Fourth page: how this machine reaches the internet. The system's proxy (showing what was detected, and
// whether desktop flows are tested along the desktop flows service's route or as you), none, a manual one, or a
// proxy auto-config script; how to authenticate at the proxy (scheme, user, a password that serves this run only);
// the proxy each Power Automate component uses; an Advanced section for the rest.
class NetworkPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    // readComponentProxies: how the components' proxies are read (this machine's, unless a test says otherwise).
    NetworkPage(
        WizardModel* model, const std::function<ComponentProxies()>& readComponentProxies, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void updateState();
    void showComponents(const ComponentProxies& proxies);
    void setAdvancedVisible(bool visible);
    QString proxyError() const;
    QString pacError() const;
    QString caFileError() const;
    QString catalogFileError() const;
    QString catalogPlaceholdersHint() const;
    QStringList extraCatalogFiles() const;

    WizardModel* m_model;
    SystemProxyLookup* m_lookup;
    QRadioButton* m_systemProxy;
    QLabel* m_detected;
    ComponentProxyLookup* m_componentLookup;
    QRadioButton* m_proxyAsService;
    QRadioButton* m_proxyAsMe;
    QTreeWidget* m_components;
    QLabel* m_componentsNote;
    QRadioButton* m_noProxy;
    QRadioButton* m_manualProxy;
    QWidget* m_manual;
    QLineEdit* m_proxyUrl;
    QLabel* m_proxyError;
    QWidget* m_auth;
    QComboBox* m_proxyAuth;
    QLineEdit* m_proxyUser;
    QLineEdit* m_proxyPassword;
    QRadioButton* m_pacProxy;
    QWidget* m_pac;
    QLineEdit* m_pacLocation;
    QLabel* m_pacError;
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QLineEdit* m_caFile;
    QLabel* m_caError;
    QSpinBox* m_timeout;
    QCheckBox* m_revocation;
    QLineEdit* m_catalogFile;
    QLabel* m_catalogError;
};
