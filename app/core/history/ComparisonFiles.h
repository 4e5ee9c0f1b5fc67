#pragma once

#include "ReportComparison.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

// The files a comparison can be written to, picked by extension: .txt, .json, .html/.htm, .pdf.
class ComparisonFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonFiles)

public:
    ComparisonFiles() = delete;

    static QStringList supportedExtensions();
    static bool validate(const QStringList& paths, QString* error);
    // The format the path's extension names, into any device (a file, a buffer in tests).
    static bool write(const ReportComparison& comparison, const QString& path, QIODevice* device, QString* error);
    // Each file atomically: complete or untouched.
    static bool writeAll(const ReportComparison& comparison, const QStringList& paths, QString* error);
};
