#include "Endpoint.h"

QString Endpoint::placeholder() const
{
    if (probe.size() > 2 && probe.startsWith(QLatin1Char('{')) && probe.endsWith(QLatin1Char('}')))
        return probe.mid(1, probe.size() - 2);
    return {};
}

bool Endpoint::appliesTo(Cloud cloud, const QList<Feature>& selected) const
{
    if (!clouds.contains(cloud))
        return false;
    for (const Feature feature : features) {
        if (selected.contains(feature))
            return true;
    }
    return false;
}
