#pragma once

#include "CommandLine.h"
#include "RunReport.h"

#include <QObject>

class Engine;
class InterruptWatcher;
class QTextStream;

// `netready --cli`: loads the catalogs, runs the checks headless, prints text or JSON, writes the reports and
// sets the exit code (0 ready, 1 failures, 2 bad input, 130 interrupted).
class CliRunCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunCommand)

public:
    CliRunCommand(ParsedCommandLine commandLine, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~CliRunCommand() override;

    // Validates the input and starts; returns false (and has printed why) when nothing could run.
    bool start();
    int exitCode() const { return m_exitCode; }

signals:
    void done(int exitCode);

private:
    void onProgress(int finished, int total);
    void onFinished(const RunReport& report);

    ParsedCommandLine m_commandLine;
    QTextStream& m_out;
    QTextStream& m_err;
    Engine* m_engine = nullptr;
    InterruptWatcher* m_interrupts = nullptr;
    bool m_showProgress = false;
    int m_exitCode = 2;
};
