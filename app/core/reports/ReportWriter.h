#pragma once

#include "RunReport.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

// Writes a run's report in one format to any QIODevice (a file, a QSaveFile, a QBuffer in tests).
// One subclass per format; forFile() picks the one a file name asks for.
class ReportWriter
{
public:
    ReportWriter() = default;
    virtual ~ReportWriter() = default;
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    // False and a message in *error when the device did not take the whole report.
    virtual bool write(const RunReport& report, QIODevice* device, QString* error) const = 0;

    // By extension (.html .htm .pdf .json .csv .xml, any case); nullptr if unknown.
    static std::unique_ptr<ReportWriter> forFile(const QString& path);
    static QStringList supportedExtensions();

protected:
    // Writes all of data or fails with a message naming the device's error.
    static bool writeAll(QIODevice* device, const QByteArray& data, QString* error);
    static bool fail(QString* error, const QString& message);
};
