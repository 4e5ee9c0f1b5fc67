#include "PlaceholderRules.h"

#include "EndpointParser.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace {
// Dataverse environments: the organization's label, then the cloud's environment suffix.
QString environmentPattern(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral(R"(crm\d{0,2}\.dynamics\.com)");
    case Cloud::Gcc:
        return QStringLiteral(R"(crm9\.dynamics\.com)");
    case Cloud::GccHigh:
        return QStringLiteral(R"(crm\.microsoftdynamics\.us)");
    case Cloud::Dod:
        return QStringLiteral(R"(crm\.appsplatform\.us)");
    case Cloud::China:
        return QStringLiteral(R"(crm\.dynamics\.cn)");
    }
    return {};
}

QString environmentSuffix(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("crm.dynamics.com");
    case Cloud::Gcc:
        return QStringLiteral("crm9.dynamics.com");
    case Cloud::GccHigh:
        return QStringLiteral("crm.microsoftdynamics.us");
    case Cloud::Dod:
        return QStringLiteral("crm.appsplatform.us");
    case Cloud::China:
        return QStringLiteral("crm.dynamics.cn");
    }
    return {};
}

bool isEnvironmentOf(Cloud cloud, const QString& host)
{
    const QRegularExpression pattern(
        QStringLiteral(R"(^[a-z0-9-]+\.)") + environmentPattern(cloud) + QStringLiteral("$"));
    return pattern.match(host).hasMatch();
}

// The cloud whose environments look like this host, to point at a wrong cloud choice (GCC before public: crm9).
std::optional<Cloud> cloudOfEnvironment(const QString& host)
{
    for (const Cloud cloud : {Cloud::Gcc, Cloud::Public, Cloud::GccHigh, Cloud::Dod, Cloud::China}) {
        if (isEnvironmentOf(cloud, host))
            return cloud;
    }
    return std::nullopt;
}

// Azure's rule for namespace names: 6-50 letters, digits and hyphens, starting with a letter and ending with a
// letter or digit.
bool isNamespaceName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[a-z][a-z0-9-]{4,48}[a-z0-9]$)"));
    return pattern.match(name).hasMatch();
}

bool isBareName(const QString& value)
{
    static const QRegularExpression bare(QStringLiteral(R"(^[A-Za-z0-9_-]+$)"));
    return bare.match(value).hasMatch();
}

// The lower-case host of a host name or an http(s) URL, or the reason it is neither. Only the host is tested, on
// the catalog's ports: a path is allowed (an address copied from a browser), a port other than the scheme's own
// and a user name are not, and neither is an IP address, which no wildcard of a name can cover.
QString readHost(const QString& value, QString* reason)
{
    static const QRegularExpression schemePattern(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$)"));
    const QString text = value.trimmed();
    QString scheme = QStringLiteral("https");
    QString rest = text;
    const QRegularExpressionMatch withScheme = schemePattern.match(text);
    if (withScheme.hasMatch()) {
        scheme = withScheme.captured(1).toLower();
        rest = withScheme.captured(2);
    }
    const auto fail = [&](const QString& why) {
        *reason = why;
        return QString();
    };
    const QString neither = PlaceholderRules::tr("'%1' is neither a host name nor an http(s) URL");
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(neither.arg(text));

    const qsizetype authorityEnd = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    QString authority = authorityEnd < 0 ? rest : rest.left(authorityEnd);
    const QString tail = authorityEnd < 0 ? QString() : rest.mid(authorityEnd);
    if (authority.contains(QLatin1Char('@'))) {
        // Named without the user part: it may hold a password.
        return fail(PlaceholderRules::tr("'%1': leave out the user name, only the host name is checked")
                        .arg(authority.section(QLatin1Char('@'), -1)));
    }
    if (authority.startsWith(QLatin1Char('[')))
        return fail(PlaceholderRules::tr("'%1' is an IP address: a host name is needed").arg(authority));

    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString portText = authority.mid(colon + 1);
        authority.truncate(colon);
        bool numeric = false;
        const int port = portText.toInt(&numeric);
        if (!numeric || port < 1 || port > 65535)
            return fail(PlaceholderRules::tr("'%1': '%2' is not a port (1 to 65535)").arg(text, portText));
        const int ownPort = scheme == QLatin1String("https") ? 443 : 80;
        if (port != ownPort)
            return fail(PlaceholderRules::tr("'%1': leave out the port %2, the checks use the ports the catalog lists")
                            .arg(text)
                            .arg(port));
    }

    QString host = authority.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (!QHostAddress(host).isNull())
        return fail(PlaceholderRules::tr("'%1' is an IP address: a host name is needed").arg(host));
    if (!EndpointParser::isHostName(host) || !host.contains(QLatin1Char('.')))
        return fail(neither.arg(text));
    if (!tail.isEmpty() && !QUrl(scheme + QStringLiteral("://") + host + tail, QUrl::StrictMode).isValid())
        return fail(PlaceholderRules::tr("'%1' is not a valid URL: the part after the host name holds spaces or "
                                         "characters a URL does not allow")
                        .arg(text));
    return host;
}
} // namespace

PlaceholderRules::PlaceholderRules(Cloud cloud, QList<Endpoint> selection)
    : m_cloud(cloud)
    , m_selection(std::move(selection))
{
}

QString PlaceholderRules::serviceBusDomain(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("servicebus.windows.net");
    case Cloud::Gcc:
    case Cloud::GccHigh:
    case Cloud::Dod:
        return QStringLiteral("servicebus.usgovcloudapi.net");
    case Cloud::China:
        return QStringLiteral("servicebus.chinacloudapi.cn");
    }
    return {};
}

QString PlaceholderRules::formProblem(const QString& placeholder, const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    if (placeholder == serviceBusNamespace() && isBareName(text)) {
        return isNamespaceName(text.toLower()) ? QString()
                                               : tr("'%1' is not a namespace name: 6 to 50 letters, digits and "
                                                    "hyphens, starting with a letter")
                                                     .arg(text);
    }
    QString reason;
    readHost(text, &reason);
    // Environments answer on https only: an http:// address is a wrong copy, not a host to test.
    if (reason.isEmpty() && placeholder == dataverse()
        && text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return tr("'%1': environment addresses start with https://").arg(text);
    return reason;
}

PlaceholderRules::Result PlaceholderRules::check(const QString& placeholder, const QString& value) const
{
    Result result;
    const QString text = value.trimmed();
    if (text.isEmpty())
        return result;
    QString host;
    if (placeholder == serviceBusNamespace() && isBareName(text)) {
        result.reason = formProblem(placeholder, text);
        if (!result.ok())
            return result;
        host = text.toLower() + QLatin1Char('.') + serviceBusDomain(m_cloud);
    } else {
        result.reason = formProblem(placeholder, text);
        if (!result.ok())
            return result;
        host = readHost(text, &result.reason);
    }

    const QStringList covering = wildcards(placeholder);
    if (!covering.isEmpty()) {
        const bool fitsOne = std::any_of(m_selection.cbegin(), m_selection.cend(),
            [&](const Endpoint& endpoint) { return endpoint.placeholder() == placeholder && fits(endpoint, host); });
        if (!fitsOne) {
            result.reason = tr("'%1' is not a host under %2, which {%3} stands for in the %4 cloud")
                                .arg(host, covering.join(tr(" or ")), placeholder, Clouds::displayName(m_cloud));
            return result;
        }
    }
    result.reason = cloudFormProblem(placeholder, host);
    if (result.ok())
        result.hosts << host;
    return result;
}

// What Netready knows of a placeholder's hosts beyond the catalog's wildcards, per cloud. It applies where the
// value's wildcard is the cloud's own domain for them (or no catalog is known yet); an extra catalog that points
// a placeholder elsewhere is taken at its word.
bool PlaceholderRules::inCloudDomain(const QString& placeholder, const QString& host, const QString& sample) const
{
    if (wildcards(placeholder).isEmpty())
        return true;
    return std::any_of(m_selection.cbegin(), m_selection.cend(), [&](const Endpoint& endpoint) {
        return endpoint.placeholder() == placeholder && fits(endpoint, host) && fits(endpoint, sample);
    });
}

QString PlaceholderRules::cloudFormProblem(const QString& placeholder, const QString& host) const
{
    if (placeholder == dataverse() && !isEnvironmentOf(m_cloud, host)
        && inCloudDomain(placeholder, host, QStringLiteral("contoso.") + environmentSuffix(m_cloud))) {
        const auto other = cloudOfEnvironment(host);
        if (other && *other != m_cloud)
            return tr("'%1' is an environment of the %2 cloud, not of %3: check the cloud you chose")
                .arg(host, Clouds::displayName(*other), Clouds::displayName(m_cloud));
        return tr("'%1' is not an environment address of the %2 cloud: it ends in .%3, e.g. %4")
            .arg(host, Clouds::displayName(m_cloud), environmentSuffix(m_cloud), example(placeholder));
    }
    if (placeholder == serviceBusNamespace()
        && inCloudDomain(placeholder, host, QStringLiteral("contoso-relay.") + serviceBusDomain(m_cloud))) {
        const QString domain = serviceBusDomain(m_cloud);
        if (!host.endsWith(QLatin1Char('.') + domain))
            return tr("'%1' is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)")
                .arg(host, Clouds::displayName(m_cloud), domain);
        const QString name = host.left(host.size() - domain.size() - 1);
        if (!isNamespaceName(name))
            return tr("'%1' is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter")
                .arg(name);
    }
    return {};
}

PlaceholderRules::Result PlaceholderRules::checkList(const QString& placeholder, const QString& text) const
{
    static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
    Result result;
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        const Result one = check(placeholder, item);
        if (!one.ok()) {
            result.hosts.clear();
            result.reason = one.reason;
            return result;
        }
        for (const QString& host : one.hosts) {
            if (!result.hosts.contains(host))
                result.hosts << host;
        }
    }
    return result;
}

QString PlaceholderRules::checkInputs(const QMap<QString, QStringList>& inputs, QMap<QString, QStringList>* hosts) const
{
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        QStringList accepted;
        for (const QString& value : it.value()) {
            const Result one = check(it.key(), value);
            if (!one.ok())
                return QStringLiteral("{%1}: %2").arg(it.key(), one.reason);
            for (const QString& host : one.hosts) {
                if (!accepted.contains(host))
                    accepted << host;
            }
        }
        hosts->insert(it.key(), accepted);
    }
    return {};
}

QStringList PlaceholderRules::placeholders() const
{
    QStringList result;
    for (const Endpoint& endpoint : m_selection) {
        const QString name = endpoint.placeholder();
        if (!name.isEmpty() && !result.contains(name))
            result << name;
    }
    return result;
}

QStringList PlaceholderRules::wildcards(const QString& placeholder) const
{
    QStringList result;
    for (const Endpoint& endpoint : m_selection) {
        if (endpoint.placeholder() == placeholder && !result.contains(endpoint.host))
            result << endpoint.host;
    }
    return result;
}

QString PlaceholderRules::example(const QString& placeholder) const
{
    if (placeholder == dataverse())
        return QStringLiteral("https://contoso.") + environmentSuffix(m_cloud);
    if (placeholder == serviceBusNamespace())
        return tr("contoso-relay or contoso-relay.%1").arg(serviceBusDomain(m_cloud));
    QString wildcard = wildcards(placeholder).value(0);
    if (wildcard.startsWith(QLatin1String("*.")))
        return QStringLiteral("contoso") + wildcard.mid(1);
    return wildcard;
}

bool PlaceholderRules::fits(const Endpoint& endpoint, const QString& host)
{
    if (endpoint.isWildcard()) // "*.x" -> ".x": below x, never x itself
        return host.endsWith(endpoint.host.mid(1), Qt::CaseInsensitive);
    return host.compare(endpoint.host, Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1Char('.') + endpoint.host, Qt::CaseInsensitive);
}

QStringList PlaceholderRules::fittingHosts(const Endpoint& endpoint, const QStringList& values)
{
    QStringList hosts;
    for (const QString& value : values) {
        QString ignored;
        const QString host = readHost(value, &ignored);
        if (!host.isEmpty() && fits(endpoint, host) && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}
