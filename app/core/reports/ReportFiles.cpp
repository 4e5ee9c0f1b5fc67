#include "ReportFiles.h"

#include "ReportWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

namespace {
bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Permissions do not tell the whole story (root, read-only mounts, ACLs): create a file and remove it again.
bool directoryTakesFiles(const QString& directory)
{
    QTemporaryFile probe(QDir(directory).filePath(QStringLiteral(".netready-XXXXXX")));
    return probe.open();
}
} // namespace

bool ReportFiles::validate(const QStringList& paths, QString* error)
{
    return validate(paths, ReportWriter::supportedExtensions(), error);
}

bool ReportFiles::validate(const QStringList& paths, const QStringList& extensions, QString* error)
{
    QSet<QString> seen;
    for (const QString& path : paths) {
        if (path.trimmed().isEmpty())
            return fail(error, tr("report file name is empty"));
        const QFileInfo info(path);
        if (!extensions.contains(info.suffix().toLower())) {
            return fail(error,
                tr("report file '%1': unknown extension '%2' (use %3)")
                    .arg(path, info.suffix(), QLatin1Char('.') + extensions.join(QStringLiteral(", ."))));
        }
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        if (seen.contains(absolute))
            return fail(error, tr("report file '%1' is given more than once").arg(path));
        seen.insert(absolute);

        const QFileInfo directory(info.absolutePath());
        if (!directory.exists())
            return fail(error, tr("report file '%1': directory '%2' does not exist").arg(path, directory.filePath()));
        if (!directory.isDir())
            return fail(error, tr("report file '%1': '%2' is not a directory").arg(path, directory.filePath()));
        if (info.isDir())
            return fail(error, tr("report file '%1' is a directory").arg(path));
        if (info.exists() && !info.isWritable())
            return fail(error, tr("report file '%1' exists and cannot be overwritten").arg(path));
        if (!directoryTakesFiles(directory.filePath()))
            return fail(error, tr("report file '%1': cannot write in directory '%2'").arg(path, directory.filePath()));
    }
    return true;
}

bool ReportFiles::writeAll(const RunReport& report, const QStringList& paths, QString* error)
{
    return writeEach(
        paths,
        [&report](const QString& path, QIODevice* device, QString* why) {
            const std::unique_ptr<ReportWriter> writer = ReportWriter::forFile(path);
            if (!writer)
                return fail(why, tr("unknown extension"));
            return writer->write(report, device, why);
        },
        error);
}

bool ReportFiles::writeEach(const QStringList& paths, const Write& write, QString* error)
{
    QStringList problems;
    for (const QString& path : paths) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            problems << tr("report file '%1': %2").arg(path, file.errorString());
            continue;
        }
        QString why;
        if (!write(path, &file, &why)) {
            file.cancelWriting();
            problems << tr("report file '%1': %2").arg(path, why);
            continue;
        }
        if (!file.commit())
            problems << tr("report file '%1': %2").arg(path, file.errorString());
    }
    if (problems.isEmpty())
        return true;
    return fail(error, problems.join(QLatin1Char('\n')));
}
