#include "PacScript.h"

#include "PacHost.h"

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
// Lookups one answer may make: a script that resolves in a loop still ends.
constexpr int kLookupsPerCall = 32;

QString joined(const QList<QHostAddress>& addresses)
{
    QStringList texts;
    for (const QHostAddress& address : addresses)
        texts << address.toString();
    return texts.join(QLatin1Char(';'));
}

QString describeError(const QJSValue& error)
{
    const QString text = error.toString();
    const int line = error.property(QStringLiteral("lineNumber")).toInt();
    return line > 0 ? PacScript::tr("%1 (line %2)").arg(text).arg(line) : text;
}
} // namespace

// The script's window on the machine: name lookups (bounded, cached for the script's life), its addresses,
// the clock. Exposed to JavaScript as __pac.
class PacBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacBridge)

public:
    explicit PacBridge(PacHost& host)
        : m_host(host)
    {
    }

    void beginCall() { m_lookups = 0; }

    Q_INVOKABLE QString dnsResolve(const QString& host)
    {
        for (const QHostAddress& address : lookup(host)) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                return address.toString();
        }
        return {};
    }
    Q_INVOKABLE QString dnsResolveEx(const QString& host) { return joined(lookup(host)); }
    Q_INVOKABLE QString myIpAddress()
    {
        for (const QHostAddress& address : m_host.localAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                return address.toString();
        }
        return QStringLiteral("127.0.0.1");
    }
    Q_INVOKABLE QString myIpAddressEx() { return joined(m_host.localAddresses()); }
    Q_INVOKABLE bool isInNetEx(const QString& address, const QString& prefix)
    {
        const QHostAddress parsed(address);
        const auto subnet = QHostAddress::parseSubnet(prefix);
        return !parsed.isNull() && subnet.second >= 0 && parsed.isInSubnet(subnet);
    }
    // IPv6 before IPv4, each in ascending order, as Microsoft's engine sorts; empty when an entry is no address.
    Q_INVOKABLE QString sortIpAddressList(const QString& list)
    {
        QList<QHostAddress> addresses;
        for (const QString& text : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QHostAddress address(text.trimmed());
            if (address.isNull())
                return {};
            addresses << address;
        }
        if (addresses.isEmpty())
            return {};
        std::stable_sort(addresses.begin(), addresses.end(), [](const QHostAddress& a, const QHostAddress& b) {
            const bool a6 = a.protocol() == QAbstractSocket::IPv6Protocol;
            const bool b6 = b.protocol() == QAbstractSocket::IPv6Protocol;
            if (a6 != b6)
                return a6;
            const Q_IPV6ADDR x = a.toIPv6Address();
            const Q_IPV6ADDR y = b.toIPv6Address();
            return std::lexicographical_compare(std::begin(x.c), std::end(x.c), std::begin(y.c), std::end(y.c));
        });
        return joined(addresses);
    }
    Q_INVOKABLE double now() { return double(m_host.now().toMSecsSinceEpoch()); }

private:
    QList<QHostAddress> lookup(const QString& host)
    {
        const QString key = host.toLower();
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        if (++m_lookups > kLookupsPerCall)
            return {};
        const QList<QHostAddress> addresses = m_host.resolve(host);
        m_cache.insert(key, addresses);
        return addresses;
    }

    PacHost& m_host;
    QHash<QString, QList<QHostAddress>> m_cache;
    int m_lookups = 0;
};

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

struct PacScript::Private
{
    Private(PacHost& host, int bound)
        : bridge(host)
        , boundMs(bound)
    {
    }

    // Runs work within the bound; the error is set when it threw or was interrupted.
    template<typename Work>
    QJSValue bounded(Work work, QString* error, bool* timedOut = nullptr)
    {
        bridge.beginCall();
        engine.setInterrupted(false);
        watchdog.arm(boundMs);
        QJSValue value = work();
        const bool interrupted = watchdog.disarm();
        engine.setInterrupted(false);
        if (interrupted) {
            engine.catchError();
            if (timedOut)
                *timedOut = true;
            *error = PacScript::tr("the script did not return within %1 s")
                         .arg(QLocale().toString(boundMs / 1000.0, 'g', 3));
        } else if (engine.hasError()) {
            *error = PacScript::tr("the script threw %1").arg(describeError(engine.catchError()));
        } else if (value.isError()) {
            *error = PacScript::tr("the script threw %1").arg(describeError(value));
        }
        return value;
    }

    PacBridge bridge;
    QJSEngine engine;
    PacWatchdog watchdog {engine};
    QJSValue findProxy;
    int boundMs;
};

PacScript::PacScript(PacHost& host, int boundMs)
    : d(std::make_unique<Private>(host, boundMs))
{
    QJSEngine& engine = d->engine;
    engine.installExtensions(QJSEngine::ConsoleExtension);
    QJSEngine::setObjectOwnership(&d->bridge, QJSEngine::CppOwnership);
    engine.globalObject().setProperty(QStringLiteral("__pac"), engine.newQObject(&d->bridge));
    QFile functions(QStringLiteral(":/pac/pac-functions.js"));
    if (functions.open(QIODevice::ReadOnly))
        engine.evaluate(QString::fromUtf8(functions.readAll()), QStringLiteral("pac-functions.js"));
}

PacScript::~PacScript() = default;

bool PacScript::load(const QString& source, const QString& location, QString* error)
{
    QString why;
    d->bounded([&] { return d->engine.evaluate(source, location); }, &why);
    if (why.isEmpty()) {
        const QJSValue global = d->engine.globalObject();
        // Microsoft's IPv6-aware entry point wins where a script defines both, as in Windows.
        d->findProxy = global.property(QStringLiteral("FindProxyForURLEx"));
        if (!d->findProxy.isCallable())
            d->findProxy = global.property(QStringLiteral("FindProxyForURL"));
        if (!d->findProxy.isCallable())
            why = tr("the script defines no function FindProxyForURL");
    }
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

PacEvaluation PacScript::evaluate(const QString& url, const QString& host)
{
    PacEvaluation result;
    if (!d->findProxy.isCallable()) {
        result.error = tr("the script is not loaded");
        return result;
    }
    const QJSValue value = d->bounded(
        [&] {
            return d->findProxy.call({QJSValue(url), QJSValue(host)});
        },
        &result.error, &result.timedOut);
    if (!result.error.isEmpty())
        return result;
    if (!value.isString()) {
        result.error = tr("the script returned %1, not a string").arg(value.toString());
        return result;
    }
    result.ok = true;
    result.returned = value.toString();
    return result;
}

void PacScript::interrupt()
{
    d->engine.setInterrupted(true);
}

#include "PacScript.moc"
