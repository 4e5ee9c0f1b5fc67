#include "JsonReport.h"

#include "Cloud.h"
#include "IndentedJsonWriter.h"
#include "PhaseEnd.h"
#include "Protocol.h"
#include "ReportAllowlist.h"
#include "ReportContent.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

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

void writeTls(IndentedJsonWriter& json, const TlsDetails& tls)
{
    json.beginObject();
    json.name("chain"_L1);
    json.strings(tls.chain);
    json.name("cipher"_L1);
    json.string(tls.cipher);
    json.name("crlUrls"_L1);
    json.strings(tls.crlUrls);
    json.name("issuer"_L1);
    json.string(tls.issuer);
    json.name("ocspUrls"_L1);
    json.strings(tls.ocspUrls);
    json.name("protocol"_L1);
    json.string(tls.protocol);
    json.name("root"_L1);
    json.string(tls.root);
    json.name("rootSha256"_L1);
    json.string(tls.rootSha256);
    json.name("subject"_L1);
    json.string(tls.subject);
    json.endObject();
}

void writePac(IndentedJsonWriter& json, const PacOutcome& pac)
{
    json.beginObject();
    json.name("failedOver"_L1);
    json.beginArray();
    for (const PacOutcome::Failover& failover : pac.failedOver) {
        json.beginObject();
        json.name("error"_L1);
        json.string(failover.error);
        json.name("route"_L1);
        json.string(failover.route);
        json.endObject();
    }
    json.endArray();
    json.name("returned"_L1);
    json.string(pac.returned);
    json.name("used"_L1);
    json.stringOrNull(pac.used);
    json.endObject();
}

// Never a password: the schemes, the one used, and the name it was used as.
void writeProxyAuth(IndentedJsonWriter& json, const ProxyAuthInfo& auth)
{
    json.beginObject();
    json.name("as"_L1);
    json.stringOrNull(auth.as);
    json.name("attempts"_L1);
    json.beginArray();
    for (const ProxyAuthAttempt& attempt : auth.attempts) {
        json.beginObject();
        json.name("detail"_L1);
        json.string(attempt.detail);
        json.name("outcome"_L1);
        json.string(ProxyAuthAttempt::outcomeId(attempt.outcome));
        json.name("scheme"_L1);
        json.string(attempt.scheme);
        json.endObject();
    }
    json.endArray();
    json.name("offered"_L1);
    json.strings(auth.offered);
    json.name("turnedOff"_L1);
    json.boolean(auth.turnedOff);
    json.name("used"_L1);
    json.stringOrNull(auth.used);
    json.endObject();
}

void writePhases(IndentedJsonWriter& json, const QList<PhaseResult>& phases)
{
    json.beginArray();
    for (const PhaseResult& phase : phases) {
        json.beginObject();
        json.name("bytes"_L1);
        if (phase.bytes >= 0)
            json.integer(phase.bytes);
        else
            json.null();
        json.name("end"_L1);
        json.string(PhaseEnds::id(phase.end));
        json.name("error"_L1);
        json.string(phase.error);
        json.name("ms"_L1);
        json.integer(phase.ms);
        json.name("name"_L1);
        json.string(phase.name);
        json.name("ok"_L1);
        json.boolean(phase.ok);
        json.endObject();
    }
    json.endArray();
}

// One check, its members sorted by name as QJsonDocument sorts them (the report's layout is byte for byte
// that of QJsonDocument::Indented: tst_jsonreport compares them).
void writeCheck(IndentedJsonWriter& json, const CheckResult& check)
{
    json.beginObject();
    json.name("addresses"_L1);
    json.strings(check.addresses);
    json.name("connectedAddress"_L1);
    json.stringOrNull(check.connectedAddress);
    json.name("detail"_L1);
    json.string(check.detail);
    json.name("device"_L1);
    json.stringOrNull(check.device);
    json.name("diagnosis"_L1);
    json.string(Diagnoses::code(check.diagnosis));
    json.name("diagnosisTitle"_L1);
    json.string(Diagnoses::title(check.diagnosis));
    json.name("dnsNote"_L1);
    json.stringOrNull(check.dnsNote);
    json.name("durationMs"_L1);
    json.integer(check.durationMs);
    json.name("endpointId"_L1);
    json.string(check.endpointId);
    json.name("evidence"_L1);
    json.strings(check.evidence);
    json.name("features"_L1);
    json.strings(Features::ids(check.features));
    json.name("host"_L1);
    json.string(check.host);
    json.name("httpReason"_L1);
    json.stringOrNull(check.httpReason);
    json.name("httpStatus"_L1);
    if (check.httpStatus > 0)
        json.integer(check.httpStatus);
    else
        json.null();
    json.name("id"_L1);
    json.string(check.id);
    json.name("pac"_L1);
    if (check.pac)
        writePac(json, *check.pac);
    else
        json.null();
    json.name("phases"_L1);
    writePhases(json, check.phases);
    json.name("port"_L1);
    json.integer(check.port);
    json.name("probe"_L1);
    json.string(check.probe);
    json.name("protocol"_L1);
    json.string(Protocols::id(check.protocol));
    json.name("proxy"_L1);
    json.stringOrNull(check.proxy);
    if (!check.proxyAuth.isEmpty()) {
        json.name("proxyAuth"_L1);
        writeProxyAuth(json, check.proxyAuth);
    }
    json.name("purpose"_L1);
    json.string(check.purpose);
    json.name("remedy"_L1);
    json.string(check.remedy);
    json.name("retired"_L1);
    json.boolean(check.retired);
    json.name("serverDate"_L1);
    if (check.serverDate.isValid())
        json.string(ReportContent::isoUtc(check.serverDate));
    else
        json.null();
    json.name("source"_L1);
    json.string(check.source);
    json.name("status"_L1);
    json.string(CheckStatuses::id(check.status()));
    json.name("tls"_L1);
    if (check.tls)
        writeTls(json, *check.tls);
    else
        json.null();
    json.name("url"_L1);
    json.stringOrNull(check.url);
    json.endObject();
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

// An element of the top-level "checks" array, two levels in.
QByteArray checkElementJson(const CheckResult& check)
{
    QByteArray element("        ");
    element.reserve(4096);
    IndentedJsonWriter json(element, 2);
    writeCheck(json, check);
    return element;
}
} // namespace

QJsonObject JsonReport::toJson(const RunReport& report)
{
    QByteArray text;
    write(report, [&text](const QByteArray& piece) {
        text += piece;
        return true;
    });
    return QJsonDocument::fromJson(text).object();
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
