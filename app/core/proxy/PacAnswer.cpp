#include "PacAnswer.h"

#include <QHostAddress>
#include <QUrl>

QString PacRoute::display() const
{
    if (direct)
        return QStringLiteral("DIRECT");
    const bool ipv6Literal = host.contains(QLatin1Char(':'));
    return (ipv6Literal ? QStringLiteral("PROXY [%1]:%2") : QStringLiteral("PROXY %1:%2")).arg(host).arg(port);
}

PacAnswer PacAnswer::parse(const QString& returned)
{
    PacAnswer answer;
    const QStringList entries = returned.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : entries) {
        const QString entry = raw.simplified();
        if (entry.isEmpty())
            continue;
        const QString word = entry.section(QLatin1Char(' '), 0, 0).toUpper();
        const QString where = entry.section(QLatin1Char(' '), 1);
        if (word == QLatin1String("DIRECT") && where.isEmpty()) {
            answer.routes << PacRoute {};
            continue;
        }
        if (word == QLatin1String("PROXY") || word == QLatin1String("HTTP")) {
            // host:port, [v6]:port; a bare host means port 80, as browsers read it.
            const QUrl url(QStringLiteral("http://") + where);
            if (url.isValid() && !url.host().isEmpty() && url.path().isEmpty()) {
                answer.routes << PacRoute {false, url.host(), quint16(url.port(80))};
                continue;
            }
            answer.notes << tr("'%1' names no proxy (host:port); passed over").arg(entry);
            continue;
        }
        answer.notes << tr("'%1' is not an HTTP proxy; passed over").arg(entry);
    }
    if (entries.isEmpty() || (answer.routes.isEmpty() && answer.notes.isEmpty()))
        answer.routes << PacRoute {};
    return answer;
}
