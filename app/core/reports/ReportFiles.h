#pragma once

#include "RunReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// The --report files of a run: checked before any check runs, written atomically when it is done.
class ReportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    // Every extension known, every directory exists and takes a new file, no path twice.
    // The message names the file and the problem.
    static bool validate(const QStringList& paths, QString* error);
    // The same for any output (a comparison, a fleet summary) that knows these extensions (lower case).
    static bool validate(const QStringList& paths, const QStringList& extensions, QString* error);
    // Each file through QSaveFile: complete or untouched. Writes every file it can; the message lists failures.
    static bool writeAll(const RunReport& report, const QStringList& paths, QString* error);

    // Writes one output into one file, or fails with a message.
    using Write = std::function<bool(const QString& path, QIODevice* device, QString* error)>;
    // Each file through QSaveFile with the given writer: complete or untouched; the message lists failures.
    static bool writeEach(const QStringList& paths, const Write& write, QString* error);
};
