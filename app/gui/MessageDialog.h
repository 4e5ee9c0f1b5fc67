#pragma once

#include <QMessageBox>

#include <optional>

// The wizard's message boxes behind one seam (KeePassXC's MessageBox): a test sets the next answer and
// the box is not shown, so no test ever waits on a modal dialog.
class MessageDialog final
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    // Rich text with the application's icon, as QMessageBox::about shows it.
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Test hook: the next box returns this button without showing; lastText() tells what it would have said.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString& text);
};
