#pragma once

#include "RunReport.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

// The JSON form of a run (schemaVersion 1), documented in docs/report.md and docs/report.schema.json.
// Field names are a public API: scripts and monitoring systems read them.
class JsonReport final
{
public:
    static QJsonObject toJson(const RunReport& report);

    // The indented text of toJson(), byte for byte, handed to sink in pieces: the checks are turned into JSON one
    // at a time, so that a report of thousands of checks is never held whole in memory. Stops when sink fails.
    static bool write(const RunReport& report, const std::function<bool(const QByteArray&)>& sink);
};
