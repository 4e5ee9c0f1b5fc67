#include "ReportAllowlist.h"

#include "Protocol.h"
#include "catalog/Allowlist.h"

QList<ReportAllowlist::Group> ReportAllowlist::groups(const RunReport& report)
{
    QList<Group> result;
    for (const AllowlistGroup& group : Allowlist::build(report.endpoints))
        result << Group {Allowlist::groupLabel(group), Protocols::id(group.protocol), group.ports, group.hosts};
    return result;
}

QString ReportAllowlist::connectorAdvice()
{
    return Allowlist::connectorAdvice();
}
