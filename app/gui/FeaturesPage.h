#pragma once

#include "Feature.h"

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QToolButton;
class PlaceholderField;
class WizardModel;

// Third page: the Power Automate features in use, and the tenant's own addresses when the selection needs
// them (environment URL, Service Bus namespaces, and under "Other hosts" every other placeholder of the selected
// endpoints, the extra catalogs' too), validated as typed; Next stays off until they are valid. In the public cloud
// with desktop flows, a region of Microsoft's namespace list tests all of its namespaces.
class FeaturesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeaturesPage)

public:
    explicit FeaturesPage(WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QList<Feature> selectedFeatures() const;
    void updateInputs();
    void addOtherFields(const QStringList& placeholders);
    QList<PlaceholderField*> fields() const;
    bool regionApplies() const;

    WizardModel* m_model;
    QMap<Feature, QCheckBox*> m_features;
    QLabel* m_noFeature;
    QGroupBox* m_tenant;
    PlaceholderField* m_dataverse;
    PlaceholderField* m_namespaces;
    QToolButton* m_otherToggle;
    QWidget* m_other;
    QLabel* m_otherError;
    QMap<QString, PlaceholderField*> m_otherFields;
    QComboBox* m_region;
    bool m_followsBack = false;
};
