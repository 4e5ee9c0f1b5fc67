#pragma once

#include "CheckResult.h"
#include "Feature.h"

#include <QList>
#include <QString>

#include <optional>

// The checks of one feature as every report lists them: failed first, then warnings, skipped and passed.
// Checks that serve no feature (the clock comparison) form a section of their own.
struct ReportSection
{
    std::optional<Feature> feature;
    QString id; // the feature's id, or "general"
    QString title;
    QList<CheckResult> checks;
};
