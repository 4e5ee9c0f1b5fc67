#pragma once

#include "RunReport.h"

#include <QList>
#include <QString>
#include <QStringList>

// The firewall allowlist of a run's selection as the reports print it: hosts grouped by protocol and port
// (from the catalog's Allowlist), each group with a label ready for a firewall request.
class ReportAllowlist final
{
public:
    struct Group
    {
        QString label; // e.g. "HTTPS, TCP 443"
        QString protocol; // protocol id
        QList<quint16> ports;
        QStringList hosts;
    };

    static QList<Group> groups(const RunReport& report);
    static QString connectorAdvice();
};
