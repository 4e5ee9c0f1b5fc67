#include "ConnectToMap.h"

ConnectToMap::ConnectToMap(const QList<ConnectToRule>& rules)
    : m_rules(rules)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).host.isEmpty())
            m_anyHost << i;
        else
            m_byHost[m_rules.at(i).host.toCaseFolded()] << i;
    }
}

const ConnectToRule* ConnectToMap::find(const QString& host, quint16 port) const
{
    qsizetype first = -1;
    // Each list is in the order given, so its first match is its earliest; the earlier of the two wins.
    const auto earliestMatch = [&](const QList<qsizetype>& positions) {
        for (const qsizetype position : positions) {
            if (first >= 0 && position > first)
                return;
            if (m_rules.at(position).matches(host, port)) {
                first = position;
                return;
            }
        }
    };
    earliestMatch(m_byHost.value(host.toCaseFolded()));
    earliestMatch(m_anyHost);
    return first >= 0 ? &m_rules.at(first) : nullptr;
}
