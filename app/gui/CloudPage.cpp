#include "CloudPage.h"

#include "WizardModel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

CloudPage::CloudPage(WizardModel* model, std::optional<Cloud> machineHint, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_clouds(new QButtonGroup(this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("Which cloud is your tenant in?"));
    setSubTitle(tr("Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public."));

    auto* grid = new QGridLayout;
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    int row = 0;
    for (const Cloud cloud : Clouds::all()) {
        auto* button = new QRadioButton(Clouds::displayName(cloud), this);
        button->setObjectName(QStringLiteral("cloud-") + Clouds::id(cloud));
        button->setAccessibleName(Clouds::displayName(cloud));
        button->setAccessibleDescription(Clouds::audience(cloud));
        auto* audience = new QLabel(Clouds::audience(cloud), this);
        audience->setWordWrap(true);
        audience->setContentsMargins(indent, 0, 0, 6);
        audience->setForegroundRole(QPalette::PlaceholderText);
        m_clouds->addButton(button, int(cloud));
        grid->addWidget(button, row++, 0);
        grid->addWidget(audience, row++, 0);
    }

    m_hint->setObjectName(QStringLiteral("cloudHint"));
    m_hint->setWordWrap(true);
    if (machineHint) {
        m_hint->setText(tr("Power Automate for desktop on this machine is set to <b>%1</b>.")
                            .arg(Clouds::displayName(*machineHint).toHtmlEscaped()));
        m_hint->setAccessibleName(tr("Hint from this machine's settings"));
    }
    m_hint->setVisible(machineHint.has_value());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_hint);
    layout->addStretch();
}

void CloudPage::initializePage()
{
    if (QAbstractButton* button = m_clouds->button(int(m_model->options().cloud)))
        button->setChecked(true);
}

bool CloudPage::validatePage()
{
    const int id = m_clouds->checkedId();
    if (id >= 0)
        m_model->options().cloud = Cloud(id);
    return true;
}
