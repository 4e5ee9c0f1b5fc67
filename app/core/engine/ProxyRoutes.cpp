#include "ProxyRoutes.h"

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
};

ProxyRoutes::ProxyRoutes()
    : m_state(std::make_shared<State>())
{
}

ProxyRoutes::~ProxyRoutes() = default;

void ProxyRoutes::lookup(const ProxySetting& setting, const QString& scheme, const QString& host, quint16 port,
    const ResultGate& gate, Callback done) const
{
    if (setting.mode != ProxySetting::Mode::System) {
        // A manual proxy or none: nothing to ask.
        RouteDecision decision;
        decision.proxy = ProxyResolver(setting).routeFor(scheme, host, port, &decision.note);
        done(decision);
        return;
    }
    const QString key = QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port);
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
    lock.unlock();
    std::thread([state = m_state, key, setting, scheme, host, port] {
        RouteDecision decision;
        decision.proxy = ProxyResolver(setting).routeFor(scheme, host, port, &decision.note);
        QList<std::pair<ResultGate::Handle, Callback>> waiting;
        {
            QMutexLocker innerLock(&state->mutex);
            State::Entry& found = state->entries[key];
            found.known = true;
            found.decision = decision;
            waiting.swap(found.waiting);
        }
        for (const auto& [handle, callback] : waiting)
            handle.post([callback = callback, decision] { callback(decision); });
    }).detach();
}
