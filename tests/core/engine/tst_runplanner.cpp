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
