#include "CheckIdentity.h"

#include <QStringList>

bool CheckIdentity::isRevocationFollowUp(const QString& protocol)
{
    return protocol == QLatin1String("crl") || protocol == QLatin1String("ocsp");
}

QString CheckIdentity::of(
    const QString& endpointId, const QString& probe, int port, const QString& protocol, const QString& url)
{
    if (isRevocationFollowUp(protocol) && !url.isEmpty())
        return protocol + QLatin1Char('|') + url;
    return QStringList {endpointId, probe.toLower(), QString::number(port), protocol}.join(QLatin1Char('|'));
}
