#include "EngineRun.h"

#include "Translations.h"
#include "engine/BackgroundJob.h"
#include "engine/ClockSkewEstimator.h"
#include "engine/ProbeContext.h"
#include "engine/Remedies.h"
#include "engine/check/CheckWorker.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
// Threads that run checks: one per two cores, at most four. Every TLS handshake decodes certificates through
// OpenSSL 3.0's shared decoder and provider stores, which take locks on each use: two threads handshaking at once
// on a 2-core machine spent more CPU time and more wall time than one (bench/engine-bench, 400 TLS endpoints),
// and half the cores stay free for the caller's thread and the background work (chains, revocation lists).
int checkThreadCount()
{
    return std::clamp(QThread::idealThreadCount() / 2, 1, 4);
}

QString currentUser()
{
    QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
#ifdef Q_OS_UNIX
    // Services, cron jobs and containers often run without USER: ask the account database instead.
    if (user.isEmpty()) {
        if (const passwd* account = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user;
}

RunEnvironment describeMachine()
{
    RunEnvironment environment;
    environment.hostname = QSysInfo::machineHostName();
    environment.os = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType() + QLatin1Char(' ')
        + QSysInfo::kernelVersion() + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() + QLatin1Char(')');
    environment.user = currentUser();
    return environment;
}

CheckResult cancelledResult(const CheckRequest& request)
{
    CheckResult result;
    result.id = request.id;
    result.endpointId = request.endpoint.id;
    result.host = request.endpoint.host;
    result.probe = request.probeHost;
    result.port = request.port;
    result.protocol = request.endpoint.protocol;
    result.features = request.endpoint.features;
    result.purpose = request.endpoint.purpose;
    result.source = request.endpoint.source;
    result.url = request.endpoint.url;
    result.retired = request.endpoint.retired;
    result.diagnosis = Diagnosis::Cancelled;
    result.detail = EngineRun::tr("the run was cancelled before this check finished");
    result.remedy = Remedies::forResult(result);
    return result;
}
} // namespace

EngineRun::EngineRun(RunPlan plan, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
{
}

EngineRun::~EngineRun()
{
    // The one place that waits: a run is destroyed only after its threads were asked to end.
    stopWorkers();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
}

int EngineRun::total() const
{
    return int(m_results.size() + m_inFlight.size() + m_pending.size() + m_unresolved.size());
}

void EngineRun::start()
{
    m_running = true;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_report.language = Translations::current();
    m_report.settings = m_plan.settings;
    m_report.environment = describeMachine();
    m_report.endpoints = m_plan.endpoints;
    m_pending = m_plan.requests;

    const int jobs = std::max(1, m_plan.jobs);
    const int threadCount = std::min({jobs, checkThreadCount(), int(m_pending.size())});
    for (int i = 0; i < threadCount; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("netready-worker-%1").arg(i));
        auto* worker = new CheckWorker;
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(
            thread, &QThread::finished, this, [this, thread] { onThreadFinished(thread); }, Qt::QueuedConnection);
        connect(
            worker, &CheckWorker::checkFinished, this,
            [this, i](const CheckResult& result) { onCheckFinished(i, result); }, Qt::QueuedConnection);
        thread->start();
        m_threads << thread;
        m_workers << worker;
        m_load << 0;
    }

    m_unresolved = m_plan.unresolved;
    emit started(total());

    if (m_plan.wpadDiscovery) {
        // Alongside the checks: its lookups are bounded, and the report is written once it has answered.
        m_wpadPending = true;
        BackgroundJob::run(m_gate, m_plan.wpadDiscovery, [this](WpadDiscovery wpad) {
            m_wpadPending = false;
            m_report.environment.wpad = std::move(wpad);
            if (std::exchange(m_completeAfterWpad, false))
                complete();
        });
    }

    // Results, even of a run with nothing to check, arrive from the event loop, never inside start().
    const auto begin = [this](std::shared_ptr<const ProbeContext> context) {
        m_context = std::move(context);
        if (m_context && m_plan.settings.proxyMode == QLatin1String("system")) {
            m_report.settings.proxyUsed = m_context->systemProxy;
            m_report.settings.pacUrl = m_context->systemPacUrl;
        }
        while (!m_unresolved.isEmpty())
            record(m_unresolved.takeFirst());
        dispatch();
    };
    if (m_workers.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [begin] { begin(nullptr); }, Qt::QueuedConnection);
        return;
    }
    // Loading and parsing the trusted CAs takes a while: a worker does it, so the caller's thread (the GUI)
    // never waits. The worker finishes this before any cancel or stop reaches it.
    QMetaObject::invokeMethod(
        m_workers.constFirst(),
        [this, begin, settings = m_plan.probe] {
            auto context = std::make_shared<const ProbeContext>(settings);
            QMetaObject::invokeMethod(
                this, [begin, context] { begin(context); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EngineRun::dispatch()
{
    const int jobs = std::max(1, m_plan.jobs);
    while (m_running && !m_cancelling && m_context && !m_pending.isEmpty() && m_inFlight.size() < jobs
        && !m_workers.isEmpty()) {
        const auto least = std::min_element(m_load.begin(), m_load.end());
        const int index = int(std::distance(m_load.begin(), least));
        const CheckRequest request = m_pending.takeFirst();
        m_inFlight << request;
        ++m_load[index];
        QMetaObject::invokeMethod(
            m_workers.at(index),
            [worker = m_workers.at(index), request, context = m_context] { worker->run(request, context); },
            Qt::QueuedConnection);
    }
    if (m_running && !m_cancelling && m_pending.isEmpty() && m_inFlight.isEmpty())
        complete();
}

void EngineRun::onCheckFinished(int worker, const CheckResult& result)
{
    if (!m_running || m_cancelling || worker >= m_load.size())
        return;
    --m_load[worker];
    const auto it = std::find_if(
        m_inFlight.begin(), m_inFlight.end(), [&](const CheckRequest& request) { return request.id == result.id; });
    if (it != m_inFlight.end())
        m_inFlight.erase(it);
    record(result);
    if (m_plan.checkChainRevocation)
        queueRevocationFollowUps(result);
    dispatch();
}

void EngineRun::record(const CheckResult& result)
{
    m_results << result;
    emit checkFinished(result);
    emit progress(int(m_results.size()), total());
}

void EngineRun::queueRevocationFollowUps(const CheckResult& result)
{
    if (!result.tls || result.status() == CheckStatus::Fail)
        return;
    for (const RevocationPoint& point : result.tls->revocationPoints) {
        const QUrl url(point.url);
        if (url.scheme() != QLatin1String("http") || url.host().isEmpty() || m_revocationUrls.contains(point.url))
            continue;
        m_revocationUrls.insert(point.url);
        Endpoint endpoint;
        endpoint.id = QStringLiteral("chain-%1-%2")
                          .arg(point.ocsp ? QStringLiteral("ocsp") : QStringLiteral("crl"))
                          .arg(m_revocationUrls.size());
        endpoint.host = url.host();
        endpoint.ports = {quint16(url.port(80))};
        endpoint.protocol = point.ocsp ? Protocol::Ocsp : Protocol::Crl;
        endpoint.clouds = {m_plan.settings.cloud};
        endpoint.features = result.features;
        endpoint.purpose = tr("Revocation path of the certificate chain of %1 (%2).")
                               .arg(result.probe, point.ocsp ? QStringLiteral("OCSP") : QStringLiteral("CRL"));
        endpoint.source = tr("%1 extension of a certificate presented by %2")
                              .arg(point.ocsp ? QStringLiteral("Authority Information Access")
                                              : QStringLiteral("CRL Distribution Points"),
                                  result.probe);
        endpoint.url = point.url;
        endpoint.certificatePem = point.certificatePem;
        endpoint.issuerCertificatePem = point.issuerPem;

        CheckRequest request;
        request.id = endpoint.id;
        request.endpoint = endpoint;
        request.probeHost = endpoint.host;
        request.port = endpoint.ports.constFirst();
        m_pending << request;
        m_report.endpoints << endpoint;
    }
}

void EngineRun::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    stopWorkers();
    QMetaObject::invokeMethod(this, &EngineRun::finishCancelled, Qt::QueuedConnection);
}

void EngineRun::finishCancelled()
{
    const QList<CheckRequest> unfinished = m_inFlight + m_pending;
    m_inFlight.clear();
    m_pending.clear();
    m_report.cancelled = true;
    while (!m_unresolved.isEmpty())
        record(m_unresolved.takeFirst());
    for (const CheckRequest& request : unfinished)
        record(cancelledResult(request));
    complete();
}

void EngineRun::stopWorkers()
{
    // Each worker drops its checks and ends its thread's loop; the threads are deleted once they have ended.
    for (CheckWorker* worker : std::as_const(m_workers)) {
        QMetaObject::invokeMethod(
            worker,
            [worker] {
                worker->cancelAll();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    }
    m_workers.clear();
    m_load.clear();
}

void EngineRun::onThreadFinished(QThread* thread)
{
    if (!m_threads.removeOne(thread))
        return;
    thread->wait(); // returns at once: the thread has ended its run()
    delete thread;
    if (m_threads.isEmpty())
        emit workersStopped();
}

void EngineRun::complete()
{
    if (!m_running)
        return;
    if (m_wpadPending && !m_cancelling) {
        m_completeAfterWpad = true;
        return;
    }
    stopWorkers();

    RunEnvironment& environment = m_report.environment;
    if (const auto skew = ClockSkewEstimator::estimate(m_results)) {
        environment.clockSkewSeconds = skew->seconds;
        environment.clockServers = skew->servers;
        if (std::abs(skew->seconds) > ClockSkewEstimator::kWarnSeconds) {
            CheckResult clock;
            clock.id = QStringLiteral("clock");
            clock.endpointId = QStringLiteral("clock");
            clock.host = tr("local clock");
            clock.probe = QSysInfo::machineHostName();
            clock.protocol = Protocol::Clock;
            clock.features = m_plan.settings.features;
            clock.purpose = tr("Sign-in tokens are rejected when the clock is off by more than 5 minutes.");
            clock.diagnosis = Diagnosis::ClockSkew;
            const qint64 seconds = qint64(std::llround(std::abs(skew->seconds)));
            const QString servers = skew->servers.mid(0, 5).join(QStringLiteral(", "));
            //: %1 minutes and %2 seconds; %3 the servers' host names
            clock.detail = skew->seconds > 0
                ? tr("this machine's clock is %1 min %2 s behind the servers' (compared with %3)")
                      .arg(seconds / 60)
                      .arg(seconds % 60)
                      .arg(servers)
                //: %1 minutes and %2 seconds; %3 the servers' host names
                : tr("this machine's clock is %1 min %2 s ahead of the servers' (compared with %3)")
                      .arg(seconds / 60)
                      .arg(seconds % 60)
                      .arg(servers);
            clock.remedy = Remedies::forResult(clock);
            record(clock);
        }
    }
    for (const CheckResult& result : std::as_const(m_results)) {
        if (!result.dnsNote.isEmpty())
            environment.dnsNotes << QStringLiteral("%1: %2 (%3)")
                                        .arg(result.probe, result.dnsNote, result.addresses.join(QStringLiteral(", ")));
        for (const QString& address : result.addresses) {
            if (QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol)
                environment.ipv6Resolved = true;
        }
        if (result.proxy.isEmpty() && !result.connectedAddress.isEmpty()) {
            const QHostAddress connected(result.connectedAddress);
            if (connected.protocol() == QAbstractSocket::IPv6Protocol)
                environment.ipv6Reachable = true;
            else
                environment.ipv4Reachable = true;
        }
    }
    environment.dnsNotes.removeDuplicates();

    m_report.checks = m_results;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    m_cancelling = false;
    emit finished(m_report);
}
