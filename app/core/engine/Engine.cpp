#include "Engine.h"

#include "engine/EngineRun.h"

Engine::Engine(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<CheckRequest>();
    qRegisterMetaType<RunReport>();
}

Engine::~Engine()
{
    if (m_run)
        m_run->disconnect(this); // no signals to a half-destroyed engine
    m_run.reset(); // waits for the run's threads
    m_retired.clear();
}

void Engine::retire(std::unique_ptr<EngineRun> run)
{
    run->disconnect(this);
    if (!run->hasWorkerThreads()) {
        run.release()->deleteLater(); // may be inside its own finished() emission
        return;
    }
    EngineRun* raw = run.get();
    connect(raw, &EngineRun::workersStopped, this, [this, raw] {
        const auto it
            = std::find_if(m_retired.begin(), m_retired.end(), [raw](const auto& r) { return r.get() == raw; });
        if (it != m_retired.end()) {
            it->release()->deleteLater();
            m_retired.erase(it);
        }
    });
    m_retired.push_back(std::move(run));
}

bool Engine::isRunning() const
{
    return m_run && m_run->isRunning();
}

void Engine::start(const RunPlan& plan)
{
    if (isRunning())
        return;
    if (m_run)
        retire(std::move(m_run));
    m_run = std::make_unique<EngineRun>(plan);
    connect(m_run.get(), &EngineRun::started, this, &Engine::started);
    connect(m_run.get(), &EngineRun::progress, this, &Engine::progress);
    connect(m_run.get(), &EngineRun::checkFinished, this, &Engine::checkFinished);
    connect(m_run.get(), &EngineRun::finished, this, &Engine::finished);
    m_run->start();
}

void Engine::cancel()
{
    if (m_run)
        m_run->cancel();
}
