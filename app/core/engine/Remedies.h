#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QString>

// The fix for a failed or warned check, in one or two concrete sentences: which host, port and protocol to
// allow, what to exclude from inspection, what the proxy wants.
class Remedies final
{
    Q_DECLARE_TR_FUNCTIONS(Remedies)

public:
    static QString forResult(const CheckResult& result);

private:
    static QString forDiagnosis(const CheckResult& result);
};
