#pragma once

#include "CheckRequest.h"
#include "CheckResult.h"
#include "ProbeSettings.h"
#include "RunReport.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <functional>

// A run ready to start: the checks to make, the checks that cannot be made without input, and the settings.
struct RunPlan
{
    RunSettings settings;
    ProbeSettings probe;
    QList<Endpoint> endpoints; // the selection, for the report's allowlist
    QList<CheckRequest> requests;
    // Results known before any connection (needs input; Power Automate's proxy settings), reported as they are.
    QList<CheckResult> unresolved;
    int jobs = 16;
    bool checkChainRevocation = false;
    // Looks for a WPAD script for the report's environment section (blocking; run off the caller's thread);
    // null: not looked for.
    std::function<WpadDiscovery()> wpadDiscovery;

    // The same plan restricted to the given check ids (for "Retry failed").
    RunPlan restrictedTo(const QStringList& checkIds) const;
};

Q_DECLARE_METATYPE(RunPlan)
