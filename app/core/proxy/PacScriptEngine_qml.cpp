#include "PacBridge.h"
#include "PacHost.h"
#include "PacScriptEngine.h"

#include <QFile>
#include <QHash>
#include <QJSEngine>
#include <QJSValue>
#include <QLocale>
#include <QObject>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {
QString describeError(const QJSValue& error)
{
    const QString text = error.toString();
    const int line = error.property(QStringLiteral("lineNumber")).toInt();
    return line > 0 ? PacScript::tr("%1 (line %2)").arg(text).arg(line) : text;
}
} // namespace

// Interrupts the engine when a call outlives its bound. The one thread-safe way into a running QJSEngine.
class PacWatchdog final
{
public:
    explicit PacWatchdog(QJSEngine& engine)
        : m_engine(engine)
        , m_thread([this] { watch(); })
    {
    }
    ~PacWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    PacWatchdog(const PacWatchdog&) = delete;
    PacWatchdog& operator=(const PacWatchdog&) = delete;

    void arm(int ms)
    {
        {
            std::lock_guard lock(m_mutex);
            m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
            m_armed = true;
            m_fired = false;
        }
        m_wake.notify_all();
    }
    // True when the bound passed and the engine was interrupted.
    bool disarm()
    {
        std::lock_guard lock(m_mutex);
        m_armed = false;
        return m_fired;
    }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_wake.wait(lock);
                continue;
            }
            if (m_wake.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed
                && std::chrono::steady_clock::now() >= m_deadline) {
                m_engine.setInterrupted(true);
                m_fired = true;
                m_armed = false;
            }
        }
    }

    QJSEngine& m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_armed = false;
    bool m_fired = false;
    bool m_stop = false;
    std::thread m_thread;
};

// Qt's JavaScript engine with the standard PAC functions and a watchdog.
class QmlPacScriptEngine final : public PacScriptEngine
{
public:
    QmlPacScriptEngine(PacHost& host, int bound)
        : m_bridge(host)
        , m_boundMs(bound)
    {
        m_engine.installExtensions(QJSEngine::ConsoleExtension);
        QJSEngine::setObjectOwnership(&m_bridge, QJSEngine::CppOwnership);
        m_engine.globalObject().setProperty(QStringLiteral("__pac"), m_engine.newQObject(&m_bridge));
        QFile functions(QStringLiteral(":/pac/pac-functions.js"));
        if (functions.open(QIODevice::ReadOnly))
            m_engine.evaluate(QString::fromUtf8(functions.readAll()), QStringLiteral("pac-functions.js"));
    }

    bool load(const QString& source, const QString& location, QString* error) override
    {
        QString why;
        bounded([&] { return m_engine.evaluate(source, location); }, &why);
        if (why.isEmpty()) {
            const QJSValue global = m_engine.globalObject();
            // Microsoft's IPv6-aware entry point wins where a script defines both, as in Windows.
            m_findProxy = global.property(QStringLiteral("FindProxyForURLEx"));
            if (!m_findProxy.isCallable())
                m_findProxy = global.property(QStringLiteral("FindProxyForURL"));
            if (!m_findProxy.isCallable())
                why = PacScript::tr("the script defines no function FindProxyForURL");
        }
        if (!why.isEmpty() && error)
            *error = why;
        return why.isEmpty();
    }

    PacEvaluation evaluate(const QString& url, const QString& host) override
    {
        PacEvaluation result;
        if (!m_findProxy.isCallable()) {
            result.error = PacScript::tr("the script is not loaded");
            return result;
        }
        const QJSValue value = bounded(
            [&] {
                return m_findProxy.call({QJSValue(url), QJSValue(host)});
            },
            &result.error, &result.timedOut);
        if (!result.error.isEmpty())
            return result;
        if (!value.isString()) {
            result.error = PacScript::tr("the script returned %1, not a string").arg(value.toString());
            return result;
        }
        result.ok = true;
        result.returned = value.toString();
        return result;
    }

    void interrupt() override { m_engine.setInterrupted(true); }

private:
    // Runs work within the bound; the error is set when it threw or was interrupted.
    template<typename Work>
    QJSValue bounded(Work work, QString* error, bool* timedOut = nullptr)
    {
        m_bridge.beginCall();
        m_engine.setInterrupted(false);
        m_watchdog.arm(m_boundMs);
        QJSValue value = work();
        const bool interrupted = m_watchdog.disarm();
        m_engine.setInterrupted(false);
        if (interrupted) {
            m_engine.catchError();
            if (timedOut)
                *timedOut = true;
            *error = PacScript::tr("the script did not return within %1 s")
                         .arg(QLocale().toString(m_boundMs / 1000.0, 'g', 3));
        } else if (m_engine.hasError()) {
            *error = PacScript::tr("the script threw %1").arg(describeError(m_engine.catchError()));
        } else if (value.isError()) {
            *error = PacScript::tr("the script threw %1").arg(describeError(value));
        }
        return value;
    }

    PacBridge m_bridge;
    QJSEngine m_engine;
    PacWatchdog m_watchdog {m_engine};
    QJSValue m_findProxy;
    int m_boundMs;
};

extern "C" Q_DECL_EXPORT PacScriptEngine* netready_create_pac_script_engine(PacHost* host, int boundMs)
{
    return new QmlPacScriptEngine(*host, boundMs);
}
