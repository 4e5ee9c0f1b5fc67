#pragma once

#include "Diagnosis.h"

#include <QString>
#include <QStringList>

// What one decision about an answer found: the diagnosis, a one-line detail for the report and the facts
// behind it, each a short line of evidence.
struct Finding
{
    Diagnosis diagnosis = Diagnosis::Ok;
    QString detail;
    QStringList evidence;
    QString device; // the filtering device or proxy product that answered, when known
};
