#pragma once

#include "Diagnosis.h"

#include <QString>
#include <QStringList>

// What inspecting one CRL or OCSP answer found: the diagnosis, a one-line detail for the report and the facts
// behind it (issuer, dates, sizes), each a short line.
struct RevocationVerdict
{
    Diagnosis diagnosis = Diagnosis::Ok;
    QString detail;
    QStringList evidence;
};
