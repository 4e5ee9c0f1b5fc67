#include "SummarizeCommand.h"

#include "history/FleetCollector.h"
#include "history/FleetFiles.h"
#include "history/FleetJson.h"
#include "history/FleetText.h"

#include <QFileInfo>
#include <QJsonDocument>

SummarizeCommand::SummarizeCommand(ParsedCommandLine commandLine, QTextStream& out, QTextStream& err)
    : m_commandLine(std::move(commandLine))
    , m_out(out)
    , m_err(err)
{
}

int SummarizeCommand::run()
{
    QString error;
    if (!FleetFiles::validate(m_commandLine.reportFiles, &error)) {
        m_err << "netready: " << error << Qt::endl;
        return 2;
    }
    for (const QString& input : std::as_const(m_commandLine.inputs)) {
        if (!QFileInfo::exists(input)) {
            m_err << "netready: " << tr("--summarize: '%1' does not exist").arg(input) << Qt::endl;
            return 2;
        }
    }

    FleetSummary summary;
    FleetCollector::collect(m_commandLine.inputs, summary);
    if (summary.machines() == 0) {
        m_err << "netready: " << tr("--summarize: no readable report among the files given") << Qt::endl;
        for (const FleetSummary::Unreadable& file : summary.unreadable())
            m_err << "  " << file.reason << Qt::endl;
        return 2;
    }
    if (m_commandLine.outputFormat == QLatin1String("json"))
        m_out << QString::fromUtf8(QJsonDocument(FleetJson::toJson(summary)).toJson());
    else
        m_out << FleetText::render(summary);
    m_out.flush();

    if (!FleetFiles::writeAll(summary, m_commandLine.reportFiles, &error)) {
        m_err << "netready: " << error << Qt::endl;
        return 2;
    }
    bool allReady = true;
    for (const FleetSummary::Group& group : summary.groups())
        allReady = allReady && group.ready == group.machines;
    return allReady ? 0 : 1;
}
