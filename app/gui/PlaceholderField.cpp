#include "PlaceholderField.h"

#include "InlineError.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PlaceholderField::PlaceholderField(const QString& placeholder, Values values, QWidget* parent)
    : QWidget(parent)
    , m_placeholder(placeholder)
    , m_values(values)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_error(InlineError::create(this))
{
    m_label->setWordWrap(true);
    m_label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("placeholder-") + placeholder);
    m_edit->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::textChanged, this, &PlaceholderField::edited);
}

void PlaceholderField::setLabel(const QString& text)
{
    m_label->setText(text);
    QString plain = text;
    m_edit->setAccessibleName(plain.remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
}

void PlaceholderField::judge(const PlaceholderRules& rules)
{
    m_edit->setPlaceholderText(rules.example(m_placeholder));
    m_result = m_values == Values::Single ? rules.check(m_placeholder, m_edit->text())
                                          : rules.checkList(m_placeholder, m_edit->text());
    InlineError::show(m_error, m_result.reason, m_hint);
}

void PlaceholderField::setValues(const QStringList& values)
{
    m_edit->setText(values.join(QStringLiteral(", ")));
}
