#include "Diagnosis.h"

#include <QCoreApplication>

namespace {
struct DiagnosisInfo
{
    Diagnosis diagnosis;
    const char* code;
    CheckStatus status;
    const char* title;
};

// clang-format off
constexpr DiagnosisInfo kDiagnoses[] = {
    {Diagnosis::Ok, "ok", CheckStatus::Pass, QT_TRANSLATE_NOOP("Diagnoses", "Reachable")},
    {Diagnosis::DnsFailure, "dns-failure", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Name not resolved (DNS)")},
    {Diagnosis::TcpRefused, "tcp-refused", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Connection refused")},
    {Diagnosis::TcpTimeout, "tcp-timeout", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Connection timed out (dropped by a firewall?)")},
    {Diagnosis::TcpUnreachable, "tcp-unreachable", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Network unreachable")},
    {Diagnosis::TlsFailed, "tls-failed", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "TLS handshake failed")},
    {Diagnosis::TlsUntrusted, "tls-untrusted", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Certificate not trusted")},
    {Diagnosis::TlsNameMismatch, "tls-name-mismatch", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Certificate is for another name")},
    {Diagnosis::TlsIntercepted, "tls-intercepted", CheckStatus::Warn, QT_TRANSLATE_NOOP("Diagnoses", "TLS inspection replaced the certificate")},
    {Diagnosis::TlsExpired, "tls-expired", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Certificate expired")},
    {Diagnosis::TlsNotYetValid, "tls-not-yet-valid", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Certificate not valid yet")},
    {Diagnosis::TlsIncompleteChain, "tls-incomplete-chain", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Intermediate certificate missing")},
    {Diagnosis::TlsOldProtocol, "tls-old-protocol", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Only outdated TLS versions offered")},
    {Diagnosis::TlsNoSharedCipher, "tls-no-shared-cipher", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "No cipher in common")},
    {Diagnosis::BlockedByInspection, "blocked-by-inspection", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Blocked by a filtering device")},
    {Diagnosis::HttpFailed, "http-failed", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "No HTTP answer")},
    {Diagnosis::HttpTimeout, "http-timeout", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "HTTP answer timed out")},
    {Diagnosis::ProxyUnreachable, "proxy-unreachable", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Proxy not reachable")},
    {Diagnosis::ProxyAuthRequired, "proxy-auth-required", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Proxy requires authentication")},
    {Diagnosis::ProxyDenied, "proxy-denied", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Proxy refused the connection")},
    {Diagnosis::ProxyProtocolError, "proxy-protocol-error", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Proxy does not speak HTTP")},
    {Diagnosis::ProxyScriptFailed, "proxy-script-failed", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Proxy auto-config script failed")},
    {Diagnosis::WebSocketBlocked, "websocket-blocked", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "WebSocket upgrade blocked")},
    {Diagnosis::ClockSkew, "clock-skew", CheckStatus::Warn, QT_TRANSLATE_NOOP("Diagnoses", "Local clock is off")},
    {Diagnosis::ProxyComponentsDiffer, "proxy-components-differ", CheckStatus::Warn, QT_TRANSLATE_NOOP("Diagnoses", "Power Automate's components use different proxies")},
    {Diagnosis::ProxySettingsRejected, "proxy-settings-rejected", CheckStatus::Warn, QT_TRANSLATE_NOOP("Diagnoses", "Power Automate would reject or ignore a proxy setting")},
    {Diagnosis::CrlInvalid, "crl-invalid", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Answer is not a revocation list")},
    {Diagnosis::CrlExpired, "crl-expired", CheckStatus::Warn, QT_TRANSLATE_NOOP("Diagnoses", "Revocation list is out of date")},
    {Diagnosis::CrlTimeout, "crl-timeout", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Revocation list download too slow")},
    {Diagnosis::OcspInvalid, "ocsp-invalid", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "Answer is not a valid OCSP response")},
    {Diagnosis::OcspStale, "ocsp-stale", CheckStatus::Warn, QT_TRANSLATE_NOOP("Diagnoses", "OCSP answer is out of date")},
    {Diagnosis::OcspError, "ocsp-error", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "OCSP responder reports an error")},
    {Diagnosis::OcspTimeout, "ocsp-timeout", CheckStatus::Fail, QT_TRANSLATE_NOOP("Diagnoses", "OCSP answer too slow")},
    {Diagnosis::NeedsInput, "needs-input", CheckStatus::Skipped, QT_TRANSLATE_NOOP("Diagnoses", "Needs your input")},
    {Diagnosis::Cancelled, "cancelled", CheckStatus::Skipped, QT_TRANSLATE_NOOP("Diagnoses", "Cancelled")},
};
// clang-format on

const DiagnosisInfo& info(Diagnosis diagnosis)
{
    for (const DiagnosisInfo& entry : kDiagnoses) {
        if (entry.diagnosis == diagnosis)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

QList<Diagnosis> Diagnoses::all()
{
    QList<Diagnosis> result;
    for (const DiagnosisInfo& entry : kDiagnoses)
        result << entry.diagnosis;
    return result;
}

QString Diagnoses::code(Diagnosis diagnosis)
{
    return QString::fromLatin1(info(diagnosis).code);
}

std::optional<Diagnosis> Diagnoses::fromCode(QStringView code)
{
    for (const DiagnosisInfo& entry : kDiagnoses) {
        if (code == QLatin1String(entry.code))
            return entry.diagnosis;
    }
    return std::nullopt;
}

CheckStatus Diagnoses::status(Diagnosis diagnosis)
{
    return info(diagnosis).status;
}

QString Diagnoses::title(Diagnosis diagnosis)
{
    return QCoreApplication::translate("Diagnoses", info(diagnosis).title);
}

QString CheckStatuses::id(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString CheckStatuses::displayName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("CheckStatuses", "Pass");
    case CheckStatus::Warn:
        return QCoreApplication::translate("CheckStatuses", "Warning");
    case CheckStatus::Fail:
        return QCoreApplication::translate("CheckStatuses", "Fail");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("CheckStatuses", "Skipped");
    }
    return {};
}

int CheckStatuses::severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 0;
    case CheckStatus::Warn:
        return 1;
    case CheckStatus::Skipped:
        return 2;
    case CheckStatus::Pass:
        return 3;
    }
    return 3;
}
