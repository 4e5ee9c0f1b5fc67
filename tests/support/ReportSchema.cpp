#include "ReportSchema.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

int ReportSchema::checkFile(const QString& path, QString* messages, const QString& schemaName)
{
    const QString schema = qEnvironmentVariable("NETREADY_SOURCE_DIR") + QStringLiteral("/docs/") + schemaName;
    const QString script
        = QStringLiteral("import json, sys, jsonschema\n"
                         "schema = json.load(open(sys.argv[1]))\n"
                         "cls = jsonschema.validators.validator_for(schema)\n"
                         "cls.check_schema(schema)\n"
                         "errors = list(cls(schema, "
                         "format_checker=jsonschema.FormatChecker()).iter_errors(json.load(open(sys.argv[2]))))\n"
                         "for e in errors: print(list(e.absolute_path), e.message)\n"
                         "sys.exit(1 if errors else 0)\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, schema, path});
    const bool finished = python.waitForFinished(60000);
    if (!finished) {
        python.kill();
        python.waitForFinished();
    }
    *messages = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    if (!finished || python.exitStatus() != QProcess::NormalExit)
        return -1;
    return python.exitCode();
}

int ReportSchema::check(const QByteArray& json, QString* messages, const QString& schemaName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        *messages = QStringLiteral("cannot write %1").arg(path);
        return -1;
    }
    file.close();
    return checkFile(path, messages, schemaName);
}
