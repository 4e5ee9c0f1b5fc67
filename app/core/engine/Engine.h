#pragma once

#include "CheckResult.h"
#include "RunReport.h"
#include "engine/RunPlan.h"

#include <QObject>

#include <memory>
#include <vector>

class EngineRun;

// Runs a plan's checks in worker threads, at most `jobs` at once, and reports through queued signals
// carrying value types. No call blocks the caller: the threads of a finished or cancelled run end on their
// own; only destroying the engine waits for them.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject* parent = nullptr);
    ~Engine() override;

    // Starts a run; ignored while one is running (a cancelled run runs until its finished()).
    void start(const RunPlan& plan);
    // Returns at once. Checks still running are dropped and reported as cancelled; finished() follows from the
    // event loop, never inside this call. Every start() is answered by exactly one finished().
    void cancel();
    bool isRunning() const;

signals:
    void started(int total);
    void progress(int finished, int total);
    void checkFinished(const CheckResult& result);
    void finished(const RunReport& report);

private:
    void retire(std::unique_ptr<EngineRun> run);

    std::unique_ptr<EngineRun> m_run;
    std::vector<std::unique_ptr<EngineRun>> m_retired; // finished runs whose threads are still ending
};
