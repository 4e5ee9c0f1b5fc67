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
