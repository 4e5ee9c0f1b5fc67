#include "PacEvaluator.h"

#include "proxy/PacDownload.h"
#include "proxy/PacScript.h"
#include "proxy/SystemPacHost.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

struct PacEvaluator::Shared
{
    struct Job
    {
        QString url;
        QString host;
        Callback done;
    };

    QUrl location;
    int timeoutMs = 0;
    std::shared_ptr<PacHost> host;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs;
    std::atomic<bool> stop {false};
    PacScript* running = nullptr; // guarded by mutex: what a stop interrupts

    void work();
    bool next(Job* job);
};

int PacEvaluator::scriptBoundMs(int timeoutMs)
{
    return std::clamp(timeoutMs / 2, 500, 5000);
}

PacEvaluator::PacEvaluator(QUrl location, int timeoutMs, std::shared_ptr<PacHost> host)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->location = std::move(location);
    m_shared->timeoutMs = timeoutMs;
    m_shared->host = host ? std::move(host) : std::make_shared<SystemPacHost>();
    m_thread = std::thread([shared = m_shared] { shared->work(); });
}

PacEvaluator::~PacEvaluator()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stop = true;
        if (m_shared->running)
            m_shared->running->interrupt();
    }
    m_shared->wake.notify_all();
    // Bounded: a download sees the stop within 100 ms, a script is interrupted, a lookup has its own bound.
    m_thread.join();
}

void PacEvaluator::evaluate(const QString& url, const QString& host, Callback done)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->jobs.push_back({url, host, std::move(done)});
    }
    m_shared->wake.notify_all();
}

bool PacEvaluator::Shared::next(Job* job)
{
    std::unique_lock lock(mutex);
    wake.wait(lock, [this] { return stop || !jobs.empty(); });
    if (stop)
        return false;
    *job = std::move(jobs.front());
    jobs.pop_front();
    return true;
}

void PacEvaluator::Shared::work()
{
    const QString where = location.isLocalFile() ? location.toLocalFile() : location.toDisplayString();
    const PacText text = PacDownload::fetch(location, timeoutMs, &stop);
    PacScript script(*host, scriptBoundMs(timeoutMs));
    QString failure; // once set, every answer is this failure
    if (!text.error.isEmpty()) {
        failure = tr("the proxy auto-config script could not be loaded: %1").arg(text.error);
    } else {
        {
            std::lock_guard lock(mutex);
            running = &script;
        }
        QString why;
        if (!stop && !script.load(text.source, location.toString(), &why))
            failure = tr("the proxy auto-config script %1 cannot be used: %2").arg(where, why);
    }

    Job job;
    while (next(&job)) {
        PacDecision decision;
        decision.location = where;
        if (!failure.isEmpty()) {
            decision.error = failure;
            job.done(decision);
            continue;
        }
        const PacEvaluation evaluation = script.evaluate(job.url, job.host);
        if (!evaluation.ok) {
            decision.error
                = tr("the proxy auto-config script %1 gave no answer for %2: %3").arg(where, job.url, evaluation.error);
            // A script that ran into its bound once would cost the bound again for every host.
            if (evaluation.timedOut)
                failure = tr("%1; it is not asked again in this run").arg(decision.error);
        } else {
            decision.returned = evaluation.returned;
            const PacAnswer answer = PacAnswer::parse(evaluation.returned);
            decision.routes = answer.routes;
            decision.notes = answer.notes;
            if (answer.routes.isEmpty())
                decision.error = tr("the proxy auto-config script %1 returned \"%2\" for %3: no route Netready can "
                                    "test (only HTTP proxies and DIRECT are)")
                                     .arg(where, evaluation.returned, job.url);
        }
        job.done(decision);
    }
    std::lock_guard lock(mutex);
    running = nullptr;
}
