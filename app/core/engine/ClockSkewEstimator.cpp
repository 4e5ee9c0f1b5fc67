#include "ClockSkewEstimator.h"

#include <algorithm>

std::optional<ClockSkewEstimator::Estimate> ClockSkewEstimator::estimate(const QList<CheckResult>& results)
{
    QList<double> samples;
    Estimate estimate;
    for (const CheckResult& result : results) {
        if (!result.serverDate.isValid() || !result.receivedAt.isValid())
            continue;
        // Date has whole seconds and is truncated: its middle is half a second later.
        samples << result.receivedAt.msecsTo(result.serverDate) / 1000.0 + 0.5;
        if (!estimate.servers.contains(result.probe))
            estimate.servers << result.probe;
    }
    if (samples.isEmpty())
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    estimate.seconds = samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
    return estimate;
}
