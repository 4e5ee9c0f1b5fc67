#pragma once

#include "Endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One firewall rule's worth of hosts: everything reached with the same protocol on the same ports.
// crl and ocsp endpoints share one group (protocol Crl): to a firewall both are plain HTTP on port 80.
struct AllowlistGroup
{
    Protocol protocol = Protocol::Https;
    QList<quint16> ports; // ascending
    QStringList hosts; // as documented (wildcards kept), sorted, unique
};

// The firewall allowlist view of a selection, shared by --list-endpoints and every report format.
class Allowlist final
{
    Q_DECLARE_TR_FUNCTIONS(Allowlist)

public:
    // Grouped by (protocol, port set), in a fixed order: HTTPS, WebSocket, TCP, HTTP, revocation.
    static QList<AllowlistGroup> build(const QList<Endpoint>& endpoints);
    // The group an endpoint falls into (its hosts list left empty).
    static AllowlistGroup groupOf(const Endpoint& endpoint);
    // e.g. "HTTPS (TCP 443)", "TCP 9350-9354", "HTTP 80 (certificate revocation)"
    static QString groupLabel(const AllowlistGroup& group);
    // "443", "5671-5672", "80, 8080-8081"
    static QString portRanges(const QList<quint16>& ports);
    // Cloud flows reach your services from Azure, not from this machine: advice on the service tags to allow.
    static QString connectorAdvice();
};
