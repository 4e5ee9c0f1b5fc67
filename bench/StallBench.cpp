// How long the thread that drives the engine (the wizard's GUI thread) goes without serving its event loop
// during a run of N loopback endpoints (half reachable over TLS, half black-holed), and how long cancel() takes
// to return. Prints the worst and the 99th-percentile gap between 5 ms ticks; the target is a worst gap under
// 50 ms on an idle machine. Only 127.0.0.1 is contacted.
//
//   netready-stall-bench [ENDPOINTS]      default: 200
#include "BlackHoleListener.h"
#include "Catalog.h"
#include "LoopbackTlsServer.h"
#include "TestPki.h"
#include "engine/Engine.h"
#include "engine/RunPlanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {
struct Gaps
{
    QList<qint64> values;
    qint64 worst() const { return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend()); }
    qint64 percentile(double p) const
    {
        if (values.isEmpty())
            return 0;
        QList<qint64> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
};

// Runs the plan while a 5 ms ticker records the gaps; with cancelAfterMs >= 0 the run is cancelled then and
// the time cancel() took is returned through cancelMs.
Gaps measure(const RunPlan& plan, int cancelAfterMs, qint64* cancelMs)
{
    Gaps gaps;
    Engine engine;
    QEventLoop loop;
    QObject::connect(&engine, &Engine::finished, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] { gaps.values << sinceTick.restart(); });
    sinceTick.start();
    ticker.start();
    engine.start(plan);
    if (cancelAfterMs >= 0) {
        QTimer::singleShot(cancelAfterMs, &loop, [&] {
            QElapsedTimer clock;
            clock.start();
            engine.cancel();
            *cancelMs = clock.elapsed();
        });
    }
    loop.exec();
    return gaps;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(2, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    QTextStream out(stdout);

    TestPki ca(QStringLiteral("Netready Bench CA"));
    const TestPki::Leaf leaf = ca.issueLeaf(QStringLiteral("bench"), {QStringLiteral("*.bench.test")});
    LoopbackTlsServer tls(LoopbackTlsServer::Behaviour::TlsHttp);
    BlackHoleListener blackHole;
    tls.setListenBacklogSize(1024);
    if (!ca.isValid() || leaf.isNull() || !tls.setIdentity(leaf.certPath, leaf.keyPath) || !tls.listenOnLoopback()
        || !blackHole.isValid()) {
        QTextStream(stderr) << "netready-stall-bench: cannot start the loopback servers\n";
        return 1;
    }

    Catalog catalog;
    catalog.expectedRoots = {ExpectedRoot {QStringLiteral("Netready Bench CA"), QString::fromLatin1(ca.caSha256Hex())}};
    RunOptions options;
    options.features = {Feature::Desktop};
    options.proxy.mode = ProxySetting::Mode::None;
    options.timeoutSeconds = 2;
    options.jobs = 64;
    options.extraCaCertificates = QSslCertificate::fromPath(ca.caCertPath());
    for (int i = 0; i < count; ++i) {
        Endpoint e;
        e.id = QStringLiteral("ep%1").arg(i);
        e.host = QStringLiteral("ep%1.bench.test").arg(i);
        e.ports = {443};
        e.clouds = {Cloud::Public};
        e.features = {Feature::Desktop};
        catalog.endpoints << e;
        const quint16 port = i < count / 2 ? tls.serverPort() : blackHole.port();
        options.connectTo << *ConnectToRule::parse(
            QStringLiteral("%1:443:127.0.0.1:%2").arg(e.host).arg(port), nullptr);
    }
    const RunPlan plan = RunPlanner::plan(catalog, options);

    qint64 unused = 0;
    const Gaps full = measure(plan, -1, &unused);
    qint64 cancelMs = 0;
    const Gaps cancelled = measure(plan, 500, &cancelMs);
    out << QStringLiteral("%1 endpoints, %2 jobs\n").arg(count).arg(options.jobs);
    out << QStringLiteral("full run:      worst gap %1 ms, p99 %2 ms (target: worst < 50 ms)\n")
               .arg(full.worst())
               .arg(full.percentile(0.99));
    out << QStringLiteral("cancelled run: worst gap %1 ms, p99 %2 ms, cancel() returned in %3 ms\n")
               .arg(cancelled.worst())
               .arg(cancelled.percentile(0.99))
               .arg(cancelMs);
    return 0;
}
