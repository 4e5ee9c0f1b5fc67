#pragma once

#include "Cloud.h"

#include <QCoreApplication>
#include <QString>

// Checks a Dataverse environment URL as the user types it (https://org.crm.dynamics.com and each
// sovereign cloud's equivalent) and names the problem in words when it is not one.
class EnvironmentUrl final
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentUrl)

public:
    struct Result
    {
        bool valid = false;
        QString host; // org.crm.dynamics.com, when valid
        QString reason; // why not, when invalid
    };

    // An empty text is valid (the environment check is then skipped as "needs your input").
    static Result check(const QString& text, Cloud cloud);
    // The host suffix of the cloud's environments, e.g. "crm.dynamics.com" or "crm.microsoftdynamics.us".
    static QString exampleUrl(Cloud cloud);
};
