#pragma once

#include "RunReport.h"

#include <QJsonObject>

// The JSON form of a run (schemaVersion 1), documented in docs/report.md and docs/report.schema.json.
// Field names are a public API: scripts and monitoring systems read them.
class JsonReport final
{
public:
    static QJsonObject toJson(const RunReport& report);
};
