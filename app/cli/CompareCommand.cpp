#include "CompareCommand.h"

#include "history/ComparisonFiles.h"
#include "history/ComparisonJson.h"
#include "history/ComparisonText.h"
#include "history/ReportReader.h"

#include <QJsonDocument>

CompareCommand::CompareCommand(ParsedCommandLine commandLine, QTextStream& out, QTextStream& err)
    : m_commandLine(std::move(commandLine))
    , m_out(out)
    , m_err(err)
{
}

int CompareCommand::run()
{
    QString error;
    if (!ComparisonFiles::validate(m_commandLine.reportFiles, &error)) {
        m_err << "netready: " << error << Qt::endl;
        return 2;
    }
    const std::optional<SavedReport> before = ReportReader::readFile(m_commandLine.inputs.value(0), &error);
    if (!before) {
        m_err << "netready: " << error << Qt::endl;
        return 2;
    }
    const std::optional<SavedReport> after = ReportReader::readFile(m_commandLine.inputs.value(1), &error);
    if (!after) {
        m_err << "netready: " << error << Qt::endl;
        return 2;
    }

    const ReportComparison comparison = ReportComparison::compare(*before, *after);
    if (m_commandLine.outputFormat == QLatin1String("json"))
        m_out << QString::fromUtf8(QJsonDocument(ComparisonJson::toJson(comparison)).toJson());
    else
        m_out << ComparisonText::render(comparison);
    m_out.flush();

    if (!ComparisonFiles::writeAll(comparison, m_commandLine.reportFiles, &error)) {
        m_err << "netready: " << error << Qt::endl;
        return 2;
    }
    return comparison.exitCode();
}
