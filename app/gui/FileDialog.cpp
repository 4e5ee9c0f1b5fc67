#include "FileDialog.h"

#include <QFileDialog>

std::optional<FileDialog::Answer>& FileDialog::nextAnswer()
{
    static std::optional<Answer> answer;
    return answer;
}

void FileDialog::setNextAnswer(const Answer& answer)
{
    nextAnswer() = answer;
}

bool FileDialog::hasNextAnswer()
{
    return nextAnswer().has_value();
}

FileDialog::Answer FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
    const QStringList& filters, const QString& selectedFilter)
{
    if (auto& next = nextAnswer(); next) {
        Answer answer = *next;
        next.reset();
        return answer;
    }
    Answer answer;
    answer.selectedFilter = selectedFilter;
    answer.path = QFileDialog::getSaveFileName(
        parent, caption, directory, filters.join(QStringLiteral(";;")), &answer.selectedFilter);
    return answer;
}

QString FileDialog::getOpenFileName(
    QWidget* parent, const QString& caption, const QString& directory, const QStringList& filters)
{
    if (auto& next = nextAnswer(); next) {
        QString path = next->path;
        next.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filters.join(QStringLiteral(";;")));
}
