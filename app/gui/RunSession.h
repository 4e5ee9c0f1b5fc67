#pragma once

#include "CheckResult.h"
#include "RunOptions.h"
#include "RunReport.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class Engine;
class QTimer;
struct RunPlan;
class ResultsModel;

// One run of the checks as the wizard sees it: reads the catalog, plans, drives the engine (whose workers
// keep the GUI thread free), feeds the results table and keeps the report, including "Retry failed" merges.
class RunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSession)

public:
    explicit RunSession(QObject* parent = nullptr);
    ~RunSession() override;

    // False and a message when the catalog cannot be read or nothing is selected; nothing runs then.
    bool start(const RunOptions& options, QString* error);
    // Runs again only the checks that failed or were cancelled; false when there are none.
    bool retryFailed();
    // Stops within a second; finished checks are kept, the others are reported as cancelled.
    void cancel();

    bool isRunning() const;
    bool hasReport() const { return m_hasReport; }
    const RunReport& report() const { return m_report; }
    ResultsModel* results() const { return m_results; }
    QStringList retryableIds() const;
    qint64 elapsedMs() const;
    int total() const { return m_total; }
    int finishedCount() const { return m_finished; }

signals:
    void started(int total);
    void progress(int finished, int total);
    void checkFinished(const CheckResult& result);
    void finished(const RunReport& report);

private:
    void begin(const RunPlan& plan, bool retry);
    void onFinished(const RunReport& report);
    void flushResults();

    Engine* m_engine = nullptr;
    ResultsModel* m_results = nullptr;
    QTimer* m_flushTimer = nullptr;
    QList<CheckResult> m_arrived; // results not yet in the table
    std::unique_ptr<RunPlan> m_plan; // the last full run, for "Retry failed"
    RunReport m_report;
    bool m_hasReport = false;
    bool m_retrying = false;
    bool m_running = false;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    int m_total = 0;
    int m_finished = 0;
};
