#include "InlineError.h"

#include <QLabel>

QLabel* InlineError::create(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setProperty("inlineError", true);
    return label;
}

void InlineError::show(QLabel* label, const QString& reason, const QString& hint)
{
    const bool error = !reason.isEmpty();
    label->setText(error ? reason : hint);
    label->setProperty("hasError", error);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    label->setAccessibleName(error ? reason : hint);
    label->setVisible(!label->text().isEmpty());
}
