#pragma once

#include "CheckResult.h"
#include "RunPlan.h"
#include "RunReport.h"

#include <QObject>

#include <memory>

class EngineRun;

// Runs a plan's checks in worker threads, at most `jobs` at once, and reports through queued signals
// carrying value types. Owns cancellation; destroying it cancels and joins its threads.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject* parent = nullptr);
    ~Engine() override;

    // Starts a run; ignored while one is running.
    void start(const RunPlan& plan);
    // Stops within a second: unfinished checks are reported as cancelled and finished() follows.
    void cancel();
    bool isRunning() const;

signals:
    void started(int total);
    void progress(int finished, int total);
    void checkFinished(const CheckResult& result);
    void finished(const RunReport& report);

private:
    std::unique_ptr<EngineRun> m_run;
};
