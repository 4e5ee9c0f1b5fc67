#pragma once

#include "Catalog.h"
#include "CommandLine.h"
#include "catalog/RelayNamespaces.h"

#include <QCoreApplication>
#include <QIODevice>

// --list-endpoints: prints the endpoints a cloud and feature selection needs, grouped so a firewall admin can
// paste them into an allowlist (text), or feed them to a script (json, csv), with their counts per feature and,
// for a --region, the relay namespaces of that region that its desktop flows runtime uses.
class EndpointListCommand final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointListCommand)

public:
    explicit EndpointListCommand(const ParsedCommandLine& parsed);

    // Exit code: 0, or 2 when a catalog is invalid (message on err, nothing on out).
    int run(QIODevice& out, QIODevice& err) const;
    int run() const; // stdout and stderr

private:
    QByteArray text(const Catalog& catalog, const QList<Endpoint>& selection) const;
    QByteArray json(const Catalog& catalog, const QList<Endpoint>& selection) const;
    QByteArray csv(const QList<Endpoint>& selection) const;
    QString regionText(const QList<Endpoint>& selection) const;
    QString countsText(const QList<Endpoint>& selection) const;
    static QString amounts(const QList<Endpoint>& entries); // "42 endpoints, 30 hosts"

    ParsedCommandLine m_parsed;
};
