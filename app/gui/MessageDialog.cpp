#include "MessageDialog.h"

namespace {
std::optional<QMessageBox::StandardButton>& nextAnswerSlot()
{
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

QString& lastTextSlot()
{
    static QString text;
    return text;
}
} // namespace

void MessageDialog::setNextAnswer(QMessageBox::StandardButton button)
{
    nextAnswerSlot() = button;
}

QString MessageDialog::lastText()
{
    return lastTextSlot();
}

std::optional<QMessageBox::StandardButton> MessageDialog::takeNextAnswer(const QString& text)
{
    lastTextSlot() = text;
    auto& next = nextAnswerSlot();
    const auto answer = next;
    next.reset();
    return answer;
}

QMessageBox::StandardButton MessageDialog::critical(QWidget* parent, const QString& title, const QString& text)
{
    if (const auto answer = takeNextAnswer(text))
        return *answer;
    return QMessageBox::critical(parent, title, text);
}

QMessageBox::StandardButton MessageDialog::information(QWidget* parent, const QString& title, const QString& text)
{
    if (const auto answer = takeNextAnswer(text))
        return *answer;
    return QMessageBox::information(parent, title, text);
}

void MessageDialog::about(QWidget* parent, const QString& title, const QString& text)
{
    if (takeNextAnswer(text))
        return;
    QMessageBox::about(parent, title, text);
}
