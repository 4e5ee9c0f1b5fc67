#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// The wizard's only way to ask for a file name, so tests can answer instead of a person (KeePassXC's
// FileDialog): a "next answer" set by a test is returned once, without showing a dialog.
class FileDialog final
{
public:
    struct Answer
    {
        QString path; // empty = cancelled
        QString selectedFilter;
    };

    static Answer getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
        const QStringList& filters, const QString& selectedFilter);
    static QString getOpenFileName(
        QWidget* parent, const QString& caption, const QString& directory, const QStringList& filters);

    // Test hook: the next call returns this answer instead of showing a dialog.
    static void setNextAnswer(const Answer& answer);
    static bool hasNextAnswer();

private:
    static std::optional<Answer>& nextAnswer();
};
