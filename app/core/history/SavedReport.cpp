#include "SavedReport.h"

#include <QHash>

QString SavedCheck::endpoint() const
{
    if (!url.isEmpty())
        return url;
    const QString name = probe.isEmpty() ? host : probe;
    return port > 0 ? name + QLatin1Char(':') + QString::number(port) : name;
}

QString SavedReport::label(const QString& key) const
{
    for (const auto& [name, value] : labels) {
        if (name == key)
            return value;
    }
    return {};
}

QString SavedReport::route() const
{
    // A script picks a proxy per endpoint, so one machine's checks may go through several: the machines that share
    // a script share a route.
    if (!pacUrl.isEmpty())
        return pacUrl;
    QHash<QString, int> uses;
    for (const SavedCheck& check : checks)
        ++uses[check.proxy.isEmpty() ? proxy : check.proxy];
    QString best = proxy;
    int bestUses = -1;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > bestUses || (it.value() == bestUses && it.key() < best)) {
            best = it.key();
            bestUses = it.value();
        }
    }
    return best;
}
