#include "CannedHttpServer.h"
#include "Catalog.h"
#include "LoopbackTlsServer.h"
#include "ProcessFixture.h"
#include "ReportSchema.h"
#include "SquidFixture.h"
#include "TestPki.h"
#include "engine/Engine.h"
#include "engine/RunPlanner.h"
#include "proxy/ComponentProxies.h"
#include "proxy/PacHost.h"
#include "reports/JsonReport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The names the scripts resolve, answered from a table: no test asks real DNS.
class TablePacHost final : public PacHost
{
public:
    QHash<QString, QList<QHostAddress>> names;

    QList<QHostAddress> resolve(const QString& host) override { return names.value(host.toLower()); }
    QList<QHostAddress> localAddresses() override { return {QHostAddress(QStringLiteral("10.9.9.9"))}; }
    QDateTime now() override { return QDateTime::currentDateTime(); }
};
} // namespace

// Runs checks whose route a proxy auto-config script chooses: by domain, by the network of the resolved address,
// with failover from a dead proxy (a closed loopback port) to a live squid and then DIRECT; and scripts that are
// broken, throw or loop, each ending in its own diagnosis. Every server is on loopback; the script's DNS is a
// table; the private network namespace's resolv.conf keeps every other lookup local.
class tst_PacRouting final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPki> m_ca;
    std::unique_ptr<LoopbackTlsServer> m_server; // the service: TLS for good.test and intranet.test
    SquidFixture m_squid;
    quint16 m_closedPort = 0;
    quint16 m_closedPort2 = 0;
    QTemporaryDir m_dir;
    std::shared_ptr<TablePacHost> m_host = std::make_shared<TablePacHost>();
    std::function<WpadDiscovery()> m_wpad = [] { return WpadDiscovery {QStringLiteral("dns"), {}, {}, {}, {}}; };

    QString proxy() const { return QStringLiteral("PROXY 127.0.0.1:%1").arg(m_squid.port()); }
    QString closed(quint16 port) const { return QStringLiteral("PROXY 127.0.0.1:%1").arg(port); }

    QString writeScript(const QString& name, const QString& source)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(source.toUtf8());
        return path;
    }

    Endpoint endpoint(const QString& host) const
    {
        Endpoint e;
        e.id = host;
        e.host = host;
        e.ports = {m_server->serverPort()};
        e.protocol = Protocol::Https;
        e.clouds = {Cloud::Public};
        e.features = {Feature::Desktop};
        e.purpose = QStringLiteral("test");
        e.source = QStringLiteral("tst_pacrouting");
        return e;
    }

    // A run of the hosts with the script at location (a file path or URL). Direct connections reach the
    // service through connect-to; the proxy resolves the names itself.
    // adjust: a last change to the options (e.g. the components' proxies) before the run is planned.
    RunReport run(const QStringList& hosts, const QString& location, int timeoutSeconds = 4,
        const std::function<void(RunOptions&)>& adjust = {})
    {
        Catalog catalog;
        for (const QString& host : hosts)
            catalog.endpoints << endpoint(host);
        RunOptions options;
        options.features = {Feature::Desktop};
        options.timeoutSeconds = timeoutSeconds;
        options.extraCaCertificates = QSslCertificate::fromPath(m_ca->caCertPath());
        for (const QString& host : hosts)
            options.connectTo << *ConnectToRule::parse(
                QStringLiteral("%1:%2:127.0.0.1:%2").arg(host).arg(m_server->serverPort()), nullptr);
        QString error;
        options.proxy = ProxySetting::fromPac(location, &error);
        if (!error.isEmpty())
            qWarning() << error;
        if (adjust)
            adjust(options);
        RunPlan plan = RunPlanner::plan(catalog, options);
        plan.probe.pacHost = m_host;
        plan.wpadDiscovery = m_wpad;
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        engine.start(plan);
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        return finished.constFirst().constFirst().value<RunReport>();
    }

    // Power Automate's settings as read on Windows: the desktop flows service takes `route` (`where`: the PAC
    // file or the proxy).
    static ComponentProxies serviceRoute(ComponentProxy::Route route, const QString& where)
    {
        ComponentProxy service;
        service.component = ComponentProxy::Component::DesktopFlowsService;
        service.source = ComponentProxy::Source::Registry;
        service.route = route;
        (route == ComponentProxy::Route::Pac ? service.pacUrl : service.proxy) = where;
        ComponentProxies proxies;
        proxies.read = true;
        proxies.components = {service};
        return proxies;
    }

    static const CheckResult* find(const RunReport& report, const QString& host)
    {
        for (const CheckResult& check : report.checks) {
            if (check.probe == host)
                return &check;
        }
        return nullptr;
    }

    static QByteArray describe(const CheckResult* check)
    {
        if (!check)
            return "no such check";
        return (Diagnoses::code(check->diagnosis) + QStringLiteral(": ") + check->detail + QStringLiteral(" | ")
            + check->evidence.join(QStringLiteral(" | ")))
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestPki>();
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
        const TestPki::Leaf leaf = m_ca->issueLeaf(QStringLiteral("pac"), {"good.test", "intranet.test", "other.test"});
        QVERIFY(!leaf.isNull());
        m_server = std::make_unique<LoopbackTlsServer>(LoopbackTlsServer::Behaviour::TlsHttp);
        QVERIFY(m_server->setIdentity(leaf.certPath, leaf.keyPath));
        QVERIFY(m_server->listenOnLoopback());
        SquidFixture::Options options;
        options.hostNames = {"good.test", "intranet.test", "other.test"};
        QVERIFY2(m_squid.start(options), qPrintable(m_squid.errorString()));
        m_closedPort = ProcessFixture::freeTcpPort();
        m_closedPort2 = ProcessFixture::freeTcpPort();
        QVERIFY(m_closedPort != m_closedPort2);
        m_host->names.insert(QStringLiteral("intranet.test"), {QHostAddress(QStringLiteral("10.20.30.40"))});
        m_host->names.insert(QStringLiteral("good.test"), {QHostAddress(QStringLiteral("192.0.2.10"))});
    }

    void routesByDomainAndNetwork()
    {
        const QString path = writeScript(QStringLiteral("route.pac"),
            QStringLiteral("function FindProxyForURL(url, host) {\n"
                           "  if (isInNet(dnsResolve(host), '10.0.0.0', '255.0.0.0')) return 'DIRECT';\n"
                           "  if (dnsDomainIs(host, 'good.test')) return '%1';\n"
                           "  return 'DIRECT';\n}\n")
                .arg(proxy()));
        const RunReport report = run({"good.test", "intranet.test", "other.test"}, path);
        QCOMPARE(report.settings.proxyMode, QStringLiteral("pac"));
        QCOMPARE(report.settings.pacUrl, path);

        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::Ok, describe(good));
        QVERIFY(good->pac);
        QCOMPARE(good->pac->returned, proxy());
        QCOMPARE(good->pac->used, proxy());
        QCOMPARE(good->proxy, QStringLiteral("http://127.0.0.1:%1").arg(m_squid.port()));

        const CheckResult* intranet = find(report, QStringLiteral("intranet.test"));
        QVERIFY2(intranet && intranet->diagnosis == Diagnosis::Ok, describe(intranet));
        QCOMPARE(intranet->pac->returned, QStringLiteral("DIRECT"));
        QCOMPARE(intranet->pac->used, QStringLiteral("DIRECT"));
        QVERIFY(intranet->proxy.isEmpty());

        const CheckResult* other = find(report, QStringLiteral("other.test"));
        QVERIFY2(other && other->diagnosis == Diagnosis::Ok, describe(other));
        QCOMPARE(other->pac->used, QStringLiteral("DIRECT"));

        // The report states the script's answer and the route, and holds to the published schema.
        const QByteArray json = QJsonDocument(JsonReport::toJson(report)).toJson();
        QString messages;
        QVERIFY2(ReportSchema::validate(json, &messages), qPrintable(messages));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("environment")).toObject().value(QStringLiteral("pacUrl")).toString(), path);
        bool seen = false;
        for (const QJsonValue& value : root.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("probe")).toString() != QLatin1String("good.test"))
                continue;
            seen = true;
            const QJsonObject pac = check.value(QStringLiteral("pac")).toObject();
            QCOMPARE(pac.value(QStringLiteral("returned")).toString(), proxy());
            QCOMPARE(pac.value(QStringLiteral("used")).toString(), proxy());
            QVERIFY(pac.value(QStringLiteral("failedOver")).toArray().isEmpty());
        }
        QVERIFY(seen);
    }

    void failsOverFromDeadProxyToLiveOne()
    {
        const QString answer = QStringLiteral("%1; %2; DIRECT").arg(closed(m_closedPort), proxy());
        const QString path = writeScript(QStringLiteral("failover.pac"),
            QStringLiteral("function FindProxyForURL(url, host) { return '%1'; }").arg(answer));
        const RunReport report = run({"good.test"}, path);
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::Ok, describe(good));
        QCOMPARE(good->pac->returned, answer);
        QCOMPARE(good->pac->used, proxy());
        QCOMPARE(good->pac->failedOver.size(), 1);
        QCOMPARE(good->pac->failedOver.constFirst().route, closed(m_closedPort));
        QVERIFY2(!good->pac->failedOver.constFirst().error.isEmpty(), describe(good));
        QVERIFY2(good->detail.contains(QStringLiteral("after %1 failed").arg(closed(m_closedPort))), describe(good));

        QString messages;
        QVERIFY2(ReportSchema::validate(QJsonDocument(JsonReport::toJson(report)).toJson(), &messages),
            qPrintable(messages));
    }

    void failsOverToDirectWhenEveryProxyIsDead()
    {
        const QString answer = QStringLiteral("%1; %2; DIRECT").arg(closed(m_closedPort), closed(m_closedPort2));
        const QString path = writeScript(QStringLiteral("direct.pac"),
            QStringLiteral("function FindProxyForURL(url, host) { return '%1'; }").arg(answer));
        const RunReport report = run({"good.test"}, path);
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::Ok, describe(good));
        QCOMPARE(good->pac->used, QStringLiteral("DIRECT"));
        QCOMPARE(good->pac->failedOver.size(), 2);
        QCOMPARE(good->pac->failedOver.at(1).route, closed(m_closedPort2));
        QVERIFY(good->proxy.isEmpty());
    }

    void lastDeadProxyIsTheDiagnosis()
    {
        const QString answer = QStringLiteral("%1; %2").arg(closed(m_closedPort), closed(m_closedPort2));
        const QString path = writeScript(QStringLiteral("dead.pac"),
            QStringLiteral("function FindProxyForURL(url, host) { return '%1'; }").arg(answer));
        const RunReport report = run({"good.test"}, path);
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::ProxyUnreachable, describe(good));
        QCOMPARE(good->pac->used, closed(m_closedPort2));
        QCOMPARE(good->pac->failedOver.size(), 1);
    }

    // The desktop flows service's own PAC file (Power Automate's settings) is evaluated the way the service does:
    // the first route of the answer only, no failover, even where the run's own script would fail over.
    void componentsScriptUsesOnlyTheFirstRoute()
    {
        const QString answer = QStringLiteral("%1; %2; DIRECT").arg(closed(m_closedPort), proxy());
        const QString path = writeScript(QStringLiteral("service.pac"),
            QStringLiteral("function FindProxyForURL(url, host) { return '%1'; }").arg(answer));
        const RunReport report = run({"good.test"}, path, 4, [&](RunOptions& options) {
            options.proxy = ProxySetting {}; // the system's: the components follow their own settings
            options.componentProxies = serviceRoute(ComponentProxy::Route::Pac, path);
        });
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::ProxyUnreachable, describe(good));
        QVERIFY2(good->pac, describe(good));
        QCOMPARE(good->pac->returned, answer);
        QCOMPARE(good->pac->used, closed(m_closedPort));
        QVERIFY(good->pac->failedOver.isEmpty());
        QVERIFY2(good->evidence.join('\n').contains("without failover, as Power Automate does"), describe(good));
    }

    // A component's bypass list (a .NET regular expression) sends a host past its proxy, here a dead one.
    void componentsBypassListGoesDirect()
    {
        const RunReport report = run({"good.test"}, QString(), 4, [&](RunOptions& options) {
            options.proxy = ProxySetting {};
            options.componentProxies
                = serviceRoute(ComponentProxy::Route::Proxy, QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort));
            options.componentProxies.components.first().bypass = {QStringLiteral("^https://good\\.test")};
        });
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::Ok, describe(good));
        QVERIFY(good->proxy.isEmpty());
        QVERIFY2(good->evidence.join('\n').contains("bypass list's entry '^https://good\\.test'"), describe(good));
    }

    void brokenScriptsEndInADiagnosis_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("detail");
        QTest::addRow("syntax error") << "function FindProxyForURL(url, host) {\n  return 'DIRECT';\n}}\n"
                                      << "SyntaxError";
        QTest::addRow("throws") << "function FindProxyForURL(url, host) { throw new Error('no rule for ' + host); }"
                                << "no rule for good.test";
        QTest::addRow("loops forever") << "function FindProxyForURL(url, host) { for (;;) {} }"
                                       << "did not return within";
        QTest::addRow("no function") << "var rules = [];"
                                     << "defines no function FindProxyForURL";
        QTest::addRow("only SOCKS") << "function FindProxyForURL(url, host) { return 'SOCKS 127.0.0.1:1080'; }"
                                    << "no route Netready can test";
    }
    void brokenScriptsEndInADiagnosis()
    {
        QFETCH(QString, source);
        QFETCH(QString, detail);
        const QString path = writeScript(QStringLiteral("broken.pac"), source);
        const RunReport report = run({"good.test", "other.test"}, path, 2);
        for (const QString& host : {QStringLiteral("good.test"), QStringLiteral("other.test")}) {
            const CheckResult* check = find(report, host);
            QVERIFY2(check && check->diagnosis == Diagnosis::ProxyScriptFailed, describe(check));
            QVERIFY2(check->phases.isEmpty(), describe(check));
        }
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good->detail.contains(detail), describe(good));
        QVERIFY2(good->detail.contains(path), describe(good));
        QVERIFY(!good->remedy.isEmpty());
        QString messages;
        QVERIFY2(ReportSchema::validate(QJsonDocument(JsonReport::toJson(report)).toJson(), &messages),
            qPrintable(messages));
    }

    void loopingScriptCostsOneBound()
    {
        const QString path = writeScript(
            QStringLiteral("loop.pac"), QStringLiteral("function FindProxyForURL(url, host) { while (true) {} }"));
        const RunReport report = run({"good.test", "intranet.test", "other.test"}, path, 2);
        int notAskedAgain = 0;
        for (const CheckResult& check : report.checks) {
            QVERIFY2(check.diagnosis == Diagnosis::ProxyScriptFailed, describe(&check));
            notAskedAgain += check.detail.contains(QStringLiteral("not asked again")) ? 1 : 0;
        }
        QCOMPARE(notAskedAgain, 2);
    }

    void downloadsTheScript()
    {
        CannedHttpServer web;
        QVERIFY(web.listen());
        web.setResponse(QStringLiteral("/proxy.pac"), 200,
            QStringLiteral("function FindProxyForURL(url, host) { return '%1'; }").arg(proxy()).toUtf8(),
            "application/x-ns-proxy-autoconfig");
        const QString url = web.url(QStringLiteral("/proxy.pac")).toString();
        const RunReport report = run({"good.test"}, url);
        QCOMPARE(report.settings.pacUrl, url);
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::Ok, describe(good));
        QCOMPARE(good->pac->used, proxy());
    }

    // WPAD discovery runs with every run and its finding lands in the environment section, as information.
    void wpadFindingIsReported()
    {
        QVERIFY(RunPlanner::plan(Catalog {}, RunOptions {}).wpadDiscovery);
        const auto saved = m_wpad;
        m_wpad = [] {
            return WpadDiscovery {QStringLiteral("dns"), {QStringLiteral("wpad.corp.test")},
                QStringLiteral("wpad.corp.test"), QStringLiteral("http://wpad.corp.test/wpad.dat"), {}};
        };
        const QString path = writeScript(
            QStringLiteral("direct.pac"), QStringLiteral("function FindProxyForURL(url, host) { return 'DIRECT'; }"));
        const RunReport report = run({"good.test"}, path);
        m_wpad = saved;
        QVERIFY(report.environment.wpad);
        QCOMPARE(report.environment.wpad->url, QStringLiteral("http://wpad.corp.test/wpad.dat"));
        const QByteArray json = QJsonDocument(JsonReport::toJson(report)).toJson();
        QString messages;
        QVERIFY2(ReportSchema::validate(json, &messages), qPrintable(messages));
        const QJsonObject environment
            = QJsonDocument::fromJson(json).object().value(QStringLiteral("environment")).toObject();
        const QJsonObject wpad = environment.value(QStringLiteral("wpad")).toObject();
        QCOMPARE(wpad.value(QStringLiteral("found")).toString(), QStringLiteral("wpad.corp.test"));
        QCOMPARE(wpad.value(QStringLiteral("url")).toString(), QStringLiteral("http://wpad.corp.test/wpad.dat"));
        bool noted = false;
        for (const QJsonValue& note : environment.value(QStringLiteral("notes")).toArray())
            noted = noted || note.toString().contains(QStringLiteral("http://wpad.corp.test/wpad.dat"));
        QVERIFY(noted);
    }

    void scriptThatDoesNotDownloadIsDiagnosed()
    {
        CannedHttpServer web;
        QVERIFY(web.listen());
        const QString url = web.url(QStringLiteral("/missing.pac")).toString();
        const RunReport report = run({"good.test"}, url);
        const CheckResult* good = find(report, QStringLiteral("good.test"));
        QVERIFY2(good && good->diagnosis == Diagnosis::ProxyScriptFailed, describe(good));
        QVERIFY2(good->detail.contains(QStringLiteral("could not be loaded")), describe(good));
        QVERIFY2(good->detail.contains(QStringLiteral("404")) || good->detail.contains(QStringLiteral("Not Found")),
            describe(good));
    }
};

QTEST_GUILESS_MAIN(tst_PacRouting)
#include "tst_pacrouting.moc"
