#pragma once

#include "ProcessFixture.h"

#include <QList>
#include <QPair>
#include <QString>

// A real DNS server (dnsmasq) on 127.0.0.1:53 for tests that run in a private network namespace whose
// resolv.conf points there (tests/support/run-in-private-network.sh). Names answer with the given address;
// an empty address answers NXDOMAIN.
class DnsmasqFixture final : public ProcessFixture
{
public:
    bool start(const QList<QPair<QString, QString>>& records);
    // Restarts the server with one more name: DNS fixed while a program runs.
    bool addHost(const QString& name, const QString& address);

private:
    QList<QPair<QString, QString>> m_records;
};
