#include "EnvironmentUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace {
// The environment host's pattern after the organization label, per cloud.
QString suffixPattern(Cloud cloud)
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

QString exampleSuffix(Cloud cloud)
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

// The cloud whose environments look like this host, to point at a wrong cloud choice.
std::optional<Cloud> cloudOfHost(const QString& host)
{
    for (const Cloud cloud : {Cloud::Gcc, Cloud::Public, Cloud::GccHigh, Cloud::Dod, Cloud::China}) {
        const QRegularExpression pattern(
            QStringLiteral(R"(^[a-z0-9-]+\.)") + suffixPattern(cloud) + QStringLiteral("$"));
        if (pattern.match(host).hasMatch())
            return cloud;
    }
    return std::nullopt;
}
} // namespace

QString EnvironmentUrl::exampleUrl(Cloud cloud)
{
    return QStringLiteral("https://contoso.") + exampleSuffix(cloud);
}

EnvironmentUrl::Result EnvironmentUrl::check(const QString& text, Cloud cloud)
{
    Result result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.valid = true;
        return result;
    }
    const auto invalid = [&](const QString& reason) {
        result.reason = reason;
        return result;
    };
    QString withScheme = trimmed;
    if (!trimmed.contains(QStringLiteral("://")))
        withScheme = QStringLiteral("https://") + trimmed;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(tr("This is not a web address. Example: %1").arg(exampleUrl(cloud)));
    if (url.scheme() != QLatin1String("https"))
        return invalid(tr("Environment addresses start with https://"));
    if (!url.userInfo().isEmpty() || url.port() != -1)
        return invalid(tr("Leave out user names and ports: only https://name.%1").arg(exampleSuffix(cloud)));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return invalid(tr("Only the address of the environment, without a path after the host name"));
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("Only the address of the environment, without a path after the host name"));

    const QString host = url.host().toLower();
    const QRegularExpression pattern(QStringLiteral(R"(^([a-z0-9-]+)\.)") + suffixPattern(cloud) + QStringLiteral("$"));
    const QRegularExpressionMatch match = pattern.match(host);
    if (!match.hasMatch()) {
        const auto other = cloudOfHost(host);
        if (other && *other != cloud)
            return invalid(tr("This is an environment in %1, not in %2: check the cloud on the previous page")
                               .arg(Clouds::displayName(*other), Clouds::displayName(cloud)));
        return invalid(tr("The host name must end in .%1, e.g. %2").arg(exampleSuffix(cloud), exampleUrl(cloud)));
    }
    const QString org = match.captured(1);
    if (org.size() > 63 || org.startsWith(QLatin1Char('-')) || org.endsWith(QLatin1Char('-')))
        return invalid(tr("'%1' is not a valid environment name").arg(org));
    result.valid = true;
    result.host = host;
    return result;
}
