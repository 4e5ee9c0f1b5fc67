#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One change that fixes one or more checks: checks whose remedies have the same key share one action, whose
// text names all their hosts ("Allow outbound HTTPS (TCP 443) to a, b and c").
struct RemedyAction
{
    QString key; // equal keys: the same change for other hosts
    QString text;
};

// The fix for a failed or warned check, in one or two concrete sentences: which host, port and protocol to
// allow, what to exclude from inspection, what the proxy wants.
class Remedies final
{
    Q_DECLARE_TR_FUNCTIONS(Remedies)

public:
    // The remedy for this check alone; empty when there is nothing to change.
    static QString forResult(const CheckResult& result);
    // The same change worded for several hosts (the hosts of checks with the same key).
    static RemedyAction action(const CheckResult& result, const QStringList& hosts);
    static QString actionKey(const CheckResult& result);
    // The host a remedy names for this check: the documented host (a wildcard names the whole domain), or the
    // probe for name lookups, which concern exactly that name.
    static QString hostOf(const CheckResult& result);

private:
    static QString forDiagnosis(const CheckResult& result, const QString& hosts);
};
