#pragma once

#include <QString>

// What makes a check the same check in two runs: what it tests, never its position or its run-local id.
// Revocation follow-ups are numbered in completion order (chain-ocsp-N), so their URL identifies them.
class CheckIdentity final
{
public:
    CheckIdentity() = delete;

    // e.g. "flow-api|api.flow.microsoft.com|443|https", or "ocsp|http://ocsp.example/" for a follow-up.
    static QString of(
        const QString& endpointId, const QString& probe, int port, const QString& protocol, const QString& url);
    static bool isRevocationFollowUp(const QString& protocol);
};
