#include "FeaturesPage.h"

#include "EnvironmentUrl.h"
#include "InlineError.h"
#include "WizardModel.h"
#include "catalog/RelayNamespaces.h"
#include "catalog/ServiceBusNamespaces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kDataverse = QStringLiteral("dataverse");
const QString kNamespaces = QStringLiteral("servicebus-namespace");
} // namespace

FeaturesPage::FeaturesPage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_noFeature(InlineError::create(this))
    , m_tenant(new QGroupBox(tr("Your tenant"), this))
    , m_dataverseRow(new QWidget(m_tenant))
    , m_dataverse(new QLineEdit(m_dataverseRow))
    , m_dataverseError(InlineError::create(m_dataverseRow))
    , m_namespacesRow(new QWidget(m_tenant))
    , m_namespaces(new QLineEdit(m_namespacesRow))
    , m_namespacesError(InlineError::create(m_namespacesRow))
    , m_region(new QComboBox(this))
{
    setTitle(tr("Which features do you use?"));
    setSubTitle(tr("Netready checks the endpoints of the features you select. Select all that this machine needs."));

    auto* layout = new QVBoxLayout(this);
    const int indent
        = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (const Feature feature : Features::all()) {
        auto* box = new QCheckBox(QLatin1Char('&') + Features::displayName(feature), this);
        box->setObjectName(QStringLiteral("feature-") + Features::id(feature));
        box->setAccessibleName(Features::displayName(feature));
        box->setAccessibleDescription(Features::description(feature));
        auto* description = new QLabel(Features::description(feature), this);
        description->setWordWrap(true);
        description->setContentsMargins(indent, 0, 0, 4);
        description->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(box);
        layout->addWidget(description);
        m_features.insert(feature, box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_model->options().features = selectedFeatures();
            updateInputs();
        });
    }
    layout->addWidget(m_noFeature);

    // Tenant inputs: each row shows only when the selected endpoints need it.
    auto* dataverseLabel = new QLabel(tr("&Environment URL:"), m_dataverseRow);
    dataverseLabel->setBuddy(m_dataverse);
    m_dataverse->setObjectName(QStringLiteral("dataverseUrl"));
    m_dataverse->setAccessibleName(tr("Environment URL"));
    m_dataverse->setClearButtonEnabled(true);
    auto* dataverseLayout = new QVBoxLayout(m_dataverseRow);
    dataverseLayout->setContentsMargins(0, 0, 0, 0);
    dataverseLayout->addWidget(dataverseLabel);
    dataverseLayout->addWidget(m_dataverse);
    dataverseLayout->addWidget(m_dataverseError);

    auto* namespacesLabel = new QLabel(tr("Service Bus name&spaces:"), m_namespacesRow);
    namespacesLabel->setWordWrap(true);
    namespacesLabel->setBuddy(m_namespaces);
    m_namespaces->setObjectName(QStringLiteral("servicebusNamespaces"));
    m_namespaces->setAccessibleName(tr("Service Bus namespaces"));
    m_namespaces->setClearButtonEnabled(true);
    auto* namespacesLayout = new QVBoxLayout(m_namespacesRow);
    namespacesLayout->setContentsMargins(0, 0, 0, 0);
    namespacesLayout->addWidget(namespacesLabel);
    namespacesLayout->addWidget(m_namespaces);
    namespacesLayout->addWidget(m_namespacesError);

    auto* tenantLayout = new QVBoxLayout(m_tenant);
    tenantLayout->addWidget(m_dataverseRow);
    tenantLayout->addWidget(m_namespacesRow);
    layout->addWidget(m_tenant);

    // The region of Microsoft's list of desktop flows runtime namespaces (public cloud only).
    auto* regionLabel = new QLabel(tr("Desktop flows &region:"), this);
    regionLabel->setBuddy(m_region);
    m_region->setObjectName(QStringLiteral("relayRegion"));
    m_region->setAccessibleName(tr("Desktop flows region"));
    m_region->addItem(tr("No region (one namespace)"), QString());
    for (const RelayRegion& region : RelayNamespaces::builtIn()->regions()) {
        m_region->addItem(tr("%1 (namespaces: %2)").arg(region.name).arg(region.namespaces.size()), region.name);
    }
    auto* regionHint = new QLabel(tr("Tests every Service Bus namespace Microsoft lists for the desktop flows "
                                     "runtime of this region (public cloud), so your firewall can allow those "
                                     "instead of *.servicebus.windows.net."),
        this);
    regionHint->setWordWrap(true);
    regionHint->setForegroundRole(QPalette::PlaceholderText);
    m_region->setAccessibleDescription(regionHint->text());
    layout->addWidget(regionLabel);
    layout->addWidget(m_region);
    layout->addWidget(regionHint);
    layout->addStretch();

    // Tab follows the page from top to bottom (the inputs were created before the check boxes).
    QWidget* previous = nullptr;
    for (QCheckBox* box : std::as_const(m_features)) {
        if (previous)
            setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_dataverse);
    setTabOrder(m_dataverse, m_namespaces);
    setTabOrder(m_namespaces, m_region);

    registerField(QStringLiteral("dataverseUrl"), m_dataverse);
    registerField(QStringLiteral("servicebusNamespaces"), m_namespaces);
    connect(m_dataverse, &QLineEdit::textChanged, this, &FeaturesPage::updateInputs);
    connect(m_namespaces, &QLineEdit::textChanged, this, &FeaturesPage::updateInputs);
}

QList<Feature> FeaturesPage::selectedFeatures() const
{
    QList<Feature> result;
    for (auto it = m_features.cbegin(); it != m_features.cend(); ++it) {
        if (it.value()->isChecked())
            result << it.key();
    }
    return result;
}

void FeaturesPage::initializePage()
{
    const RunOptions& options = m_model->options();
    for (auto it = m_features.cbegin(); it != m_features.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(options.features.contains(it.key()));
    }
    const Cloud cloud = options.cloud;
    m_dataverse->setPlaceholderText(EnvironmentUrl::exampleUrl(cloud));
    m_dataverse->setText(options.inputs.value(kDataverse).value(0));
    m_namespaces->setPlaceholderText(
        tr("e.g. contoso-relay or contoso-relay.%1").arg(ServiceBusNamespaces::domain(cloud)));
    m_namespaces->setText(options.inputs.value(kNamespaces).join(QStringLiteral(", ")));
    const int region
        = options.region.isEmpty() ? 0 : m_region->findData(options.region, Qt::UserRole, Qt::MatchFixedString);
    m_region->setCurrentIndex(std::max(region, 0));
    updateInputs();
}

void FeaturesPage::updateInputs()
{
    const QStringList needed = m_model->placeholdersNeeded();
    const bool dataverseNeeded = needed.contains(kDataverse);
    const bool namespacesNeeded = needed.contains(kNamespaces);
    m_dataverseRow->setVisible(dataverseNeeded);
    m_namespacesRow->setVisible(namespacesNeeded);
    m_tenant->setVisible(dataverseNeeded || namespacesNeeded);
    m_region->setEnabled(regionApplies());
    InlineError::show(m_noFeature, selectedFeatures().isEmpty() ? tr("Select at least one feature.") : QString());

    InlineError::show(
        m_dataverseError, dataverseProblem(), tr("Optional. Leave empty to skip the checks of your own environment."));
    InlineError::show(m_namespacesError, namespacesProblem(),
        tr("The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas."));
    emit completeChanged();
}

// The page's own rules first (clearer messages), then core's: the value must lie below a wildcard it fills.
QString FeaturesPage::dataverseProblem() const
{
    const auto url = EnvironmentUrl::check(m_dataverse->text(), m_model->options().cloud);
    if (!url.valid)
        return url.reason;
    return url.host.isEmpty() ? QString() : m_model->inputProblem(kDataverse, {url.host});
}

QString FeaturesPage::namespacesProblem() const
{
    const auto namespaces = ServiceBusNamespaces::parse(m_namespaces->text(), m_model->options().cloud);
    if (!namespaces.valid)
        return namespaces.reason;
    return m_model->inputProblem(kNamespaces, namespaces.hosts);
}

bool FeaturesPage::regionApplies() const
{
    return m_model->options().cloud == Cloud::Public && m_features.value(Feature::Desktop)->isChecked();
}

bool FeaturesPage::isComplete() const
{
    if (selectedFeatures().isEmpty())
        return false;
    if (m_dataverseRow->isVisibleTo(this) && !dataverseProblem().isEmpty())
        return false;
    if (m_namespacesRow->isVisibleTo(this) && !namespacesProblem().isEmpty())
        return false;
    return true;
}

bool FeaturesPage::validatePage()
{
    RunOptions& options = m_model->options();
    options.features = selectedFeatures();
    const auto url = EnvironmentUrl::check(m_dataverse->text(), options.cloud);
    options.inputs.remove(kDataverse);
    if (m_dataverseRow->isVisibleTo(this) && url.valid && !url.host.isEmpty())
        options.inputs.insert(kDataverse, {url.host});
    const auto namespaces = ServiceBusNamespaces::parse(m_namespaces->text(), options.cloud);
    options.inputs.remove(kNamespaces);
    if (m_namespacesRow->isVisibleTo(this) && namespaces.valid && !namespaces.hosts.isEmpty())
        options.inputs.insert(kNamespaces, namespaces.hosts);
    options.region = regionApplies() ? m_region->currentData().toString() : QString();
    return isComplete();
}
