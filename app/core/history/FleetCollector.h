#pragma once

#include "FleetSummary.h"

#include <QStringList>

// Feeds report files into a FleetSummary one by one: the files given, and every *.json file under each
// directory given. A file that cannot be read as a report is listed with the reason; it never stops the rest.
class FleetCollector final
{
public:
    FleetCollector() = delete;

    // Returns the number of files looked at.
    static int collect(const QStringList& inputs, FleetSummary& summary);
};
