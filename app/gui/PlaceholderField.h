#pragma once

#include "catalog/PlaceholderRules.h"

#include <QWidget>

class QLabel;
class QLineEdit;

// One input for a catalog placeholder on the Features page: a label, a line edit and an inline error, judged as
// typed by core's PlaceholderRules for the current cloud and selection. Several values may be given at once,
// separated by commas, unless the field takes a single one (the environment URL).
class PlaceholderField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderField)

public:
    enum class Values
    {
        Single,
        List
    };

    PlaceholderField(const QString& placeholder, Values values, QWidget* parent = nullptr);

    QString placeholder() const { return m_placeholder; }
    QLineEdit* edit() const { return m_edit; }
    void setLabel(const QString& text);
    void setHint(const QString& hint) { m_hint = hint; }

    // Judges the text with these rules, shows the problem or the hint under the field and keeps the outcome.
    void judge(const PlaceholderRules& rules);
    const PlaceholderRules::Result& result() const { return m_result; }
    void setValues(const QStringList& values);

signals:
    void edited();

private:
    QString m_placeholder;
    Values m_values;
    QLabel* m_label;
    QLineEdit* m_edit;
    QLabel* m_error;
    QString m_hint;
    PlaceholderRules::Result m_result;
};
