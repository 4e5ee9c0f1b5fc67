#pragma once

#include <QByteArray>
#include <QString>

// Checks a JSON report against docs/report.schema.json with Debian's python3-jsonschema, so every test that
// writes a report holds it to the same published contract.
class ReportSchema final
{
public:
    ReportSchema() = delete;

    // The validator's exit code: 0 valid, 1 rejected (or the validator raised), -1 it did not run or finish.
    // Its messages (stdout, then stderr) go to *messages.
    static int checkFile(const QString& path, QString* messages);
    static int check(const QByteArray& json, QString* messages);

    static bool validateFile(const QString& path, QString* messages) { return checkFile(path, messages) == 0; }
    static bool validate(const QByteArray& json, QString* messages) { return check(json, messages) == 0; }
};
