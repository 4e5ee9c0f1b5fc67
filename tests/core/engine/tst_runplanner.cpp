#include "catalog/CatalogLoader.h"
#include "engine/AddressClassifier.h"
#include "engine/ClockSkewEstimator.h"
#include "engine/RunPlanner.h"

#include <QTest>

// Planning a run from a catalog and options: selection, ports, placeholders; and the small decisions the engine
// takes from results (address kinds, clock skew).
class TestRunPlanner final : public QObject
{
    Q_OBJECT

private:
    static Endpoint endpoint(const QString& id, const QString& probe, QList<quint16> ports, QList<Cloud> clouds,
        QList<Feature> features, Protocol protocol = Protocol::Https)
    {
        Endpoint e;
        e.id = id;
        e.host = QStringLiteral("*.%1.example").arg(id);
        e.probe = probe;
        e.ports = std::move(ports);
        e.protocol = protocol;
        e.clouds = std::move(clouds);
        e.features = std::move(features);
        return e;
    }

    static QStringList ids(const RunPlan& plan)
    {
        QStringList result;
        for (const CheckRequest& request : plan.requests)
            result << request.id + QLatin1Char('>') + request.probeHost + QLatin1Char(':')
                    + QString::number(request.port);
        return result;
    }

private slots:
    void planSelectsExpandsAndFills()
    {
        Catalog catalog;
        catalog.expectedRoots = {{QStringLiteral("Root"), QStringLiteral("ab")}};
        catalog.endpoints = {
            endpoint("relay", "ns.relay.example", {9350, 9351}, {Cloud::Public}, {Feature::Gateway}, Protocol::Tcp),
            endpoint("gov", "api.gov.example", {443}, {Cloud::Gcc}, {Feature::Desktop}),
            endpoint("mobile", "m.example", {443}, {Cloud::Public}, {Feature::Mobile}),
            endpoint("dataverse", "{dataverse}", {443}, {Cloud::Public}, {Feature::Desktop}),
            endpoint("namespaces", "{servicebus-namespace}", {443}, {Cloud::Public}, {Feature::Desktop}),
            endpoint("apim", "{azure-apim}", {443}, {Cloud::Public}, {Feature::CloudFlows}),
        };
        Endpoint crl = endpoint("crl", "", {80}, {Cloud::Public}, {Feature::Desktop}, Protocol::Crl);
        crl.url = QStringLiteral("http://crl.example:8080/root.crl");
        catalog.endpoints << crl;

        RunOptions options;
        options.cloud = Cloud::Public;
        options.features = {Feature::Gateway, Feature::Desktop, Feature::CloudFlows};
        options.inputs[QStringLiteral("servicebus-namespace")] = {QStringLiteral("a.namespaces.example"),
            QStringLiteral("https://B.namespaces.example/"), QStringLiteral("c.servicebus.example")};
        options.timeoutSeconds = 7;
        const RunPlan plan = RunPlanner::plan(catalog, options);

        QCOMPARE(ids(plan),
            QStringList({"relay:9350>ns.relay.example:9350", "relay:9351>ns.relay.example:9351",
                "namespaces@a.namespaces.example>a.namespaces.example:443",
                "namespaces@b.namespaces.example>b.namespaces.example:443", "crl>crl.example:8080"}));
        QCOMPARE(plan.unresolved.size(), 2);
        QCOMPARE(plan.unresolved.at(0).id, QStringLiteral("dataverse"));
        QCOMPARE(plan.unresolved.at(0).diagnosis, Diagnosis::NeedsInput);
        QVERIFY(plan.unresolved.at(0).detail.contains(QStringLiteral("--dataverse-url")));
        QVERIFY(plan.unresolved.at(1).detail.contains(QStringLiteral("--input azure-apim=HOST")));
        QCOMPARE(plan.probe.timeoutMs, 7000);
        QCOMPARE(plan.probe.expectedRoots.size(), 1);
        QCOMPARE(plan.endpoints.size(), 5);

        const RunPlan retry = plan.restrictedTo({QStringLiteral("relay:9351"), QStringLiteral("dataverse")});
        QCOMPARE(ids(retry), QStringList {"relay:9351>ns.relay.example:9351"});
        QCOMPARE(retry.unresolved.size(), 1);
    }

    // One {dataverse} value, two wildcards in the selection: the value is tested and reported only under the one
    // it lies below; the other stays needs-input.
    void inputFillsOnlyTheWildcardThatCoversIt()
    {
        Catalog catalog;
        Endpoint commercial = endpoint("commercial", "{dataverse}", {443}, {Cloud::Gcc}, {Feature::Desktop});
        commercial.host = QStringLiteral("*.dynamics.com");
        Endpoint high = endpoint("high", "{dataverse}", {443}, {Cloud::Gcc}, {Feature::Desktop});
        high.host = QStringLiteral("*.microsoftdynamics.us");
        catalog.endpoints = {commercial, high};
        RunOptions options;
        options.cloud = Cloud::Gcc;
        options.features = {Feature::Desktop};
        options.inputs[QStringLiteral("dataverse")] = {QStringLiteral("org.crm.microsoftdynamics.us")};
        const RunPlan plan = RunPlanner::plan(catalog, options);
        QCOMPARE(ids(plan), QStringList {"high>org.crm.microsoftdynamics.us:443"});
        QCOMPARE(plan.unresolved.size(), 1);
        QCOMPARE(plan.unresolved.constFirst().id, QStringLiteral("commercial"));
    }

    // The built-in catalog's desktop relay entries, with and without a region: one check per namespace of the region
    // (as many as the data file lists), or the one documented namespace, named with its region.
    void relayChecksFollowTheRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("no region") << QString() << QString();
        QTest::addRow("United States") << "United States"
                                       << "United States";
        QTest::addRow("europe, lower case") << "europe"
                                            << "Europe";
        QTest::addRow("Sweden (one namespace)") << "Sweden"
                                                << "Sweden";
        QTest::addRow("Canada (previews)") << "CANADA"
                                           << "Canada";
    }

    void relayChecksFollowTheRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, canonical);
        const std::shared_ptr<const RelayNamespaces> relays = RelayNamespaces::builtIn();
        RunOptions options;
        options.cloud = Cloud::Public;
        options.features = {Feature::Desktop};
        options.region = region;
        const RunPlan plan = RunPlanner::plan(CatalogLoader::builtIn(), options, *relays);

        const QStringList relayIds = {QStringLiteral("public-desktop-servicebus-relay"),
            QStringLiteral("public-desktop-servicebus-relay-websocket")};
        const RelayRegion* chosen = canonical.isEmpty() ? nullptr : relays->region(canonical);
        QCOMPARE(plan.settings.region, canonical);
        QCOMPARE(plan.settings.relayNamespaces.size(), chosen ? chosen->namespaces.size() : 0);
        for (const QString& id : relayIds) {
            QList<CheckRequest> checks;
            for (const CheckRequest& request : plan.requests) {
                if (request.endpoint.id == id)
                    checks << request;
            }
            if (!chosen) {
                QCOMPARE(checks.size(), 1);
                QCOMPARE(checks.constFirst().id, id);
                QCOMPARE(relays->regionOf(checks.constFirst().probeHost)->name, QStringLiteral("United States"));
                QVERIFY2(checks.constFirst().probeNote.contains(QStringLiteral("United States"))
                        && checks.constFirst().probeNote.contains(QStringLiteral("--region")),
                    qPrintable(checks.constFirst().probeNote));
                continue;
            }
            QCOMPARE(checks.size(), chosen->namespaces.size());
            for (qsizetype i = 0; i < checks.size(); ++i) {
                const RelayNamespace& relay = chosen->namespaces.at(i);
                QCOMPARE(checks.at(i).probeHost, relay.host);
                // Several hosts for one endpoint: each check's id names its host.
                QCOMPARE(checks.at(i).id, checks.size() > 1 ? id + QLatin1Char('@') + relay.host : id);
                QVERIFY(checks.at(i).probeNote.contains(canonical));
                QCOMPARE(checks.at(i).probeNote.contains(QStringLiteral("preview")), relay.preview);
            }
        }
    }

    // The gateway relays through namespaces of its own: its relay checks need the user's namespace, and a region
    // (the desktop flows list) never fills them.
    void gatewayRelayNeedsTheGatewaysNamespace()
    {
        RunOptions options;
        options.cloud = Cloud::Public;
        options.features = {Feature::Gateway};
        options.region = QStringLiteral("Europe");
        const Catalog catalog = CatalogLoader::builtIn();
        const RunPlan without = RunPlanner::plan(catalog, options);
        QStringList unresolved;
        for (const CheckResult& result : without.unresolved)
            unresolved << result.endpointId;
        QVERIFY(unresolved.contains(QStringLiteral("public-gateway-servicebus-relay")));
        QVERIFY(unresolved.contains(QStringLiteral("public-gateway-servicebus-relay-tcp")));
        for (const CheckRequest& request : without.requests)
            QVERIFY2(!request.probeHost.endsWith(QStringLiteral(".servicebus.windows.net")), qPrintable(request.id));

        options.inputs[QStringLiteral("servicebus-namespace")] = {QStringLiteral("contoso-gw.servicebus.windows.net")};
        const RunPlan with = RunPlanner::plan(catalog, options);
        QStringList filled;
        for (const CheckRequest& request : with.requests) {
            if (request.probeHost == QLatin1String("contoso-gw.servicebus.windows.net"))
                filled << request.id;
        }
        QVERIFY2(filled.contains(QStringLiteral("public-gateway-servicebus-relay")), qPrintable(filled.join(' ')));
        QVERIFY2(
            filled.contains(QStringLiteral("public-gateway-servicebus-relay-tcp:9350")), qPrintable(filled.join(' ')));
    }

    // The list is the public cloud's: another cloud's run ignores a region.
    void regionIsIgnoredOutsideThePublicCloud()
    {
        RunOptions options;
        options.cloud = Cloud::Gcc;
        options.features = {Feature::Desktop};
        options.region = QStringLiteral("Europe");
        const RunPlan plan = RunPlanner::plan(CatalogLoader::builtIn(), options);
        QVERIFY(plan.settings.region.isEmpty());
        QVERIFY(plan.settings.relayNamespaces.isEmpty());
        for (const CheckRequest& request : plan.requests)
            QVERIFY2(!request.probeHost.endsWith(QStringLiteral(".servicebus.windows.net")), qPrintable(request.id));
    }

    // Address literals here are only classified, as text; nothing connects to them.
    void addressKinds_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("kind");
        QTest::addRow("public v4") << "13.107.42.14" << int(AddressClassifier::Kind::Public);
        QTest::addRow("public v6") << "2603:1030::1" << int(AddressClassifier::Kind::Public);
        QTest::addRow("rfc1918 10") << "10.1.2.3" << int(AddressClassifier::Kind::Private);
        QTest::addRow("rfc1918 172") << "172.20.0.1" << int(AddressClassifier::Kind::Private);
        QTest::addRow("rfc1918 192") << "192.168.1.1" << int(AddressClassifier::Kind::Private);
        QTest::addRow("cgnat") << "100.64.0.1" << int(AddressClassifier::Kind::Private);
        QTest::addRow("ula") << "fd00::1" << int(AddressClassifier::Kind::Private);
        QTest::addRow("loopback") << "127.0.0.1" << int(AddressClassifier::Kind::Loopback);
        QTest::addRow("loopback v6") << "::1" << int(AddressClassifier::Kind::Loopback);
        QTest::addRow("sinkhole") << "0.0.0.0" << int(AddressClassifier::Kind::Sinkhole);
        QTest::addRow("sinkhole v6") << "::" << int(AddressClassifier::Kind::Sinkhole);
        QTest::addRow("mapped private") << "::ffff:10.0.0.1" << int(AddressClassifier::Kind::Private);
        QTest::addRow("link local") << "169.254.1.1" << int(AddressClassifier::Kind::LinkLocal);
    }

    void addressKinds()
    {
        QFETCH(QString, address);
        QTEST(int(AddressClassifier::classify(QHostAddress(address))), "kind");
    }

    void addressNote()
    {
        QVERIFY(AddressClassifier::note(
            {QHostAddress(QStringLiteral("10.0.0.1")), QHostAddress(QStringLiteral("13.107.42.14"))})
                    .isEmpty());
        QVERIFY(
            AddressClassifier::note({QHostAddress(QStringLiteral("10.0.0.1"))}).contains(QStringLiteral("private")));
        QVERIFY(
            AddressClassifier::note({QHostAddress(QStringLiteral("0.0.0.0"))}).contains(QStringLiteral("sinkhole")));
    }

    void clockSkewIsTheMedian()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<CheckResult> results;
        for (const int offset : {300, 302, -4000, 301}) {
            CheckResult r;
            r.probe = QStringLiteral("s%1.example").arg(offset);
            r.receivedAt = now;
            r.serverDate = now.addSecs(offset);
            results << r;
        }
        results << CheckResult {}; // no Date header
        const auto estimate = ClockSkewEstimator::estimate(results);
        QVERIFY(estimate);
        QVERIFY(std::abs(estimate->seconds - 301) < 1.01);
        QCOMPARE(estimate->servers.size(), 4);
        QVERIFY(!ClockSkewEstimator::estimate({CheckResult {}}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRunPlanner)
#include "tst_runplanner.moc"
