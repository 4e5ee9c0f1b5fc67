#pragma once

#include <QByteArray>
#include <QString>

// Checks a JSON report against docs/report.schema.json (or another schema under docs/) with Debian's
// python3-jsonschema, so every test that writes a report holds it to the same published contract.
class ReportSchema final
{
public:
    ReportSchema() = delete;

    // The validator's exit code: 0 valid, 1 rejected (or the validator raised), -1 it did not run or finish.
    // Its messages (stdout, then stderr) go to *messages.
    // schema: a file under docs/ (the comparison and the fleet summary have their own).
    static int checkFile(
        const QString& path, QString* messages, const QString& schema = QStringLiteral("report.schema.json"));
    static int check(
        const QByteArray& json, QString* messages, const QString& schema = QStringLiteral("report.schema.json"));

    static bool validateFile(
        const QString& path, QString* messages, const QString& schema = QStringLiteral("report.schema.json"))
    {
        return checkFile(path, messages, schema) == 0;
    }
    static bool validate(
        const QByteArray& json, QString* messages, const QString& schema = QStringLiteral("report.schema.json"))
    {
        return check(json, messages, schema) == 0;
    }
};
