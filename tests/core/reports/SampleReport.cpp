#include "SampleReport.h"

// The addresses below are documentation addresses (RFC 5737/3849) written into a made-up report as text;
// no test connects to them.

namespace {
QDateTime at(int minute, int second)
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, minute, second), Qt::UTC);
}

RunReport base()
{
    RunReport report;
    report.startedAt = at(30, 0);
    report.finishedAt = at(30, 12);
    report.settings.cloud = Cloud::Public;
    report.settings.features = {Feature::CloudFlows, Feature::Desktop};
    report.settings.proxyMode = QStringLiteral("manual");
    report.settings.proxyUsed = QStringLiteral("http://proxy.corp.example:3128");
    report.settings.catalogs = {QStringLiteral("built-in"), QStringLiteral("/etc/netready/extra-hosts.json")};
    report.settings.catalogDate = QStringLiteral("2026-11-01");
    report.settings.timeoutSeconds = 10;
    report.settings.jobs = 16;
    report.environment.hostname = QStringLiteral("helpdesk-pc-17");
    report.environment.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    report.environment.user = QStringLiteral("alice");
    report.environment.clockSkewSeconds = 3.5;
    report.environment.clockServers = {QStringLiteral("login.microsoftonline.com")};
    report.environment.dnsNotes = {QStringLiteral("blocked.example.com resolves only to 0.0.0.0 (sinkhole)")};
    report.environment.ipv4Reachable = true;
    report.environment.ipv6Resolved = true;
    return report;
}

Endpoint endpoint(const QString& id, const QString& host, quint16 port, Protocol protocol, QList<Feature> features)
{
    Endpoint e;
    e.id = id;
    e.host = host;
    e.ports = {port};
    e.protocol = protocol;
    e.clouds = {Cloud::Public};
    e.features = features;
    e.purpose = QStringLiteral("Purpose of %1").arg(id);
    return e;
}

CheckResult check(const Endpoint& e, const QString& probe, Diagnosis diagnosis)
{
    CheckResult c;
    c.id = e.id + QLatin1Char(':') + QString::number(e.ports.value(0));
    c.endpointId = e.id;
    c.host = e.host;
    c.probe = probe;
    c.port = e.ports.value(0);
    c.protocol = e.protocol;
    c.features = e.features;
    c.purpose = e.purpose;
    c.source = QStringLiteral("https://learn.microsoft.com/power-automate/ip-address-configuration");
    c.diagnosis = diagnosis;
    c.durationMs = 120;
    c.proxy = QStringLiteral("http://proxy.corp.example:3128");
    c.addresses = {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")};
    return c;
}

PhaseResult phase(const char* name, bool ok, qint64 ms, const QString& error = {})
{
    return PhaseResult {QString::fromLatin1(name), ok, ms, error};
}
} // namespace

RunReport SampleReport::mixed()
{
    RunReport report = base();
    const QList<Feature> both = {Feature::CloudFlows, Feature::Desktop};

    const Endpoint login = endpoint(
        QStringLiteral("aad-login"), QStringLiteral("login.microsoftonline.com"), 443, Protocol::Https, both);
    CheckResult pass = check(login, login.host, Diagnosis::Ok);
    pass.connectedAddress = QStringLiteral("proxy.corp.example:3128");
    pass.phases = {phase("proxy", true, 4), phase("tls", true, 35), phase("http", true, 40)};
    TlsDetails trusted;
    trusted.protocol = QStringLiteral("TLSv1.3");
    trusted.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    trusted.subject = QStringLiteral("CN=login.microsoftonline.com");
    trusted.issuer = QStringLiteral("CN=Microsoft Azure RSA TLS Issuing CA 03");
    trusted.root = QStringLiteral("CN=DigiCert Global Root G2");
    trusted.rootSha256 = QStringLiteral("8d4f82a4df3c24f9bfd666761b268073fe06d1cc8d4f82a4df3c24f9bfd66676");
    trusted.chain = {trusted.subject, trusted.issuer, trusted.root};
    trusted.ocspUrls = {QStringLiteral("http://oneocsp.microsoft.com/ocsp")};
    trusted.crlUrls = {QStringLiteral("http://www.microsoft.com/pkiops/crl/issuing-ca-03.crl")};
    pass.tls = trusted;
    pass.httpStatus = 200;
    pass.httpReason = QStringLiteral("OK");
    pass.serverDate = at(30, 4);

    const Endpoint portal = endpoint(QStringLiteral("flow-portal"), QStringLiteral("make.powerautomate.com"), 443,
        Protocol::Https, {Feature::CloudFlows});
    CheckResult warn = check(portal, portal.host, Diagnosis::TlsIntercepted);
    warn.detail = QStringLiteral("The certificate chains to Corp Inspection CA, not to a root Microsoft uses.");
    warn.remedy = QStringLiteral("Exclude make.powerautomate.com from TLS inspection on the proxy.");
    TlsDetails inspected;
    inspected.protocol = QStringLiteral("TLSv1.2");
    inspected.cipher = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    inspected.subject = QStringLiteral("CN=make.powerautomate.com");
    inspected.issuer = QStringLiteral("CN=Corp Inspection CA");
    inspected.root = inspected.issuer;
    inspected.chain = {inspected.subject, inspected.issuer};
    warn.tls = inspected;

    const Endpoint relay = endpoint(QStringLiteral("servicebus-relay"), QStringLiteral("*.servicebus.windows.net"),
        9350, Protocol::Tcp, {Feature::Desktop});
    CheckResult timeout = check(relay, QStringLiteral("contoso-relay.servicebus.windows.net"), Diagnosis::TcpTimeout);
    timeout.detail = QStringLiteral("No answer from 192.0.2.10 within 10 s.");
    timeout.remedy = QStringLiteral("Allow outbound TCP 9350 to *.servicebus.windows.net on the firewall.");
    timeout.proxy.clear();
    timeout.durationMs = 10000;
    timeout.phases = {phase("dns", true, 3), phase("tcp", false, 10000, QStringLiteral("timed out"))};

    const Endpoint api = endpoint(QStringLiteral("flow-api"), QStringLiteral("api.flow.microsoft.com"), 443,
        Protocol::Https, {Feature::CloudFlows});
    CheckResult auth = check(api, api.host, Diagnosis::ProxyAuthRequired);
    auth.detail = QStringLiteral("The proxy answered 407 Proxy Authentication Required.");
    auth.remedy
        = QStringLiteral("The proxy requires authentication: configure it for the account that runs the service.");
    auth.httpStatus = 407;
    auth.httpReason = QStringLiteral("Proxy Authentication Required");
    auth.evidence = {QStringLiteral("Proxy-Authenticate: Basic realm=\"corp\"")};
    auth.phases = {phase("proxy", false, 6, QStringLiteral("407 Proxy Authentication Required")),
        phase("proxy-auth", false, 30, QStringLiteral("no scheme succeeded"))};
    auth.proxyAuth.offered = {QStringLiteral("Negotiate"), QStringLiteral("Basic")};
    auth.proxyAuth.attempts
        = {{QStringLiteral("Negotiate"), ProxyAuthAttempt::Outcome::NoTicket, QStringLiteral("not tried: no ticket")},
            {QStringLiteral("Basic"), ProxyAuthAttempt::Outcome::Rejected, QStringLiteral("the proxy rejected alice")}};

    Endpoint dataverse = endpoint(
        QStringLiteral("dataverse"), QStringLiteral("*.crm.dynamics.com"), 443, Protocol::Https, {Feature::CloudFlows});
    dataverse.probe = QStringLiteral("{dataverse}");
    CheckResult input = check(dataverse, dataverse.probe, Diagnosis::NeedsInput);
    input.detail = QStringLiteral("Needs the address of your Dataverse environment.");
    input.remedy = QStringLiteral("Enter your Dataverse URL (e.g. contoso.crm.dynamics.com) and run again.");
    input.addresses.clear();
    input.durationMs = 0;

    Endpoint crl = endpoint(
        QStringLiteral("crl-mscorp"), QStringLiteral("mscrl.microsoft.com"), 80, Protocol::Crl, {Feature::Desktop});
    crl.retired = true;
    crl.url = QStringLiteral("http://mscrl.microsoft.com/pki/mscorp/crl/msitwww2.crl");
    CheckResult retired = check(crl, crl.host, Diagnosis::Ok);
    retired.retired = true;
    retired.url = crl.url;

    const Endpoint hostile = endpoint(QStringLiteral("custom-host"), QStringLiteral("intranet-gw.corp.example"), 8443,
        Protocol::Https, {Feature::CloudFlows});
    CheckResult bad = check(hostile, hostile.host, Diagnosis::HttpFailed);
    bad.purpose = hostilePurpose;
    bad.detail = hostileDetail;
    bad.remedy = QStringLiteral("Ask the owner of <intranet-gw> & \"friends\" to answer HTTP.");
    bad.evidence = {QStringLiteral("Server said: </li></ul><script>alert(3)</script>")};

    const Endpoint wrap
        = endpoint(QStringLiteral("environment-api"), longHost, 443, Protocol::Https, {Feature::CloudFlows});
    CheckResult refused = check(wrap, wrap.host, Diagnosis::TcpRefused);
    refused.detail = QStringLiteral("192.0.2.44 refused the connection.");
    refused.remedy = QStringLiteral("Allow HTTPS 443 to %1.").arg(longHost);

    CheckResult clock;
    clock.id = QStringLiteral("clock");
    clock.host = QStringLiteral("login.microsoftonline.com");
    clock.probe = clock.host;
    clock.protocol = Protocol::Clock;
    clock.diagnosis = Diagnosis::ClockSkew;
    clock.detail = QStringLiteral("The local clock is 185 s behind login.microsoftonline.com.");
    clock.remedy = QStringLiteral("Synchronise the clock with a time server; sign-in fails from 5 minutes.");

    report.endpoints = {login, portal, relay, api, dataverse, crl, hostile, wrap};
    report.checks = {pass, warn, timeout, auth, input, retired, bad, refused, clock};
    report.environment.clockSkewSeconds = 185.0;
    return report;
}

RunReport SampleReport::allPassed()
{
    RunReport report = base();
    const Endpoint login = endpoint(QStringLiteral("aad-login"), QStringLiteral("login.microsoftonline.com"), 443,
        Protocol::Https, {Feature::CloudFlows});
    report.endpoints = {login};
    report.checks = {check(login, login.host, Diagnosis::Ok)};
    return report;
}

RunReport SampleReport::large(int count)
{
    RunReport report = base();
    const Diagnosis cycle[]
        = {Diagnosis::Ok, Diagnosis::TcpTimeout, Diagnosis::TlsIntercepted, Diagnosis::Ok, Diagnosis::NeedsInput};
    for (int i = 0; i < count; ++i) {
        const Endpoint e = endpoint(QStringLiteral("host-%1").arg(i),
            QStringLiteral("host-%1.region-%2.example.com").arg(i).arg(i % 7), 443, Protocol::Https,
            {i % 2 ? Feature::CloudFlows : Feature::Desktop});
        CheckResult c = check(e, e.host, cycle[i % 5]);
        c.detail = QStringLiteral("Detail of check %1.").arg(i);
        if (c.status() != CheckStatus::Pass)
            c.remedy = QStringLiteral("Remedy for check %1.").arg(i);
        report.endpoints << e;
        report.checks << c;
    }
    return report;
}

RunReport SampleReport::withPurpose(const QString& purpose)
{
    RunReport report = allPassed();
    report.checks[0].purpose = purpose;
    return report;
}

RunReport SampleReport::withRegion()
{
    RunReport report = base();
    report.settings.features = {Feature::Desktop};
    report.settings.region = QStringLiteral("Europe");
    report.settings.relayNamespaces = {{relayHost, false}, {previewRelayHost, true}};
    const Endpoint https = endpoint(QStringLiteral("public-desktop-servicebus-relay"),
        QStringLiteral("*.servicebus.windows.net"), 443, Protocol::Https, {Feature::Desktop});
    const Endpoint wss = endpoint(QStringLiteral("public-desktop-servicebus-relay-websocket"),
        QStringLiteral("*.servicebus.windows.net"), 443, Protocol::Wss, {Feature::Desktop});
    report.endpoints = {https, wss};
    for (const RelayNamespace& relay : std::as_const(report.settings.relayNamespaces)) {
        for (const Endpoint& e : {https, wss}) {
            CheckResult c = check(e, relay.host, Diagnosis::Ok);
            c.id = e.id + QLatin1Char('@') + relay.host;
            if (relay.preview && e.protocol == Protocol::Wss) {
                c.diagnosis = Diagnosis::WebSocketBlocked;
                c.detail = QStringLiteral("the proxy answered the upgrade with 400 (a preview namespace of the Europe "
                                          "region)");
            }
            report.checks << c;
        }
    }
    return report;
}
