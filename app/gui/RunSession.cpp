#include "RunSession.h"

#include "ResultsModel.h"
#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "engine/RunPlan.h"
#include "engine/RunPlanner.h"

#include <QTimer>

#include <utility>

RunSession::RunSession(QObject* parent)
    : QObject(parent)
    , m_engine(new Engine(this))
    , m_results(new ResultsModel(this))
    , m_flushTimer(new QTimer(this))
{
    // Results reach the table in batches: a burst of answers costs the views one layout, not one each.
    m_flushTimer->setInterval(100);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &RunSession::flushResults);
    connect(m_engine, &Engine::started, this, [this](int total) {
        m_total = total;
        m_finished = 0;
        emit started(total);
    });
    connect(m_engine, &Engine::progress, this, [this](int finishedCount, int total) {
        m_finished = finishedCount;
        m_total = total;
        emit progress(finishedCount, total);
    });
    connect(m_engine, &Engine::checkFinished, this, [this](const CheckResult& result) {
        m_arrived << result;
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
        emit checkFinished(result);
    });
    connect(m_engine, &Engine::finished, this, &RunSession::onFinished);
}

// The engine is a child: deleting it cancels and joins its threads before this object is gone.
RunSession::~RunSession() = default;

bool RunSession::start(const RunOptions& options, QString* error)
{
    if (isRunning())
        return false;
    const auto catalog = CatalogLoader::loadForRun(options.catalogFile, options.extraCatalogFiles, error);
    if (!catalog)
        return false;
    const RunPlan plan = RunPlanner::plan(*catalog, options);
    if (plan.requests.isEmpty() && plan.unresolved.isEmpty()) {
        if (error)
            *error = tr("The chosen cloud and features need no endpoints from this catalog.");
        return false;
    }
    m_plan = std::make_unique<RunPlan>(plan);
    m_report = {};
    m_hasReport = false;
    m_arrived.clear();
    m_results->reset(options.features);
    begin(*m_plan, false);
    return true;
}

QStringList RunSession::retryableIds() const
{
    QStringList ids;
    for (const CheckResult& check : m_report.checks) {
        if (check.status() == CheckStatus::Fail || check.diagnosis == Diagnosis::Cancelled)
            ids << check.id;
    }
    return ids;
}

bool RunSession::retryFailed()
{
    if (isRunning() || !m_hasReport || !m_plan)
        return false;
    const QStringList ids = retryableIds();
    if (ids.isEmpty())
        return false;
    const RunPlan retry = m_plan->restrictedTo(ids);
    if (retry.requests.isEmpty())
        return false;
    begin(retry, true);
    return true;
}

void RunSession::begin(const RunPlan& plan, bool retry)
{
    m_retrying = retry;
    m_total = int(plan.requests.size() + plan.unresolved.size());
    m_finished = 0;
    m_elapsedMs = 0;
    m_clock.start();
    m_running = true;
    m_engine->start(plan);
}

void RunSession::cancel()
{
    m_engine->cancel();
}

bool RunSession::isRunning() const
{
    return m_running;
}

qint64 RunSession::elapsedMs() const
{
    return isRunning() && m_clock.isValid() ? m_clock.elapsed() : m_elapsedMs;
}

void RunSession::flushResults()
{
    m_flushTimer->stop();
    if (m_arrived.isEmpty())
        return;
    const QList<CheckResult> batch = std::exchange(m_arrived, {});
    m_results->upsert(batch);
}

void RunSession::onFinished(const RunReport& report)
{
    flushResults();
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_running = false;
    if (m_retrying && m_hasReport) {
        for (const CheckResult& check : report.checks) {
            const auto same = std::find_if(
                m_report.checks.begin(), m_report.checks.end(), [&](const CheckResult& c) { return c.id == check.id; });
            if (same != m_report.checks.end())
                *same = check;
            else
                m_report.checks << check;
        }
        m_report.finishedAt = report.finishedAt;
        m_report.cancelled = report.cancelled;
    } else {
        m_report = report;
    }
    m_hasReport = true;
    // The table already has every check that reported itself; add only those that never ran (needs input,
    // cancelled before starting). Touching all rows again would re-lay out the views for nothing.
    QList<CheckResult> missing;
    for (const CheckResult& check : std::as_const(m_report.checks)) {
        const CheckResult* shown = m_results->check(check.id);
        if (!shown || shown->diagnosis != check.diagnosis)
            missing << check;
    }
    m_results->upsert(missing);
    emit finished(m_report);
}
