#include "Remedies.h"

#include <QCoreApplication>

namespace {
QString transport(const CheckResult& r)
{
    switch (r.protocol) {
    case Protocol::Http:
    case Protocol::Crl:
    case Protocol::Ocsp:
        return QStringLiteral("HTTP (TCP %1)").arg(r.port);
    case Protocol::Tcp:
        return QStringLiteral("TCP %1").arg(r.port);
    case Protocol::Https:
    case Protocol::Wss:
    case Protocol::Clock:
        return QStringLiteral("HTTPS (TCP %1)").arg(r.port);
    }
    return {};
}
} // namespace

QString Remedies::forResult(const CheckResult& r)
{
    QString remedy = forDiagnosis(r);
    if (!r.retired || r.diagnosis == Diagnosis::Ok || r.diagnosis == Diagnosis::NeedsInput
        || r.diagnosis == Diagnosis::Cancelled)
        return remedy;
    return tr("Microsoft still lists %1, but its owner has retired it and current certificates no longer point "
              "there, so this does not block Power Automate. If older components still use it: %2")
        .arg(r.host, remedy);
}

QString Remedies::forDiagnosis(const CheckResult& r)
{
    const QString host = r.host.isEmpty() ? r.probe : r.host;
    const bool revocation = r.protocol == Protocol::Crl || r.protocol == Protocol::Ocsp;
    switch (r.diagnosis) {
    case Diagnosis::Ok:
        return r.retired ? tr("Nothing to change. This host is listed by Microsoft but retired by its owner; "
                              "allowing it does no harm.")
                         : QString();
    case Diagnosis::DnsFailure:
        return tr("Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy "
                  "that resolves internet names.")
            .arg(r.probe);
    case Diagnosis::TcpRefused:
    case Diagnosis::TcpTimeout:
    case Diagnosis::TcpUnreachable:
        if (revocation)
            return tr("Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate "
                      "revocation there; blocked, desktop flows start slowly or fail.")
                .arg(host)
                .arg(r.port);
        return tr("Allow outbound %1 to %2 in the firewall%3.")
            .arg(transport(r), host,
                r.diagnosis == Diagnosis::TcpRefused ? tr(" (a device actively rejects it)")
                                                     : tr(" (packets are silently dropped)"));
    case Diagnosis::TlsFailed:
        return tr("Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. "
                  "Exclude it from TLS inspection and protocol filtering.")
            .arg(host)
            .arg(r.port);
    case Diagnosis::TlsUntrusted:
        return tr("Exclude %1 from TLS inspection, or install the inspecting CA's root in this machine's trusted "
                  "root store (and in the store of the account that runs the service).")
            .arg(host);
    case Diagnosis::TlsNameMismatch:
        return tr("Something answers for %1 with another site's certificate: check DNS, hosts file and proxy "
                  "rules for this name, and exclude it from TLS inspection.")
            .arg(host);
    case Diagnosis::TlsIntercepted:
        return tr("Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft's certificate "
                  "chains, and WebSocket relay traffic breaks when inspected.")
            .arg(host);
    case Diagnosis::HttpFailed:
        return tr("Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back "
                  "(a filtering device holds or drops it).")
            .arg(host);
    case Diagnosis::ProxyUnreachable:
        return tr("Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow "
                  "this machine to reach it.")
            .arg(r.proxy.isEmpty() ? tr("the proxy") : r.proxy);
    case Diagnosis::ProxyAuthRequired:
        return tr("The proxy requires authentication: configure it for the account that runs the service (the "
                  "desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy "
                  "authentication.")
            .arg(host);
    case Diagnosis::ProxyDenied:
        return tr("Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).")
            .arg(transport(r), host);
    case Diagnosis::WebSocketBlocked:
        return tr("Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade "
                  "and Connection headers; exclude the host from TLS inspection.")
            .arg(host)
            .arg(r.port);
    case Diagnosis::ClockSkew:
        return tr("Synchronize this machine's clock (Windows Time service or NTP): sign-in tokens fail when the "
                  "clock is off by more than 5 minutes.");
    case Diagnosis::CrlInvalid:
    case Diagnosis::OcspInvalid:
        return tr("Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or "
                  "filtering proxy). Let plain HTTP to it through unchanged.")
            .arg(host);
    case Diagnosis::CrlExpired:
        return tr("A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or "
                  "exclude the host from caching.")
            .arg(host);
    case Diagnosis::NeedsInput:
        return r.detail;
    case Diagnosis::Cancelled:
        return tr("Run the check again.");
    }
    return {};
}
