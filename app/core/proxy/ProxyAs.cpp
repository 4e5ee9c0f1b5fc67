#include "ProxyAs.h"

QString ProxyAsIds::id(ProxyAs proxyAs)
{
    return proxyAs == ProxyAs::Me ? QStringLiteral("me") : QStringLiteral("service");
}

std::optional<ProxyAs> ProxyAsIds::fromId(QStringView id)
{
    if (id == QLatin1String("service"))
        return ProxyAs::Service;
    if (id == QLatin1String("me"))
        return ProxyAs::Me;
    return std::nullopt;
}
