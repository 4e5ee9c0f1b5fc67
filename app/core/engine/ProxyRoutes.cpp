#include "ProxyRoutes.h"

#include "Protocol.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <thread>

struct ProxyRoutes::State
{
    struct Entry
    {
        bool known = false;
        RouteDecision decision;
        QList<std::pair<ResultGate::Handle, Callback>> waiting;
    };
    QMutex mutex;
    QHash<QString, Entry> entries;

    // Records the decision and hands it to everyone waiting for it, each through their own gate.
    void settle(const QString& key, const RouteDecision& decision)
    {
        QList<std::pair<ResultGate::Handle, Callback>> waiting;
        {
            QMutexLocker lock(&mutex);
            Entry& found = entries[key];
            found.known = true;
            found.decision = decision;
            waiting.swap(found.waiting);
        }
        for (const auto& [handle, callback] : waiting)
            handle.post([callback = callback, decision] { callback(decision); });
    }
};

ProxyRoutes::ProxyRoutes(int timeoutMs, std::shared_ptr<PacHost> pacHost)
    : m_state(std::make_shared<State>())
    , m_timeoutMs(timeoutMs)
    , m_pacHost(std::move(pacHost))
{
}

ProxyRoutes::~ProxyRoutes() = default;

QString ProxyRoutes::pacUrl(const QString& scheme, const QString& host, quint16 port)
{
    const QString authority = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return Protocols::isDefaultPort(scheme, port) ? QStringLiteral("%1://%2/").arg(scheme, authority)
                                                  : QStringLiteral("%1://%2:%3/").arg(scheme, authority).arg(port);
}

void ProxyRoutes::lookup(const ProxySetting& setting, const QString& scheme, const QString& host, quint16 port,
    const ResultGate& gate, Callback done) const
{
    if (setting.mode != ProxySetting::Mode::System && setting.mode != ProxySetting::Mode::Pac) {
        // A manual proxy or none: nothing to ask.
        RouteDecision decision;
        decision.proxy = ProxyResolver(setting).routeFor(scheme, host, port, &decision.note);
        done(decision);
        return;
    }
    const bool pac = setting.mode == ProxySetting::Mode::Pac;
    const QString url = pacUrl(scheme, host, port);
    const QString key = pac ? setting.pacUrl.toString() + QLatin1Char(' ') + url : url;
    QMutexLocker lock(&m_state->mutex);
    State::Entry& entry = m_state->entries[key];
    if (entry.known) {
        const RouteDecision decision = entry.decision;
        lock.unlock();
        done(decision);
        return;
    }
    const bool first = entry.waiting.isEmpty();
    entry.waiting.append({gate.handle(), std::move(done)});
    if (!first)
        return; // a lookup for this key is under way
    if (pac) {
        std::unique_ptr<PacEvaluator>& evaluator = m_pacs[setting.pacUrl.toString()];
        if (!evaluator)
            evaluator = std::make_unique<PacEvaluator>(setting.pacUrl, m_timeoutMs, m_pacHost);
        PacEvaluator* script = evaluator.get();
        lock.unlock();
        script->evaluate(url, host, [state = m_state, key](const PacDecision& pacDecision) {
            RouteDecision decision;
            decision.pac = pacDecision;
            state->settle(key, decision);
        });
        return;
    }
    lock.unlock();
    std::thread([state = m_state, key, setting, scheme, host, port] {
        RouteDecision decision;
        decision.proxy = ProxyResolver(setting).routeFor(scheme, host, port, &decision.note);
        state->settle(key, decision);
    }).detach();
}
