#pragma once

#include "RunReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The --report files of a run: checked before any check runs, written atomically when it is done.
class ReportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    // Every extension known, every directory exists and takes a new file, no path twice.
    // The message names the file and the problem.
    static bool validate(const QStringList& paths, QString* error);
    // Each file through QSaveFile: complete or untouched. Writes every file it can; the message lists failures.
    static bool writeAll(const RunReport& report, const QStringList& paths, QString* error);
};
