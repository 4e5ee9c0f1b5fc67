#include "ProxyBypass.h"

#include "Protocol.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {
bool isLocalHost(const QString& host)
{
    const QHostAddress address(host);
    if (!address.isNull())
        return address.isLoopback();
    return !host.contains(QLatin1Char('.')) || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

// .NET's WebProxy: each entry a case-insensitive regular expression, found anywhere in "scheme://host[:port]".
// An entry that is no valid expression (e.g. "*.contoso.com", which Power Automate rejects) matches nothing.
bool dotNetMatch(const QString& pattern, const QString& scheme, const QString& host, quint16 port)
{
    const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid())
        return false;
    QString target = scheme + QLatin1String("://") + host;
    if (!Protocols::isDefaultPort(scheme, port))
        target += QLatin1Char(':') + QString::number(port);
    return expression.match(target).hasMatch();
}

// WinHTTP: a host pattern, '*' standing for any characters, matched against the whole host (or host:port).
bool winHttpMatch(const QString& pattern, const QString& host, quint16 port)
{
    QStringList parts = pattern.split(QLatin1Char('*'));
    for (QString& part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression expression(QRegularExpression::anchoredPattern(parts.join(QLatin1String(".*"))),
        QRegularExpression::CaseInsensitiveOption);
    return expression.match(host).hasMatch()
        || expression.match(host + QLatin1Char(':') + QString::number(port)).hasMatch();
}
} // namespace

bool ProxyBypass::matches(const QString& scheme, const QString& host, quint16 port, QString* entry) const
{
    if (local && isLocalHost(host)) {
        if (entry)
            *entry = QStringLiteral("BypassProxyOnLocal");
        return true;
    }
    for (const QString& candidate : entries) {
        const QString pattern = candidate.trimmed();
        if (pattern.isEmpty())
            continue;
        bool matched = false;
        if (syntax == Syntax::WinHttp)
            matched = pattern.compare(QLatin1String("<local>"), Qt::CaseInsensitive) == 0
                ? isLocalHost(host)
                : winHttpMatch(pattern, host, port);
        else
            matched = dotNetMatch(pattern, scheme, host, port);
        if (matched) {
            if (entry)
                *entry = pattern;
            return true;
        }
    }
    return false;
}
