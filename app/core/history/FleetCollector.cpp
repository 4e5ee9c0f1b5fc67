#include "FleetCollector.h"

#include "ReportReader.h"

#include <QDirIterator>
#include <QFileInfo>

namespace {
void readOne(const QString& path, FleetSummary& summary)
{
    QString error;
    const std::optional<SavedReport> report = ReportReader::readFile(path, &error);
    if (report)
        summary.add(*report);
    else
        summary.addUnreadable(path, error);
}
} // namespace

int FleetCollector::collect(const QStringList& inputs, FleetSummary& summary)
{
    int files = 0;
    for (const QString& input : inputs) {
        if (!QFileInfo(input).isDir()) {
            ++files;
            readOne(input, summary);
            continue;
        }
        QDirIterator it(input, {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden,
            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            ++files;
            readOne(it.next(), summary);
        }
    }
    return files;
}
