#pragma once

#include "Catalog.h"
#include "RunOptions.h"
#include "RunPlan.h"

#include <QCoreApplication>

// Turns a catalog and a user's options into a run plan: selects endpoints, expands ports and fills placeholders.
class RunPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(RunPlanner)

public:
    static RunPlan plan(const Catalog& catalog, const RunOptions& options);
};
