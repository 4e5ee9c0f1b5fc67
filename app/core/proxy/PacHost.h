#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

// What a proxy auto-config script asks of the machine: name lookups, its own addresses and the time. An
// interface so that tests answer without touching real DNS or the real clock.
class PacHost
{
public:
    virtual ~PacHost() = default;
    // Every address of the name, in the resolver's order; empty when it does not resolve. Must be bounded.
    virtual QList<QHostAddress> resolve(const QString& host) = 0;
    // The machine's own addresses, the preferred one first; loopback only when there is nothing else.
    virtual QList<QHostAddress> localAddresses() = 0;
    virtual QDateTime now() = 0;
};
