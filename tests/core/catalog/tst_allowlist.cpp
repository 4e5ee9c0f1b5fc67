#include "catalog/Allowlist.h"

#include <QTest>

// The firewall view of a selection: one group per protocol and port set, hosts sorted and unique.
class TestAllowlist final : public QObject
{
    Q_OBJECT

private:
    static Endpoint endpoint(const QString& host, Protocol protocol, const QList<quint16>& ports)
    {
        Endpoint result;
        result.id = host;
        result.host = host;
        result.protocol = protocol;
        result.ports = ports;
        return result;
    }

private slots:
    void groupsByProtocolAndPorts()
    {
        const QList<AllowlistGroup> groups = Allowlist::build({
            endpoint("crl3.digicert.com", Protocol::Crl, {80}),
            endpoint("*.servicebus.windows.net", Protocol::Tcp, {9354, 9350, 9351, 9352, 9353}),
            endpoint("login.live.com", Protocol::Https, {443}),
            endpoint("ocsp.digicert.com", Protocol::Ocsp, {80}),
            endpoint("*.servicebus.windows.net", Protocol::Wss, {443}),
            endpoint("*.azure-apim.net", Protocol::Https, {443}),
            endpoint("Login.Live.com", Protocol::Https, {443}),
            endpoint("*.servicebus.windows.net", Protocol::Tcp, {5671, 5672}),
            endpoint("www.msftncsi.com", Protocol::Http, {80}),
        });
        QCOMPARE(groups.size(), 6);
        QCOMPARE(Allowlist::groupLabel(groups.at(0)), "HTTPS (TCP 443)");
        QCOMPARE(groups.at(0).hosts, (QStringList {"*.azure-apim.net", "login.live.com"}));
        QCOMPARE(Allowlist::groupLabel(groups.at(1)), "HTTPS with WebSocket upgrade (TCP 443)");
        QCOMPARE(Allowlist::groupLabel(groups.at(2)), "TCP 5671-5672");
        QCOMPARE(Allowlist::groupLabel(groups.at(3)), "TCP 9350-9354");
        QCOMPARE(groups.at(3).ports, (QList<quint16> {9350, 9351, 9352, 9353, 9354}));
        QCOMPARE(Allowlist::groupLabel(groups.at(4)), "HTTP (TCP 80)");
        QCOMPARE(Allowlist::groupLabel(groups.at(5)), "HTTP 80 (certificate revocation)");
        QCOMPARE(groups.at(5).hosts, (QStringList {"crl3.digicert.com", "ocsp.digicert.com"}));
    }

    void groupOfAnEndpoint()
    {
        const AllowlistGroup ocsp = Allowlist::groupOf(endpoint("ocsp.digicert.com", Protocol::Ocsp, {80}));
        QCOMPARE(ocsp.protocol, Protocol::Crl);
        QCOMPARE(Allowlist::groupLabel(ocsp), "HTTP 80 (certificate revocation)");
        const AllowlistGroup relay
            = Allowlist::groupOf(endpoint("*.servicebus.windows.net", Protocol::Tcp, {5672, 5671}));
        QCOMPARE(relay.ports, (QList<quint16> {5671, 5672}));
        QVERIFY(relay.hosts.isEmpty());
    }

    void emptySelection() { QVERIFY(Allowlist::build({}).isEmpty()); }

    void portRanges_data()
    {
        QTest::addColumn<QList<quint16>>("ports");
        QTest::addColumn<QString>("text");
        QTest::addRow("single") << QList<quint16> {443} << "443";
        QTest::addRow("pair") << QList<quint16> {5672, 5671} << "5671-5672";
        QTest::addRow("gaps") << QList<quint16> {8081, 80, 8080, 443} << "80, 443, 8080-8081";
        QTest::addRow("none") << QList<quint16> {} << "";
    }

    void portRanges()
    {
        QFETCH(QList<quint16>, ports);
        QFETCH(QString, text);
        QCOMPARE(Allowlist::portRanges(ports), text);
    }

    void connectorAdviceNamesTheServiceTags()
    {
        const QString advice = Allowlist::connectorAdvice();
        for (const char* tag : {"AzureConnectors", "LogicApps", "PowerPlatformPlex", "PowerPlatformInfra"})
            QVERIFY2(advice.contains(QLatin1String(tag)), tag);
    }
};

QTEST_GUILESS_MAIN(TestAllowlist)
#include "tst_allowlist.moc"
