#pragma once

#include "RunOptions.h"

#include <QHash>
#include <QList>

// The --connect-to rules of a run, in the order given: the first rule that matches a host and port wins, as
// in curl. Indexed by host name, so that a run of thousands of endpoints with a rule each does not try every
// rule for every check.
class ConnectToMap final
{
public:
    explicit ConnectToMap(const QList<ConnectToRule>& rules = {});

    // The rule for host:port, or nullptr when none matches.
    const ConnectToRule* find(const QString& host, quint16 port) const;

private:
    QList<ConnectToRule> m_rules;
    QHash<QString, QList<qsizetype>> m_byHost; // case-folded host -> its rules' positions, ascending
    QList<qsizetype> m_anyHost; // rules with no host, ascending
};
