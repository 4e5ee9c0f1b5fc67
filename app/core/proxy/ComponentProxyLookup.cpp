#include "ComponentProxyLookup.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>

#include <memory>

ComponentProxyLookup::ComponentProxyLookup(QObject* parent, Reader reader, int timeoutMs)
    : QObject(parent)
    , m_reader(std::move(reader))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ComponentProxyLookup::onTimeout);
    connect(&m_watcher, &QFutureWatcher<ComponentProxies>::finished, this, [this] {
        m_timer.stop();
        const QFuture<ComponentProxies> future = m_watcher.future();
        if (future.resultCount() > 0)
            emit found(future.result());
    });
}

// The pool thread may still be reading: its result goes to the promise, which nobody watches any more.
ComponentProxyLookup::~ComponentProxyLookup() = default;

bool ComponentProxyLookup::isRunning() const
{
    return m_timer.isActive();
}

void ComponentProxyLookup::start()
{
    if (isRunning())
        return;
    auto promise = std::make_shared<QPromise<ComponentProxies>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    m_timer.start();
    QThreadPool::globalInstance()->start([promise, reader = m_reader] {
        promise->addResult(reader());
        promise->finish();
    });
}

void ComponentProxyLookup::onTimeout()
{
    // Forget the slow lookup: its answer, should it still come, has no watcher.
    m_watcher.setFuture(QFuture<ComponentProxies>());
    emit found(ComponentProxies::notRead(QCoreApplication::translate("ComponentProxyLookup",
        "The proxy settings of Power Automate's components were not read within %1 s. The system proxy "
        "stands in for every component.")
                                             .arg(QLocale().toString(m_timer.interval() / 1000.0, 'g', 3))));
}
