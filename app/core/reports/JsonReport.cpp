#include "JsonReport.h"

#include "Cloud.h"
#include "PhaseEnd.h"
#include "Protocol.h"
#include "ReportAllowlist.h"
#include "ReportContent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(ReportContent::isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue wpadJson(const std::optional<WpadDiscovery>& wpad)
{
    if (!wpad)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {QStringLiteral("method"), wpad->method},
        {QStringLiteral("asked"), strings(wpad->asked)},
        {QStringLiteral("found"), stringOrNull(wpad->found)},
        {QStringLiteral("url"), stringOrNull(wpad->url)},
        {QStringLiteral("error"), stringOrNull(wpad->error)},
    };
}

QJsonObject pacJson(const PacOutcome& pac)
{
    QJsonArray failedOver;
    for (const PacOutcome::Failover& failover : pac.failedOver)
        failedOver.append(
            QJsonObject {{QStringLiteral("route"), failover.route}, {QStringLiteral("error"), failover.error}});
    return QJsonObject {
        {QStringLiteral("returned"), pac.returned},
        {QStringLiteral("used"), stringOrNull(pac.used)},
        {QStringLiteral("failedOver"), failedOver},
    };
}

QJsonObject tlsJson(const TlsDetails& tls)
{
    return QJsonObject {
        {QStringLiteral("protocol"), tls.protocol},
        {QStringLiteral("cipher"), tls.cipher},
        {QStringLiteral("subject"), tls.subject},
        {QStringLiteral("issuer"), tls.issuer},
        {QStringLiteral("root"), tls.root},
        {QStringLiteral("rootSha256"), tls.rootSha256},
        {QStringLiteral("chain"), strings(tls.chain)},
        {QStringLiteral("ocspUrls"), strings(tls.ocspUrls)},
        {QStringLiteral("crlUrls"), strings(tls.crlUrls)},
    };
}

// Never a password: the schemes, the one used, and the name it was used as.
QJsonObject proxyAuthJson(const ProxyAuthInfo& auth)
{
    QJsonArray attempts;
    for (const ProxyAuthAttempt& attempt : auth.attempts) {
        attempts.append(QJsonObject {
            {QStringLiteral("scheme"), attempt.scheme},
            {QStringLiteral("outcome"), ProxyAuthAttempt::outcomeId(attempt.outcome)},
            {QStringLiteral("detail"), attempt.detail},
        });
    }
    return QJsonObject {
        {QStringLiteral("offered"), strings(auth.offered)},
        {QStringLiteral("used"), stringOrNull(auth.used)},
        {QStringLiteral("as"), stringOrNull(auth.as)},
        {QStringLiteral("turnedOff"), auth.turnedOff},
        {QStringLiteral("attempts"), attempts},
    };
}

QJsonObject checkJson(const CheckResult& check)
{
    QJsonArray phases;
    for (const PhaseResult& phase : check.phases) {
        phases.append(QJsonObject {
            {QStringLiteral("name"), phase.name},
            {QStringLiteral("ok"), phase.ok},
            {QStringLiteral("ms"), phase.ms},
            {QStringLiteral("error"), phase.error},
            {QStringLiteral("end"), PhaseEnds::id(phase.end)},
            {QStringLiteral("bytes"), phase.bytes >= 0 ? QJsonValue(phase.bytes) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonObject json {
        {QStringLiteral("id"), check.id},
        {QStringLiteral("endpointId"), check.endpointId},
        {QStringLiteral("host"), check.host},
        {QStringLiteral("probe"), check.probe},
        {QStringLiteral("port"), int(check.port)},
        {QStringLiteral("protocol"), Protocols::id(check.protocol)},
        {QStringLiteral("features"), strings(Features::ids(check.features))},
        {QStringLiteral("purpose"), check.purpose},
        {QStringLiteral("source"), check.source},
        {QStringLiteral("url"), stringOrNull(check.url)},
        {QStringLiteral("retired"), check.retired},
        {QStringLiteral("status"), CheckStatuses::id(check.status())},
        {QStringLiteral("diagnosis"), Diagnoses::code(check.diagnosis)},
        {QStringLiteral("diagnosisTitle"), Diagnoses::title(check.diagnosis)},
        {QStringLiteral("detail"), check.detail},
        {QStringLiteral("remedy"), check.remedy},
        {QStringLiteral("evidence"), strings(check.evidence)},
        {QStringLiteral("durationMs"), check.durationMs},
        {QStringLiteral("addresses"), strings(check.addresses)},
        {QStringLiteral("connectedAddress"), stringOrNull(check.connectedAddress)},
        {QStringLiteral("proxy"), stringOrNull(check.proxy)},
        {QStringLiteral("dnsNote"), stringOrNull(check.dnsNote)},
        {QStringLiteral("device"), stringOrNull(check.device)},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("tls"), check.tls ? QJsonValue(tlsJson(*check.tls)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pac"), check.pac ? QJsonValue(pacJson(*check.pac)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("httpStatus"), check.httpStatus > 0 ? QJsonValue(check.httpStatus) : QJsonValue()},
        {QStringLiteral("httpReason"), stringOrNull(check.httpReason)},
        {QStringLiteral("serverDate"), timeOrNull(check.serverDate)},
    };
    if (!check.proxyAuth.isEmpty())
        json.insert(QStringLiteral("proxyAuth"), proxyAuthJson(check.proxyAuth));
    return json;
}

QJsonArray actionsJson(const RunReport& report)
{
    QJsonArray actions;
    for (const ReportAction& action : ReportContent::actions(report)) {
        actions.append(QJsonObject {
            {QStringLiteral("status"), CheckStatuses::id(action.status)},
            {QStringLiteral("text"), action.text},
            {QStringLiteral("checks"), strings(action.checkIds)},
        });
    }
    return actions;
}

QJsonObject allowlistJson(const RunReport& report)
{
    QJsonArray groups;
    for (const ReportAllowlist::Group& group : ReportAllowlist::groups(report)) {
        QJsonArray ports;
        for (const quint16 port : group.ports)
            ports.append(int(port));
        groups.append(QJsonObject {
            {QStringLiteral("label"), group.label},
            {QStringLiteral("protocol"), group.protocol},
            {QStringLiteral("ports"), ports},
            {QStringLiteral("hosts"), strings(group.hosts)},
        });
    }
    return QJsonObject {
        {QStringLiteral("groups"), groups},
        {QStringLiteral("connectorAdvice"), ReportAllowlist::connectorAdvice()},
    };
}

QJsonArray componentProxiesJson(const ComponentProxies& proxies)
{
    QJsonArray array;
    for (const ComponentProxy& proxy : proxies.components) {
        QString address;
        if (proxy.route == ComponentProxy::Route::Proxy)
            address = proxy.proxy;
        else if (proxy.route == ComponentProxy::Route::Pac)
            address = proxy.pacUrl;
        array.append(QJsonObject {
            {QStringLiteral("component"), proxy.componentId()},
            {QStringLiteral("name"), proxy.componentName()},
            {QStringLiteral("account"), proxy.account()},
            {QStringLiteral("route"), proxy.routeId()},
            {QStringLiteral("proxy"), stringOrNull(address)},
            {QStringLiteral("source"), proxy.sourceId()},
            {QStringLiteral("sourceDetail"), stringOrNull(proxy.sourceDetail)},
            {QStringLiteral("useDefaultCredentials"), proxy.useDefaultCredentials},
            {QStringLiteral("problems"), strings(proxy.problems)},
        });
    }
    return array;
}

// Every member of the report but the checks, which a caller adds or streams.
QJsonObject reportWithoutChecks(const RunReport& report)
{
    const RunSettings& settings = report.settings;
    const RunEnvironment& env = report.environment;
    const RunSummary summary = report.summary();

    QJsonObject labels;
    for (const auto& [key, value] : settings.labels)
        labels.insert(key, value);
    QJsonArray relayNamespaces;
    for (const RelayNamespace& relay : settings.relayNamespaces)
        relayNamespaces.append(
            QJsonObject {{QStringLiteral("host"), relay.host}, {QStringLiteral("preview"), relay.preview}});

    return QJsonObject {
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("tool"),
            QJsonObject {{QStringLiteral("name"), report.toolName}, {QStringLiteral("version"), report.toolVersion}}},
        {QStringLiteral("language"), report.language},
        {QStringLiteral("startedAt"), timeOrNull(report.startedAt)},
        {QStringLiteral("finishedAt"), timeOrNull(report.finishedAt)},
        {QStringLiteral("startedAtLocal"), stringOrNull(ReportContent::isoLocal(report.startedAt))},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("selection"),
            QJsonObject {
                {QStringLiteral("cloud"), Clouds::id(settings.cloud)},
                {QStringLiteral("features"), strings(Features::ids(settings.features))},
                {QStringLiteral("catalogs"), strings(settings.catalogs)},
                {QStringLiteral("catalogDate"), stringOrNull(settings.catalogDate)},
                {QStringLiteral("timeoutSeconds"), settings.timeoutSeconds},
                {QStringLiteral("jobs"), settings.jobs},
                {QStringLiteral("checkChainRevocation"), settings.checkChainRevocation},
                {QStringLiteral("region"), stringOrNull(settings.region)},
                {QStringLiteral("relayNamespaces"), relayNamespaces},
            }},
        {QStringLiteral("environment"),
            QJsonObject {
                {QStringLiteral("hostname"), env.hostname},
                {QStringLiteral("os"), env.os},
                {QStringLiteral("user"), env.user},
                {QStringLiteral("proxyMode"),
                    settings.proxyMode.isEmpty() ? QStringLiteral("system") : settings.proxyMode},
                {QStringLiteral("proxy"), stringOrNull(settings.proxyUsed)},
                {QStringLiteral("pacUrl"), stringOrNull(settings.pacUrl)},
                {QStringLiteral("proxyAs"), settings.proxyAs.isEmpty() ? QStringLiteral("service") : settings.proxyAs},
                {QStringLiteral("componentProxiesRead"), settings.componentProxies.read},
                {QStringLiteral("componentProxies"), componentProxiesJson(settings.componentProxies)},
                {QStringLiteral("clockSkewSeconds"),
                    env.clockSkewSeconds ? QJsonValue(*env.clockSkewSeconds) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("clockServers"), strings(env.clockServers)},
                {QStringLiteral("dnsNotes"), strings(env.dnsNotes)},
                {QStringLiteral("ipv4Reachable"), env.ipv4Reachable},
                {QStringLiteral("ipv6Reachable"), env.ipv6Reachable},
                {QStringLiteral("ipv6Resolved"), env.ipv6Resolved},
                {QStringLiteral("wpad"), wpadJson(env.wpad)},
                {QStringLiteral("notes"), strings(ReportContent::environment(report))},
            }},
        {QStringLiteral("summary"),
            QJsonObject {
                {QStringLiteral("total"), summary.total},
                {QStringLiteral("passed"), summary.passed},
                {QStringLiteral("warnings"), summary.warnings},
                {QStringLiteral("failed"), summary.failed},
                {QStringLiteral("skipped"), summary.skipped},
                {QStringLiteral("ready"), summary.ready()},
                {QStringLiteral("verdict"), ReportContent::verdictId(summary)},
                {QStringLiteral("verdictText"), summary.verdictText()},
            }},
        {QStringLiteral("actions"), actionsJson(report)},
        {QStringLiteral("allowlist"), allowlistJson(report)},
    };
}

// One member of an indented top-level object, as QJsonDocument writes it: indented by four spaces, no comma.
QByteArray memberJson(const QString& key, const QJsonValue& value)
{
    const QByteArray object = QJsonDocument(QJsonObject {{key, value}}).toJson(QJsonDocument::Indented);
    return object.sliced(2, object.size() - 5); // drop "{\n" and "\n}\n"
}

// An element of the top-level "checks" array: a document of its own, shifted two levels to the right.
QByteArray checkElementJson(const CheckResult& check)
{
    const QByteArray document = QJsonDocument(checkJson(check)).toJson(QJsonDocument::Indented);
    QByteArray element;
    element.reserve(document.size() + 8 * document.count('\n'));
    qsizetype start = 0;
    while (start < document.size()) {
        const qsizetype end = document.indexOf('\n', start);
        if (start > 0)
            element += '\n';
        element += "        ";
        element += QByteArrayView(document).sliced(start, end - start);
        start = end + 1;
    }
    return element;
}
} // namespace

QJsonObject JsonReport::toJson(const RunReport& report)
{
    QJsonObject json = reportWithoutChecks(report);
    QJsonArray checks;
    for (const CheckResult& check : report.checks)
        checks.append(checkJson(check));
    json.insert(QStringLiteral("checks"), checks);
    return json;
}

bool JsonReport::write(const RunReport& report, const std::function<bool(const QByteArray&)>& sink)
{
    const QString checksKey = QStringLiteral("checks");
    QJsonObject json = reportWithoutChecks(report);
    // An empty array keeps the members in the order QJsonObject gives them; the checks are written in its place.
    json.insert(checksKey, QJsonArray());
    if (!sink("{\n"))
        return false;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it != json.constBegin() && !sink(",\n"))
            return false;
        if (it.key() != checksKey || report.checks.isEmpty()) {
            if (!sink(memberJson(it.key(), it.value())))
                return false;
            continue;
        }
        if (!sink("    \"checks\": [\n"))
            return false;
        for (qsizetype i = 0; i < report.checks.size(); ++i) {
            if ((i > 0 && !sink(",\n")) || !sink(checkElementJson(report.checks.at(i))))
                return false;
        }
        if (!sink("\n    ]"))
            return false;
    }
    return sink("\n}\n");
}
