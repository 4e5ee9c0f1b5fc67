#pragma once

#include "CheckResult.h"
#include "RunReport.h"
#include "engine/CheckRequest.h"
#include "engine/ResultGate.h"
#include "engine/RunPlan.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class CheckWorker;
class QThread;
struct ProbeContext;

// One run of the engine: hands checks to worker threads (never more than `jobs` at once), collects results,
// adds follow-up checks (chain revocation) and the clock check, and builds the report. Never waits for its
// threads but in its destructor: stopping asks them to end and reports workersStopped() once they have.
class EngineRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineRun)

public:
    explicit EngineRun(RunPlan plan, QObject* parent = nullptr);
    ~EngineRun() override;

    void start();
    // Returns at once; the unfinished checks are reported as cancelled and finished() follows from the event
    // loop.
    void cancel();
    bool isRunning() const { return m_running; }
    bool hasWorkerThreads() const { return !m_threads.isEmpty(); }

signals:
    void started(int total);
    void progress(int finished, int total);
    void checkFinished(const CheckResult& result);
    void finished(const RunReport& report);
    void workersStopped();

private:
    void dispatch();
    void onCheckFinished(int worker, const CheckResult& result);
    void record(const CheckResult& result);
    void queueRevocationFollowUps(const CheckResult& result);
    void finishCancelled();
    void complete();
    void stopWorkers();
    void onThreadFinished(QThread* thread);
    int total() const;

    RunPlan m_plan;
    std::shared_ptr<const ProbeContext> m_context;
    QList<QThread*> m_threads;
    QList<CheckWorker*> m_workers;
    QList<int> m_load;
    QList<CheckRequest> m_pending;
    QList<CheckRequest> m_inFlight;
    QList<CheckResult> m_unresolved; // needs-input results not reported yet
    QList<CheckResult> m_results;
    QSet<QString> m_revocationUrls;
    RunReport m_report;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_wpadPending = false; // the report waits for WPAD discovery, unless cancelled
    bool m_completeAfterWpad = false;
    ResultGate m_gate {this};
};
