#pragma once

#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

// `netready --summarize REPORT.json... | DIR`: reads many machines' reports one at a time into a fleet view,
// prints it (text or JSON) and writes the --report files. Unreadable files are listed, never fatal. Exit code
// 0 when every machine is ready, 1 when some is not, 2 on bad usage or when no file was a readable report.
class SummarizeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SummarizeCommand)

public:
    SummarizeCommand(ParsedCommandLine commandLine, QTextStream& out, QTextStream& err);
    int run();

private:
    ParsedCommandLine m_commandLine;
    QTextStream& m_out;
    QTextStream& m_err;
};
