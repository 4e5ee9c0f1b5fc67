#pragma once

#include "FleetSummary.h"

#include <QJsonObject>

// The JSON form of a fleet summary, documented in docs/fleet.md and docs/fleet.schema.json.
class FleetJson final
{
public:
    FleetJson() = delete;
    static QJsonObject toJson(const FleetSummary& summary);
};
