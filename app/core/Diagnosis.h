#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What a check found. The codes are a stable API: reports, tests and users' scripts match on them.
enum class Diagnosis
{
    Ok,
    DnsFailure,
    TcpRefused,
    TcpTimeout,
    TcpUnreachable,
    TlsFailed,
    TlsUntrusted,
    TlsNameMismatch,
    TlsIntercepted,
    TlsExpired,
    TlsNotYetValid,
    TlsIncompleteChain,
    TlsOldProtocol,
    TlsNoSharedCipher,
    BlockedByInspection,
    HttpFailed,
    HttpTimeout,
    ProxyUnreachable,
    ProxyAuthRequired,
    ProxyDenied,
    ProxyProtocolError,
    ProxyScriptFailed,
    WebSocketBlocked,
    ClockSkew,
    ProxyComponentsDiffer,
    ProxySettingsRejected,
    CrlInvalid,
    CrlExpired,
    CrlTimeout,
    OcspInvalid,
    OcspStale,
    OcspError,
    OcspTimeout,
    NeedsInput,
    Cancelled,
};

// The verdict a diagnosis leads to.
enum class CheckStatus
{
    Pass,
    Warn,
    Fail,
    Skipped
};

namespace Diagnoses {
QList<Diagnosis> all();
QString code(Diagnosis diagnosis);
std::optional<Diagnosis> fromCode(QStringView code);
CheckStatus status(Diagnosis diagnosis);
// The diagnosis in plain words, for tables ("Connection refused").
QString title(Diagnosis diagnosis);
} // namespace Diagnoses

namespace CheckStatuses {
QString id(CheckStatus status); // pass | warn | fail | skipped
QString displayName(CheckStatus status);
int severity(CheckStatus status); // fail first, then warn, skipped, pass
} // namespace CheckStatuses
