#pragma once

#include "PacHost.h"

// The machine's resolver, interfaces and clock for proxy auto-config scripts. A lookup that does not end
// within the bound counts as not resolvable, so a script waiting on a dead DNS server still ends.
class SystemPacHost final : public PacHost
{
public:
    explicit SystemPacHost(int lookupBoundMs = 2000);

    QList<QHostAddress> resolve(const QString& host) override;
    QList<QHostAddress> localAddresses() override;
    QDateTime now() override;

private:
    int m_lookupBoundMs;
};
