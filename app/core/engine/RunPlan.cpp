#include "RunPlan.h"

RunPlan RunPlan::restrictedTo(const QStringList& checkIds) const
{
    RunPlan restricted = *this;
    restricted.requests.clear();
    restricted.unresolved.clear();
    for (const CheckRequest& request : requests) {
        if (checkIds.contains(request.id))
            restricted.requests << request;
    }
    for (const CheckResult& result : unresolved) {
        if (checkIds.contains(result.id))
            restricted.unresolved << result;
    }
    return restricted;
}
