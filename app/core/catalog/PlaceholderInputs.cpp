#include "PlaceholderInputs.h"

#include "EndpointParser.h"

#include <QUrl>

#include <algorithm>

QString PlaceholderInputs::hostOf(const QString& value)
{
    const QString text = value.trimmed();
    QString host = text;
    if (text.contains(QStringLiteral("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || !url.userInfo().isEmpty())
            return {};
        host = url.host();
    }
    host = host.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return EndpointParser::isHostName(host) && host.contains(QLatin1Char('.')) ? host : QString();
}

bool PlaceholderInputs::fits(const Endpoint& endpoint, const QString& host)
{
    if (endpoint.isWildcard()) // "*.x" -> ".x": below x, never x itself
        return host.endsWith(endpoint.host.mid(1), Qt::CaseInsensitive);
    return host.compare(endpoint.host, Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1Char('.') + endpoint.host, Qt::CaseInsensitive);
}

QStringList PlaceholderInputs::fittingHosts(const Endpoint& endpoint, const QStringList& values)
{
    QStringList hosts;
    for (const QString& value : values) {
        const QString host = hostOf(value);
        if (!host.isEmpty() && fits(endpoint, host) && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

QString PlaceholderInputs::check(const QList<Endpoint>& selected, const QMap<QString, QStringList>& inputs)
{
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        QStringList wildcards;
        QList<const Endpoint*> users;
        for (const Endpoint& endpoint : selected) {
            if (endpoint.placeholder() != it.key())
                continue;
            users << &endpoint;
            if (!wildcards.contains(endpoint.host))
                wildcards << endpoint.host;
        }
        if (users.isEmpty())
            continue;
        for (const QString& value : it.value()) {
            const QString host = hostOf(value);
            if (host.isEmpty())
                return tr("{%1}: '%2' is neither a host name nor an http(s) URL").arg(it.key(), value.trimmed());
            const bool fitsOne = std::any_of(
                users.cbegin(), users.cend(), [&](const Endpoint* endpoint) { return fits(*endpoint, host); });
            if (!fitsOne)
                return tr("{%1}: '%2' is not a host under %3, which this placeholder stands for in the chosen cloud")
                    .arg(it.key(), host, wildcards.join(tr(" or ")));
        }
    }
    return {};
}
