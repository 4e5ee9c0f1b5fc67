#pragma once

#include <QString>

class QLabel;
class QWidget;

// A label under an input that says, in words, why the input is not valid yet (or a quiet hint when it is).
class InlineError final
{
public:
    static QLabel* create(QWidget* parent);
    // Shows the reason in the error colour, or the hint in the normal one when the reason is empty.
    static void show(QLabel* label, const QString& reason, const QString& hint = {});
};
