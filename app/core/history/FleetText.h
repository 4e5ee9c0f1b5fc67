#pragma once

#include "FleetSummary.h"

#include <QCoreApplication>
#include <QString>

// A fleet summary for a terminal: per cloud, the failures per endpoint, the groupings, the odd ones out, and
// the files that could not be read.
class FleetText final
{
    Q_DECLARE_TR_FUNCTIONS(FleetText)

public:
    FleetText() = delete;
    static QString render(const FleetSummary& summary);
};
