#pragma once

#include "FleetSummary.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

// The files a fleet summary can be written to, picked by extension: .html/.htm, .csv, .json, .txt.
class FleetFiles final
{
    Q_DECLARE_TR_FUNCTIONS(FleetFiles)

public:
    FleetFiles() = delete;

    static QStringList supportedExtensions();
    static bool validate(const QStringList& paths, QString* error);
    static bool write(const FleetSummary& summary, const QString& path, QIODevice* device, QString* error);
    // Each file atomically: complete or untouched.
    static bool writeAll(const FleetSummary& summary, const QStringList& paths, QString* error);
};
