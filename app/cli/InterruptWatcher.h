#pragma once

#include <QObject>

// Turns Ctrl+C (SIGINT/SIGTERM on Unix, the console control handler on Windows) into a signal on the
// event loop, so a headless run can cancel, write its partial report and exit 130.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    bool wasInterrupted() const { return m_interrupted; }
    // The shell's convention: 128 + the signal's number (130 for Ctrl+C, 143 for SIGTERM).
    int exitCode() const { return m_exitCode; }

    // Called on the watcher's thread from the platform handler.
    void onInterruptFromConsole();
    // The run has written what it had. Windows ends a process as soon as its handler for a closing console
    // returns, so that handler waits for this before letting go.
    void reportsWritten();

signals:
    void interrupted();

private:
    void onInterrupt();

    bool m_interrupted = false;
    int m_exitCode = 130;
    struct Platform;
    Platform* m_platform = nullptr;
};
