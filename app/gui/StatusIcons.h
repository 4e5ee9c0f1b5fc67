#pragma once

#include "Diagnosis.h"

#include <QIcon>

// The SVG icon for each check status (and the app's own), from the embedded resources.
class StatusIcons final
{
public:
    static QIcon forStatus(CheckStatus status);
    static QIcon running();
    static QIcon app();
};
