#include "WinHttpProxy.h"

#include <QRegularExpression>

namespace {
QStringList entries(const QString& list)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    return list.split(separators, Qt::SkipEmptyParts);
}

QString asHttpUrl(QString server)
{
    if (server.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        server = server.mid(7);
    return QStringLiteral("http://") + server;
}
} // namespace

QString WinHttpProxy::httpsProxy() const
{
    QString unscoped;
    for (const QString& entry : entries(proxyList)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0) {
            if (unscoped.isEmpty())
                unscoped = entry;
            continue;
        }
        if (entry.left(equals).compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
            return asHttpUrl(entry.mid(equals + 1));
    }
    return unscoped.isEmpty() ? QString() : asHttpUrl(unscoped);
}

WinHttpProxy WinHttpProxy::fromStrings(const QString& proxyList, const QString& bypassList)
{
    return {proxyList.trimmed(), entries(bypassList)};
}
