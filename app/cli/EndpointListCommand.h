#pragma once

#include "Catalog.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QIODevice>

// --list-endpoints: prints the endpoints a cloud and feature selection needs, grouped so a firewall admin can
// paste them into an allowlist (text), or feed them to a script (json, csv).
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

    ParsedCommandLine m_parsed;
};
