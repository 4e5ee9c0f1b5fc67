#pragma once

#include "CheckResult.h"

#include <QList>
#include <QStringList>

#include <optional>

// Estimates how far the local clock is off from the servers' Date headers (median, so one odd server
// does not decide).
class ClockSkewEstimator final
{
public:
    struct Estimate
    {
        double seconds = 0; // server time minus local time
        QStringList servers;
    };

    static std::optional<Estimate> estimate(const QList<CheckResult>& results);
    static constexpr double kWarnSeconds = 120; // sign-in tokens fail at 5 minutes
};
