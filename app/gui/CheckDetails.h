#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QString>

// The Report page's details pane for one check: what was tested, the diagnosis in words, the remedy and the
// evidence, as HTML in which everything that came from the network or the catalog is escaped.
class CheckDetails final
{
    Q_DECLARE_TR_FUNCTIONS(CheckDetails)

public:
    static QString html(const CheckResult& result);
};
