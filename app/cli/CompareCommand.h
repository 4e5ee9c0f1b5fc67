#pragma once

#include "CommandLine.h"

#include <QTextStream>

// `netready --compare BEFORE.json AFTER.json`: prints what changed between two runs (text or JSON), writes the
// --report files, and sets the exit code: 0 nothing broke, 1 a check that passed before fails now, 2 bad input
// (nothing written).
class CompareCommand final
{
public:
    CompareCommand(ParsedCommandLine commandLine, QTextStream& out, QTextStream& err);
    int run();

private:
    ParsedCommandLine m_commandLine;
    QTextStream& m_out;
    QTextStream& m_err;
};
