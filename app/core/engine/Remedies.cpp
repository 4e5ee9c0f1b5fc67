#include "Remedies.h"

#include "check/CurlLibrary.h"

#include <QCoreApplication>
#include <QLocale>

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
    case Protocol::Settings:
        return {};
    }
    return {};
}

bool isRevocation(const CheckResult& r)
{
    return r.protocol == Protocol::Crl || r.protocol == Protocol::Ocsp;
}

bool hasNothingToChange(const CheckResult& r)
{
    return r.diagnosis == Diagnosis::Ok || r.diagnosis == Diagnosis::NeedsInput || r.diagnosis == Diagnosis::Cancelled;
}

// One sentence for each scheme that failed, saying what would make it work.
QStringList proxyAuthSteps(const ProxyAuthInfo& auth)
{
    if (auth.turnedOff)
        return {Remedies::tr("Authentication at the proxy was turned off for this run (--proxy-auth none): allow "
                             "it (--proxy-auth auto) to test past the proxy.")};
    QStringList steps;
    for (const ProxyAuthAttempt& attempt : auth.attempts) {
        switch (attempt.outcome) {
        case ProxyAuthAttempt::Outcome::Ok:
            break;
        case ProxyAuthAttempt::Outcome::NoTicket:
            steps << Remedies::tr("%1: get a Kerberos ticket for the user first (sign in to the domain, or run "
                                  "kinit user@REALM).")
                         .arg(attempt.scheme);
            break;
        case ProxyAuthAttempt::Outcome::NoCredentials:
            steps << Remedies::tr("%1: give the proxy user (--proxy-user DOMAIN\\user, or on the Network page) "
                                  "and its password.")
                         .arg(attempt.scheme);
            break;
        case ProxyAuthAttempt::Outcome::Rejected:
            steps << Remedies::tr("%1: check the user name and password (for NTLM and Kerberos also the domain) "
                                  "and that the account may use the proxy.")
                         .arg(attempt.scheme);
            break;
        case ProxyAuthAttempt::Outcome::NotSupported:
            steps << Remedies::tr("%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, "
                                  "Digest or Basic as well.")
                         .arg(attempt.scheme);
            break;
        case ProxyAuthAttempt::Outcome::NotOffered:
            steps << Remedies::tr("%1: the proxy does not offer it; choose a scheme it offers, or auto.")
                         .arg(attempt.scheme);
            break;
        case ProxyAuthAttempt::Outcome::LibraryMissing:
            if (!steps.contains(CurlLibrary::remedy()))
                steps << CurlLibrary::remedy();
            break;
        case ProxyAuthAttempt::Outcome::Failed:
            steps << Remedies::tr("%1: the exchange failed (see the evidence); check the proxy's authentication "
                                  "setup.")
                         .arg(attempt.scheme);
            break;
        }
    }
    return steps;
}

QString deviceOrDefault(const CheckResult& r)
{
    return r.device.isEmpty() ? Remedies::tr("the filtering device") : r.device;
}
} // namespace

QString Remedies::hostOf(const CheckResult& r)
{
    if (r.diagnosis == Diagnosis::DnsFailure || r.host.isEmpty())
        return r.probe;
    return r.host;
}

QString Remedies::forResult(const CheckResult& r)
{
    return action(r, {hostOf(r)}).text;
}

QString Remedies::actionKey(const CheckResult& r)
{
    // What the wording depends on besides the hosts; a needs-input remedy is the check's own question.
    QStringList parts {Diagnoses::code(r.diagnosis), transport(r),
        isRevocation(r) ? QStringLiteral("revocation") : QString(), r.retired ? QStringLiteral("retired") : QString()};
    switch (r.diagnosis) {
    case Diagnosis::ProxyAuthRequired:
        for (const QString& step : proxyAuthSteps(r.proxyAuth))
            parts << step;
        break;
    case Diagnosis::ProxyUnreachable:
    case Diagnosis::ProxyProtocolError:
        parts << r.proxy;
        break;
    case Diagnosis::BlockedByInspection:
    case Diagnosis::TlsIntercepted:
        parts << r.device;
        break;
    case Diagnosis::NeedsInput:
        parts << r.id << r.detail;
        break;
    case Diagnosis::ProxyComponentsDiffer:
        parts << r.id; // the desktop's and the gateway's files are different advice
        break;
    case Diagnosis::TlsNameMismatch:
    case Diagnosis::TlsIncompleteChain:
    case Diagnosis::TlsExpired:
    case Diagnosis::TlsNotYetValid:
        parts << r.detail; // about one certificate: never merged with another's
        break;
    default:
        break;
    }
    return parts.join(QLatin1Char('|'));
}

RemedyAction Remedies::action(const CheckResult& r, const QStringList& hosts)
{
    const QString names = QLocale().createSeparatedList(hosts);
    QString text = forDiagnosis(r, names);
    if (r.retired && !hasNothingToChange(r)) {
        text = hosts.size() == 1
            ? tr("Microsoft still lists %1, but its owner has retired it and current certificates no longer point "
                 "there, so this does not block Power Automate. If older components still use it: %2")
                  .arg(names, text)
            : tr("Microsoft still lists %1, but their owner has retired them and current certificates no longer "
                 "point there, so this does not block Power Automate. If older components still use them: %2")
                  .arg(names, text);
    }
    return {actionKey(r), text};
}

QString Remedies::forDiagnosis(const CheckResult& r, const QString& hosts)
{
    switch (r.diagnosis) {
    case Diagnosis::Ok:
        return r.retired ? tr("Nothing to change. This host is listed by Microsoft but retired by its owner; "
                              "allowing it does no harm.")
                         : QString();
    case Diagnosis::DnsFailure:
        return tr("Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy "
                  "that resolves internet names.")
            .arg(hosts);
    case Diagnosis::TcpRefused:
    case Diagnosis::TcpTimeout:
    case Diagnosis::TcpUnreachable:
        if (isRevocation(r))
            return tr("Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate "
                      "revocation there; blocked, desktop flows start slowly or fail.")
                .arg(hosts)
                .arg(r.port);
        if (r.diagnosis == Diagnosis::TcpRefused)
            return tr("Allow outbound %1 to %2 in the firewall (a device actively rejects it).")
                .arg(transport(r), hosts);
        return tr("Allow outbound %1 to %2 in the firewall (packets are silently dropped).").arg(transport(r), hosts);
    case Diagnosis::TlsFailed:
        return tr("Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. "
                  "Exclude it from TLS inspection and protocol filtering.")
            .arg(hosts)
            .arg(r.port);
    case Diagnosis::TlsUntrusted:
        return tr("Exclude %1 from TLS inspection, or install the inspecting CA's root in this machine's trusted "
                  "root store (and in the store of the account that runs the service).")
            .arg(hosts);
    case Diagnosis::TlsNameMismatch:
        return tr("Something answers for %1 with another site's certificate: check DNS, hosts file and proxy "
                  "rules for this name, and exclude it from TLS inspection.")
            .arg(hosts);
    case Diagnosis::TlsIntercepted:
        return tr("Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft's certificate "
                  "chains, and WebSocket relay traffic breaks when inspected.")
            .arg(hosts);
    case Diagnosis::TlsExpired:
    case Diagnosis::TlsNotYetValid:
        return tr("Check this machine's date and time first. If they are right, a device in between serves an "
                  "outdated certificate for %1: exclude it from TLS inspection, or renew the device's certificate.")
            .arg(hosts);
    case Diagnosis::TlsIncompleteChain:
        return tr("Allow HTTP 80 to the certificate authority's AIA address named in the detail, so that Windows can "
                  "fetch the missing intermediate certificate of %1, or have the device that answers send its whole "
                  "chain.")
            .arg(hosts);
    case Diagnosis::TlsOldProtocol:
        return tr("Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. "
                  "Exclude it from TLS inspection, or update the device's TLS settings.")
            .arg(hosts);
    case Diagnosis::TlsNoSharedCipher:
        return tr("The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it "
                  "from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.")
            .arg(hosts);
    case Diagnosis::BlockedByInspection:
        return tr("Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its "
                  "own block page instead of the service.")
            .arg(deviceOrDefault(r), hosts);
    case Diagnosis::HttpFailed:
        return tr("Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back "
                  "(a filtering device holds or drops it).")
            .arg(hosts);
    case Diagnosis::HttpTimeout:
        return tr("Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within "
                  "the timeout (a filtering device holds it, or the link is very slow).")
            .arg(hosts);
    case Diagnosis::ProxyUnreachable:
        return tr("Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow "
                  "this machine to reach it.")
            .arg(r.proxy.isEmpty() ? tr("the proxy") : r.proxy);
    case Diagnosis::ProxyAuthRequired: {
        const QString service = tr("The proxy requires authentication: configure it for the account that runs the "
                                   "service (the desktop flows runtime and the gateway run as service accounts), or "
                                   "exempt %1 from proxy authentication.")
                                    .arg(hosts);
        const QStringList steps = proxyAuthSteps(r.proxyAuth);
        return steps.isEmpty() ? service : steps.join(QLatin1Char(' ')) + QLatin1Char(' ') + service;
    }
    case Diagnosis::ProxyDenied:
        return r.device.isEmpty()
            ? tr("Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).")
                  .arg(transport(r), hosts)
            : tr("Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).")
                  .arg(r.device, transport(r), hosts);
    case Diagnosis::ProxyProtocolError:
        return tr("Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS "
                  "proxy, or another service on that port). Use the address and port of the HTTP proxy.")
            .arg(r.proxy.isEmpty() ? tr("the proxy") : r.proxy);
    case Diagnosis::ProxyScriptFailed:
        return tr("Fix the proxy auto-config script or its address (the detail says what went wrong): without an "
                  "answer from it, nothing on this machine that uses it can choose a proxy for %1.")
            .arg(hosts);
    case Diagnosis::WebSocketBlocked:
        return tr("Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade "
                  "and Connection headers; exclude the host from TLS inspection.")
            .arg(hosts)
            .arg(r.port);
    case Diagnosis::ClockSkew:
        return tr("Synchronize this machine's clock (Windows Time service or NTP): sign-in tokens fail when the "
                  "clock is off by more than 5 minutes.");
    case Diagnosis::ProxyComponentsDiffer:
        if (r.features == QList<Feature> {Feature::Gateway})
            return tr("Give <defaultProxy> the same settings in all three configuration files of the on-premises "
                      "data gateway (Microsoft.PowerBI.EnterpriseGateway.exe.config, "
                      "enterprisegatewayconfigurator.exe.config and m\\Microsoft.Mashup.Container.NetFX45.exe.config), "
                      "as Microsoft advises, then restart the gateway service.");
        return tr("Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop "
                  "(PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the "
                  "registry values under HKLM\\SOFTWARE\\Microsoft\\Power Automate Desktop.");
    case Diagnosis::ProxySettingsRejected:
        return tr("Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries "
                  "without a leading '*', registry values in the 64-bit view (not under WOW6432Node).");
    case Diagnosis::CrlInvalid:
    case Diagnosis::OcspInvalid:
        return tr("Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or "
                  "filtering proxy). Let plain HTTP to it through unchanged.")
            .arg(hosts);
    case Diagnosis::CrlTimeout:
    case Diagnosis::OcspTimeout:
        return tr("Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. "
                  "Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.")
            .arg(hosts);
    case Diagnosis::CrlExpired:
        return tr("A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or "
                  "exclude the host from caching.")
            .arg(hosts);
    case Diagnosis::OcspStale:
        return tr("A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.").arg(hosts);
    case Diagnosis::OcspError:
        return tr("The OCSP responder %1 reports an error for a well-formed request. If it persists, something "
                  "between this machine and the certificate authority alters the requests: let HTTP 80 to it "
                  "through unchanged.")
            .arg(hosts);
    case Diagnosis::NeedsInput:
        return r.detail;
    case Diagnosis::Cancelled:
        return tr("Run the check again.");
    }
    return {};
}
