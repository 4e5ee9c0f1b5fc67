#pragma once

#include "Finding.h"
#include "PhaseEnd.h"

// How one phase of a check went: whether the check may go on, why the phase stopped, the bytes it received
// (where that matters) and, when it failed, the diagnosis; evidence lines either way.
struct PhaseOutcome
{
    bool ok = false;
    PhaseEnd end = PhaseEnd::Completed;
    qint64 bytes = -1;
    Finding finding;

    static PhaseOutcome success(QStringList evidence = {}, qint64 bytes = -1)
    {
        PhaseOutcome outcome;
        outcome.ok = true;
        outcome.bytes = bytes;
        outcome.finding.evidence = std::move(evidence);
        return outcome;
    }
    static PhaseOutcome failure(PhaseEnd end, Diagnosis diagnosis, QString detail, QStringList evidence = {})
    {
        PhaseOutcome outcome;
        outcome.end = end;
        outcome.finding.diagnosis = diagnosis;
        outcome.finding.detail = std::move(detail);
        outcome.finding.evidence = std::move(evidence);
        return outcome;
    }
};
