#pragma once

#include "Catalog.h"
#include "RunOptions.h"
#include "RunPlan.h"
#include "catalog/RelayNamespaces.h"

#include <QCoreApplication>

// Turns a catalog and a user's options into a run plan: selects endpoints, expands ports, fills placeholders and
// tests the desktop flows relay through every namespace of the chosen region.
class RunPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(RunPlanner)

public:
    // relays: Microsoft's list of desktop flows runtime namespaces (the built-in one unless a test gives its own).
    static RunPlan plan(const Catalog& catalog, const RunOptions& options);
    static RunPlan plan(const Catalog& catalog, const RunOptions& options, const RelayNamespaces& relays);
};
