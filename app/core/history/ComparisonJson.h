#pragma once

#include "ReportComparison.h"

#include <QJsonObject>

// The JSON form of a comparison, documented in docs/compare.md and docs/compare.schema.json. A public
// interface like the report's: fields are only added within a version.
class ComparisonJson final
{
public:
    ComparisonJson() = delete;
    static QJsonObject toJson(const ReportComparison& comparison);
};
