#include "FeaturesPage.h"

#include "InlineError.h"
#include "PlaceholderField.h"
#include "WizardModel.h"
#include "catalog/RelayNamespaces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

FeaturesPage::FeaturesPage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_noFeature(InlineError::create(this))
    , m_tenant(new QGroupBox(tr("Your tenant"), this))
    , m_dataverse(new PlaceholderField(PlaceholderRules::dataverse(), PlaceholderField::Values::Single, m_tenant))
    , m_namespaces(
          new PlaceholderField(PlaceholderRules::serviceBusNamespace(), PlaceholderField::Values::List, m_tenant))
    , m_otherToggle(new QToolButton(m_tenant))
    , m_other(new QWidget(m_tenant))
    , m_otherError(InlineError::create(m_tenant))
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
    m_dataverse->setLabel(tr("&Environment URL:"));
    m_dataverse->edit()->setObjectName(QStringLiteral("dataverseUrl"));
    m_dataverse->setHint(tr("Optional. Leave empty to skip the checks of your own environment."));
    m_namespaces->setLabel(tr("Service Bus name&spaces:"));
    m_namespaces->edit()->setObjectName(QStringLiteral("servicebusNamespaces"));
    m_namespaces->setHint(
        tr("The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas."));

    // The other placeholders (of the built-in catalog or an extra one): out of the way until asked for.
    m_otherToggle->setObjectName(QStringLiteral("otherHostsToggle"));
    m_otherToggle->setCheckable(true);
    m_otherToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_otherToggle->setAutoRaise(true);
    m_otherToggle->setAccessibleName(tr("Other hosts of your tenant"));
    connect(m_otherToggle, &QToolButton::toggled, this, &FeaturesPage::updateInputs);
    auto* otherLayout = new QVBoxLayout(m_other);
    otherLayout->setContentsMargins(0, 0, 0, 0);

    auto* tenantLayout = new QVBoxLayout(m_tenant);
    tenantLayout->addWidget(m_dataverse);
    tenantLayout->addWidget(m_namespaces);
    tenantLayout->addWidget(m_otherToggle);
    tenantLayout->addWidget(m_otherError);
    tenantLayout->addWidget(m_other);
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
    setTabOrder(previous, m_dataverse->edit());
    setTabOrder(m_dataverse->edit(), m_namespaces->edit());
    setTabOrder(m_namespaces->edit(), m_otherToggle);
    setTabOrder(m_otherToggle, m_region);

    registerField(QStringLiteral("dataverseUrl"), m_dataverse->edit());
    registerField(QStringLiteral("servicebusNamespaces"), m_namespaces->edit());
    connect(m_dataverse, &PlaceholderField::edited, this, &FeaturesPage::updateInputs);
    connect(m_namespaces, &PlaceholderField::edited, this, &FeaturesPage::updateInputs);
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
    // Back from the Network page, whose extra catalog may bring placeholders of its own, shows their fields.
    if (!m_followsBack && wizard()) {
        m_followsBack = true;
        connect(wizard(), &QWizard::currentIdChanged, this, [this] {
            if (wizard()->currentPage() == this)
                updateInputs();
        });
    }
    addOtherFields(m_model->placeholderRules().placeholders());
    bool otherGiven = false;
    for (PlaceholderField* field : fields()) {
        const QSignalBlocker blocker(field);
        const QStringList values = options.inputs.value(field->placeholder());
        field->setValues(values);
        otherGiven = otherGiven || (!values.isEmpty() && m_otherFields.contains(field->placeholder()));
    }
    m_otherToggle->setChecked(otherGiven);
    const int region
        = options.region.isEmpty() ? 0 : m_region->findData(options.region, Qt::UserRole, Qt::MatchFixedString);
    m_region->setCurrentIndex(std::max(region, 0));
    updateInputs();
}

// A field for each placeholder without one of its own, made the first time a selection needs it.
void FeaturesPage::addOtherFields(const QStringList& placeholders)
{
    for (const QString& name : placeholders) {
        if (name == m_dataverse->placeholder() || name == m_namespaces->placeholder() || m_otherFields.contains(name))
            continue;
        QLayout* fieldsLayout = m_other->layout();
        QWidget* before = fieldsLayout->count() > 0
            ? qobject_cast<PlaceholderField*>(fieldsLayout->itemAt(fieldsLayout->count() - 1)->widget())->edit()
            : static_cast<QWidget*>(m_otherToggle);
        auto* field = new PlaceholderField(name, PlaceholderField::Values::List, m_other);
        field->setHint(tr("Optional. Your host under this wildcard, to check it too; separate several with commas."));
        fieldsLayout->addWidget(field);
        setTabOrder(before, field->edit());
        setTabOrder(field->edit(), m_region);
        m_otherFields.insert(name, field);
        connect(field, &PlaceholderField::edited, this, &FeaturesPage::updateInputs);
    }
}

QList<PlaceholderField*> FeaturesPage::fields() const
{
    return QList<PlaceholderField*> {m_dataverse, m_namespaces} + m_otherFields.values();
}

void FeaturesPage::updateInputs()
{
    const PlaceholderRules rules = m_model->placeholderRules();
    const QStringList needed = rules.placeholders();
    addOtherFields(needed);
    int otherNeeded = 0;
    bool otherProblem = false;
    for (PlaceholderField* field : fields()) {
        const bool other = m_otherFields.contains(field->placeholder());
        const bool isNeeded = needed.contains(field->placeholder());
        if (other && isNeeded) {
            ++otherNeeded;
            field->setLabel(tr("Host under %1:").arg(rules.wildcards(field->placeholder()).join(tr(" or "))));
        }
        field->setVisible(isNeeded);
        field->judge(rules);
        otherProblem = otherProblem || (other && isNeeded && !field->result().ok());
    }
    m_otherToggle->setText(tr("&Other hosts of your tenant (%1)").arg(otherNeeded));
    m_otherToggle->setArrowType(m_otherToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_otherToggle->setVisible(otherNeeded > 0);
    m_other->setVisible(otherNeeded > 0 && m_otherToggle->isChecked());
    InlineError::show(m_otherError,
        otherProblem && !m_otherToggle->isChecked() ? tr("A value under Other hosts is not valid.") : QString());
    m_tenant->setVisible(!needed.isEmpty());
    m_region->setEnabled(regionApplies());
    InlineError::show(m_noFeature, selectedFeatures().isEmpty() ? tr("Select at least one feature.") : QString());
    emit completeChanged();
}

bool FeaturesPage::regionApplies() const
{
    return m_model->options().cloud == Cloud::Public && m_features.value(Feature::Desktop)->isChecked();
}

bool FeaturesPage::isComplete() const
{
    if (selectedFeatures().isEmpty())
        return false;
    const QStringList needed = m_model->placeholderRules().placeholders();
    const QList<PlaceholderField*> all = fields();
    return std::all_of(all.cbegin(), all.cend(),
        [&](const PlaceholderField* field) { return !needed.contains(field->placeholder()) || field->result().ok(); });
}

bool FeaturesPage::validatePage()
{
    RunOptions& options = m_model->options();
    options.features = selectedFeatures();
    const QStringList needed = m_model->placeholderRules().placeholders();
    for (PlaceholderField* field : fields()) {
        options.inputs.remove(field->placeholder());
        if (needed.contains(field->placeholder()) && field->result().ok() && !field->result().hosts.isEmpty())
            options.inputs.insert(field->placeholder(), field->result().hosts);
    }
    options.region = regionApplies() ? m_region->currentData().toString() : QString();
    return isComplete();
}
