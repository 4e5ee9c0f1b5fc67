#pragma once

#include "ComponentProxies.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

// Reads the proxies of Power Automate's components off the caller's thread (a pool thread, never a detached
// one) and answers on the caller's thread within a bounded time: a reader that takes too long is answered
// with "not read" and its late result dropped. The Network page uses it so the GUI thread never touches the
// registry, the disk or WinHTTP.
class ComponentProxyLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentProxyLookup)

public:
    using Reader = std::function<ComponentProxies()>;

    // reader: what to run on the pool thread (tests give their own); timeoutMs: how long to wait for it.
    explicit ComponentProxyLookup(
        QObject* parent = nullptr, Reader reader = &ComponentProxies::readThisMachine, int timeoutMs = 5000);
    ~ComponentProxyLookup() override;

    // Starts a lookup unless one is under way; found() follows from the event loop, never inside this call.
    void start();
    bool isRunning() const;

signals:
    void found(const ComponentProxies& proxies);

private:
    void onTimeout();

    Reader m_reader;
    QFutureWatcher<ComponentProxies> m_watcher;
    QTimer m_timer;
};
