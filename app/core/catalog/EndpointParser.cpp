#include "EndpointParser.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>

namespace {
constexpr qsizetype kMaxPorts = 64;
constexpr qsizetype kMaxIdLength = 100;

const QStringList& allowedKeys()
{
    static const QStringList keys = {QStringLiteral("id"), QStringLiteral("host"), QStringLiteral("probe"),
        QStringLiteral("port"), QStringLiteral("ports"), QStringLiteral("protocol"), QStringLiteral("clouds"),
        QStringLiteral("features"), QStringLiteral("purpose"), QStringLiteral("source"), QStringLiteral("url"),
        QStringLiteral("certificate"), QStringLiteral("issuerCertificate"), QStringLiteral("status")};
    return keys;
}

bool isRevocation(Protocol protocol)
{
    return protocol == Protocol::Crl || protocol == Protocol::Ocsp;
}

QString protocolIds()
{
    QStringList ids;
    for (const Protocol p :
        {Protocol::Https, Protocol::Http, Protocol::Tcp, Protocol::Wss, Protocol::Crl, Protocol::Ocsp})
        ids << Protocols::id(p);
    return ids.join(QStringLiteral(", "));
}
} // namespace

bool EndpointParser::isHostName(const QString& text)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    return std::all_of(
        labels.cbegin(), labels.cend(), [](const QString& part) { return label.match(part).hasMatch(); });
}

bool EndpointParser::isWildcardHost(const QString& text)
{
    if (!text.startsWith(QLatin1String("*.")))
        return false;
    const QString base = text.mid(2);
    return base.contains(QLatin1Char('.')) && isHostName(base);
}

bool EndpointParser::isPlaceholder(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\{[a-z0-9][a-z0-9-]*\\}$"));
    return pattern.match(text).hasMatch();
}

// "*.x" matches hosts below x only: many firewalls do not match x itself to "*.x", so the apex proves nothing.
bool EndpointParser::isUnder(const QString& host, const QString& wildcard)
{
    return host.toLower().endsWith(QLatin1Char('.') + wildcard.mid(2).toLower());
}

std::optional<Endpoint> EndpointParser::parse(const QJsonValue& value, const QString& path, QString* problem)
{
    if (!value.isObject()) {
        *problem = JsonFields::problem(path, tr("%1 is not an object").arg(JsonFields::describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Endpoint endpoint;
    if (!JsonFields::checkKeys(object, allowedKeys(), path, problem) || !readId(object, path, &endpoint, problem)
        || !readHostAndProbe(object, path, &endpoint, problem) || !readPorts(object, path, &endpoint, problem)
        || !readProtocol(object, path, &endpoint, problem) || !readClouds(object, path, &endpoint, problem)
        || !readFeatures(object, path, &endpoint, problem)
        || !JsonFields::readString(object, QStringLiteral("purpose"), path, false, &endpoint.purpose, problem)
        || !JsonFields::readString(object, QStringLiteral("source"), path, false, &endpoint.source, problem)
        || !readRevocation(object, path, &endpoint, problem) || !readStatus(object, path, &endpoint, problem))
        return std::nullopt;
    return endpoint;
}

bool EndpointParser::readId(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!JsonFields::readString(object, QStringLiteral("id"), path, true, &endpoint->id, problem))
        return false;
    if (!pattern.match(endpoint->id).hasMatch() || endpoint->id.size() > kMaxIdLength) {
        *problem = JsonFields::problem(JsonFields::member(path, QStringLiteral("id")),
            tr("'%1' is not an id (up to 100 letters, digits, '.', '-' and '_', starting with a letter or digit)")
                .arg(endpoint->id));
        return false;
    }
    return true;
}

bool EndpointParser::readHostAndProbe(
    const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    const QString hostPath = JsonFields::member(path, QStringLiteral("host"));
    const QString probePath = JsonFields::member(path, QStringLiteral("probe"));
    if (!JsonFields::readString(object, QStringLiteral("host"), path, true, &endpoint->host, problem)
        || !JsonFields::readString(object, QStringLiteral("probe"), path, false, &endpoint->probe, problem))
        return false;
    const bool wildcard = endpoint->host.startsWith(QLatin1Char('*'));
    if (wildcard ? !isWildcardHost(endpoint->host) : !isHostName(endpoint->host)) {
        *problem = JsonFields::problem(hostPath,
            tr("'%1' is not a host name (a wildcard is allowed only as a leading '*.' before a domain)")
                .arg(endpoint->host));
        return false;
    }
    if (endpoint->probe.isEmpty()) {
        if (!wildcard)
            return true;
        *problem = JsonFields::problem(probePath,
            tr("required for the wildcard host '%1': give a concrete host under it, or a placeholder "
               "such as {dataverse} that the user fills in")
                .arg(endpoint->host));
        return false;
    }
    if (isPlaceholder(endpoint->probe))
        return true;
    if (endpoint->probe.startsWith(QLatin1Char('{')) || !isHostName(endpoint->probe)) {
        *problem = JsonFields::problem(probePath,
            tr("'%1' is neither a host name nor a placeholder such as {servicebus-namespace}").arg(endpoint->probe));
        return false;
    }
    if (wildcard && endpoint->probe.compare(endpoint->host.mid(2), Qt::CaseInsensitive) == 0) {
        *problem = JsonFields::problem(probePath,
            tr("'%1' is the apex of '%2', not a host under it (a firewall may allow one and not the other; "
               "give a host below it, or list the apex as an endpoint of its own)")
                .arg(endpoint->probe, endpoint->host));
        return false;
    }
    if (wildcard && !isUnder(endpoint->probe, endpoint->host)) {
        *problem
            = JsonFields::problem(probePath, tr("'%1' is not a host under '%2'").arg(endpoint->probe, endpoint->host));
        return false;
    }
    if (!wildcard && endpoint->probe.compare(endpoint->host, Qt::CaseInsensitive) != 0) {
        *problem = JsonFields::problem(probePath,
            tr("'%1' differs from the host '%2' (a concrete host is tested as itself)")
                .arg(endpoint->probe, endpoint->host));
        return false;
    }
    return true;
}

bool EndpointParser::readPorts(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    const bool hasPort = object.contains(QStringLiteral("port"));
    const bool hasPorts = object.contains(QStringLiteral("ports"));
    if (hasPort && hasPorts) {
        *problem = JsonFields::problem(path, tr("give either port or ports, not both"));
        return false;
    }
    const QString what = tr("a port");
    if (!hasPorts) {
        const QString portPath = JsonFields::member(path, QStringLiteral("port"));
        if (!hasPort) {
            *problem = JsonFields::problem(portPath, tr("required field is missing (or give ports)"));
            return false;
        }
        int port = 0;
        if (!JsonFields::readInteger(object.value(QStringLiteral("port")), portPath, 1, 65535, &port, what, problem))
            return false;
        endpoint->ports = {static_cast<quint16>(port)};
        return true;
    }
    const QString portsPath = JsonFields::member(path, QStringLiteral("ports"));
    QJsonArray array;
    if (!JsonFields::readArray(object, QStringLiteral("ports"), path, &array, problem))
        return false;
    if (array.size() > kMaxPorts) {
        *problem = JsonFields::problem(portsPath, tr("lists %1 ports (at most %2)").arg(array.size()).arg(kMaxPorts));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        int port = 0;
        const QString where = JsonFields::element(portsPath, i);
        if (!JsonFields::readInteger(array.at(i), where, 1, 65535, &port, what, problem))
            return false;
        if (endpoint->ports.contains(static_cast<quint16>(port))) {
            *problem = JsonFields::problem(where, tr("port %1 is listed twice").arg(port));
            return false;
        }
        endpoint->ports << static_cast<quint16>(port);
    }
    return true;
}

bool EndpointParser::readProtocol(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    QString text;
    if (!JsonFields::readString(object, QStringLiteral("protocol"), path, true, &text, problem))
        return false;
    const auto protocol = Protocols::fromId(text);
    if (!protocol) {
        *problem = JsonFields::problem(JsonFields::member(path, QStringLiteral("protocol")),
            tr("unknown protocol '%1' (expected one of: %2)").arg(text, protocolIds()));
        return false;
    }
    endpoint->protocol = *protocol;
    return true;
}

bool EndpointParser::readClouds(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    QJsonArray array;
    if (!JsonFields::readArray(object, QStringLiteral("clouds"), path, &array, problem))
        return false;
    const QString arrayPath = JsonFields::member(path, QStringLiteral("clouds"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const auto cloud = Clouds::fromId(value.toString());
        if (!value.isString() || !cloud) {
            *problem = JsonFields::problem(JsonFields::element(arrayPath, i),
                tr("unknown cloud %1 (expected one of: %2)")
                    .arg(JsonFields::describe(value), Clouds::ids().join(QStringLiteral(", "))));
            return false;
        }
        if (!endpoint->clouds.contains(*cloud))
            endpoint->clouds << *cloud;
    }
    return true;
}

bool EndpointParser::readFeatures(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    QJsonArray array;
    if (!JsonFields::readArray(object, QStringLiteral("features"), path, &array, problem))
        return false;
    const QString arrayPath = JsonFields::member(path, QStringLiteral("features"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const auto feature = Features::fromId(value.toString());
        if (!value.isString() || !feature) {
            *problem = JsonFields::problem(JsonFields::element(arrayPath, i),
                tr("unknown feature %1 (expected one of: %2)")
                    .arg(JsonFields::describe(value), Features::ids(Features::all()).join(QStringLiteral(", "))));
            return false;
        }
        if (!endpoint->features.contains(*feature))
            endpoint->features << *feature;
    }
    return true;
}

bool EndpointParser::readRevocation(
    const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    const QString urlPath = JsonFields::member(path, QStringLiteral("url"));
    const bool revocation = isRevocation(endpoint->protocol);
    for (const QString& key : {QStringLiteral("url"), QStringLiteral("issuerCertificate")}) {
        if (!revocation && object.contains(key)) {
            *problem
                = JsonFields::problem(JsonFields::member(path, key), tr("only crl and ocsp endpoints take this field"));
            return false;
        }
    }
    if (object.contains(QStringLiteral("certificate")) && endpoint->protocol != Protocol::Ocsp) {
        *problem = JsonFields::problem(
            JsonFields::member(path, QStringLiteral("certificate")), tr("only ocsp endpoints take this field"));
        return false;
    }
    if (!revocation)
        return true;

    if (!object.contains(QStringLiteral("url"))) {
        *problem = JsonFields::problem(urlPath,
            tr("required for protocol %1 (the %2)")
                .arg(Protocols::id(endpoint->protocol),
                    endpoint->protocol == Protocol::Crl ? tr("CRL to download") : tr("OCSP responder")));
        return false;
    }
    if (!JsonFields::readString(object, QStringLiteral("url"), path, true, &endpoint->url, problem))
        return false;
    const QUrl url(endpoint->url, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        *problem = JsonFields::problem(
            urlPath, tr("'%1' is not an http:// URL (revocation is checked over plain HTTP)").arg(endpoint->url));
        return false;
    }
    const QString target = endpoint->isWildcard() ? endpoint->host : endpoint->probeHost();
    const bool hostMatches
        = endpoint->isWildcard() ? isUnder(url.host(), target) : url.host().compare(target, Qt::CaseInsensitive) == 0;
    if (!hostMatches) {
        *problem = JsonFields::problem(
            urlPath, tr("the URL's host '%1' is not the endpoint's host '%2'").arg(url.host(), endpoint->host));
        return false;
    }
    const int urlPort = url.port(80);
    if (!endpoint->ports.contains(static_cast<quint16>(urlPort))) {
        *problem = JsonFields::problem(urlPath, tr("the URL's port %1 is not among the endpoint's ports").arg(urlPort));
        return false;
    }
    if (!readCertificate(object, QStringLiteral("certificate"), path, &endpoint->certificatePem, problem)
        || !readCertificate(
            object, QStringLiteral("issuerCertificate"), path, &endpoint->issuerCertificatePem, problem))
        return false;
    if (!endpoint->certificatePem.isEmpty() && endpoint->issuerCertificatePem.isEmpty()) {
        *problem = JsonFields::problem(JsonFields::member(path, QStringLiteral("issuerCertificate")),
            tr("required with certificate (an OCSP request names the issuer)"));
        return false;
    }
    return true;
}

bool EndpointParser::readCertificate(
    const QJsonObject& object, const QString& key, const QString& path, QString* pem, QString* problem)
{
    if (!JsonFields::readString(object, key, path, false, pem, problem))
        return false;
    if (pem->isEmpty())
        return true;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem->toLatin1(), QSsl::Pem);
    if (certificates.size() != 1 || certificates.constFirst().isNull()) {
        *problem = JsonFields::problem(JsonFields::member(path, key),
            certificates.size() > 1 ? tr("holds %n certificates; give exactly one", nullptr, int(certificates.size()))
                                    : tr("not a PEM certificate (-----BEGIN CERTIFICATE----- ...)"));
        return false;
    }
    return true;
}

bool EndpointParser::readStatus(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem)
{
    QString status = QStringLiteral("current");
    if (!JsonFields::readString(object, QStringLiteral("status"), path, false, &status, problem))
        return false;
    if (status != QLatin1String("current") && status != QLatin1String("retired")) {
        *problem = JsonFields::problem(JsonFields::member(path, QStringLiteral("status")),
            tr("unknown status '%1' (expected current or retired)").arg(status));
        return false;
    }
    endpoint->retired = status == QLatin1String("retired");
    return true;
}
