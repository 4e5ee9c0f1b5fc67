#include "Engine.h"

#include "EngineRun.h"

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
    m_run.reset();
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
        m_run.release()->deleteLater(); // may be inside its own finished() emission
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
