#pragma once

#include "SavedReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Reads a saved JSON report of any schemaVersion this Netready knows, and ignores fields it does not know, so
// reports from newer releases of the same version still read. Anything else is refused with a message that
// names the problem: not JSON, not a Netready report, a version it does not know, a field missing or mistyped.
class ReportReader final
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)

public:
    ReportReader() = delete;

    static QList<int> knownSchemaVersions();
    // Larger files are refused before they are read: a run of the largest catalog is well under a megabyte.
    static constexpr qint64 maximumFileSize = qint64(64) * 1024 * 1024;

    // The message starts with the path.
    static std::optional<SavedReport> readFile(const QString& path, QString* error);
    static std::optional<SavedReport> fromJson(const QByteArray& json, QString* error);
};
