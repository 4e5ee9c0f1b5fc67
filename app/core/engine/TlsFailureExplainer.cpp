#include "TlsFailureExplainer.h"

#include "ExtraTrustStore.h"
#include "TlsChainAnalyzer.h"
#include "revocation/ChainRevocationUrls.h"

#include <QLocale>

namespace {
bool has(const QList<QSslError>& errors, QSslError::SslError kind)
{
    return std::any_of(
        errors.cbegin(), errors.cend(), [kind](const QSslError& error) { return error.error() == kind; });
}

QSslCertificate certificateWith(const QList<QSslError>& errors, QSslError::SslError kind)
{
    for (const QSslError& error : errors) {
        if (error.error() == kind)
            return error.certificate();
    }
    return QSslCertificate();
}

bool mentions(const QString& text, std::initializer_list<const char*> phrases)
{
    return std::any_of(phrases.begin(), phrases.end(),
        [&text](const char* phrase) { return text.contains(QLatin1String(phrase), Qt::CaseInsensitive); });
}
} // namespace

QString TlsFailureExplainer::date(const QDateTime& time)
{
    return QLocale().toString(time.toUTC().date(), QLocale::LongFormat);
}

QString TlsFailureExplainer::describe(const QSslCertificate& certificate)
{
    const QString name = TlsChainAnalyzer::displayName(certificate);
    const QString organization = certificate.subjectInfo(QSslCertificate::Organization).value(0);
    return organization.isEmpty() || organization == name ? QStringLiteral("'%1'").arg(name)
                                                          : QStringLiteral("'%1' (%2)").arg(name, organization);
}

Finding TlsFailureExplainer::explain(const TlsFailureFacts& facts, const TlsChainAnalyzer& trusted)
{
    Finding finding;
    if (auto problem = certificateProblem(facts, trusted))
        finding = *problem;
    else
        finding = handshakeProblem(facts);
    // The raw material, for whoever digs deeper.
    for (const QSslCertificate& certificate : facts.presented)
        finding.evidence << tr("presented: %1, issued by %2, valid %3 to %4")
                                .arg(TlsChainAnalyzer::displayName(certificate),
                                    certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                    certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                                    certificate.expiryDate().toUTC().toString(Qt::ISODate));
    QStringList texts;
    for (const QSslError& error : facts.errors)
        texts << error.errorString();
    texts.removeDuplicates();
    for (const QString& text : std::as_const(texts))
        finding.evidence << tr("certificate check: %1").arg(text);
    if (!facts.socketError.isEmpty())
        finding.evidence << tr("TLS library: %1").arg(facts.socketError);
    return finding;
}

std::optional<Finding> TlsFailureExplainer::certificateProblem(
    const TlsFailureFacts& facts, const TlsChainAnalyzer& trusted)
{
    if (facts.errors.isEmpty())
        return std::nullopt;
    const QList<QSslError>& errors = facts.errors;
    const QString host = facts.host;

    // Dates first: an expired certificate is also reported as untrusted by some paths, and the date is the
    // fact a helpdesk can check (and the local clock is a common culprit).
    if (has(errors, QSslError::CertificateExpired)) {
        const QSslCertificate certificate = certificateWith(errors, QSslError::CertificateExpired);
        const bool leaf = !facts.presented.isEmpty() && certificate == facts.presented.constFirst();
        return Finding {Diagnosis::TlsExpired,
            leaf ? tr("the certificate of %1 expired on %2 (this machine's date is %3)")
                       .arg(host, date(certificate.expiryDate()), date(facts.now))
                 : tr("the certificate %1 in the chain of %2 expired on %3 (this machine's date is %4)")
                       .arg(describe(certificate), host, date(certificate.expiryDate()), date(facts.now)),
            {}, {}};
    }
    if (has(errors, QSslError::CertificateNotYetValid)) {
        const QSslCertificate certificate = certificateWith(errors, QSslError::CertificateNotYetValid);
        return Finding {Diagnosis::TlsNotYetValid,
            tr("the certificate %1 presented for %2 is not valid before %3, and this machine's date is %4: check the "
               "clock")
                .arg(describe(certificate), host, date(certificate.effectiveDate()), date(facts.now)),
            {}, {}};
    }
    // A certificate marked as rejected is as untrusted as one without a known root.
    const bool trustError = std::any_of(errors.cbegin(), errors.cend(), [](const QSslError& e) {
        return ExtraTrustStore::isTrustError(e.error()) || e.error() == QSslError::CertificateRejected;
    });
    if (trustError && !facts.trustedByExtraCa && !facts.presented.isEmpty()) {
        const QSslCertificate& last = facts.presented.constLast();
        if (has(errors, QSslError::SelfSignedCertificate) && facts.presented.size() == 1)
            return Finding {Diagnosis::TlsUntrusted,
                tr("%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in "
                   "the service's place)")
                    .arg(host, describe(last)),
                {}, {}};
        if (last.isSelfSigned())
            return Finding {Diagnosis::TlsUntrusted,
                tr("the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is "
                   "not installed, or a device answering in the service's place")
                    .arg(host, describe(last)),
                {}, {}};
        const QString issuer = last.issuerInfo(QSslCertificate::CommonName).value(0);
        const QStringList downloads = ChainRevocationUrls::caIssuersUrls(last);
        if (!trusted.trustsIssuerOf(last) && !downloads.isEmpty())
            return Finding {Diagnosis::TlsIncompleteChain,
                tr("the server did not send its intermediate certificate '%1' for %2 (Windows may fetch it from the "
                   "AIA URL %3; allow that URL)")
                    .arg(issuer, host, downloads.constFirst()),
                {}, {}};
        return Finding {Diagnosis::TlsUntrusted,
            tr("the certificate of %1 is issued by '%2', which this machine does not trust (its root is not "
               "installed, or the server does not send the intermediate certificate)")
                .arg(host, issuer),
            {}, {}};
    }
    if (has(errors, QSslError::HostNameMismatch)) {
        const QSslCertificate leaf = facts.presented.value(0);
        const QString names = leaf.subjectAlternativeNames().values().join(QStringLiteral(", "));
        return Finding {Diagnosis::TlsNameMismatch,
            tr("the certificate presented for %1 is for %2")
                .arg(host, names.isEmpty() ? TlsChainAnalyzer::displayName(leaf) : names),
            {}, {}};
    }
    if (has(errors, QSslError::CertificateRevoked))
        return Finding {
            Diagnosis::TlsUntrusted, tr("the certificate presented for %1 has been revoked").arg(host), {}, {}};
    return Finding {Diagnosis::TlsUntrusted,
        tr("the certificate of %1 fails the checks: %2").arg(host, errors.constFirst().errorString()), {}, {}};
}

Finding TlsFailureExplainer::handshakeProblem(const TlsFailureFacts& facts)
{
    const QString text = facts.socketError;
    const QString where = QStringLiteral("%1:%2").arg(facts.host).arg(facts.port);
    if (facts.end == PhaseEnd::TimedOut)
        return {Diagnosis::TlsFailed,
            tr("the TLS handshake with %1 did not complete within %2 s (the server is silent)")
                .arg(where, QLocale().toString(facts.timeoutMs / 1000.0, 'g', 3)),
            {}, {}};
    if (mentions(text, {"unsupported protocol", "protocol version", "wrong ssl version", "version too low"}))
        return {Diagnosis::TlsOldProtocol,
            tr("%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later")
                .arg(where),
            {}, {}};
    if (mentions(text,
            {"no shared cipher", "no ciphers available", "no cipher", "handshake failure", "insufficient security",
                "no suitable signature algorithm"}))
        return {Diagnosis::TlsNoSharedCipher,
            tr("%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 "
               "and 1.3")
                .arg(where),
            {}, {}};
    if (mentions(text,
            {"wrong version number", "packet length too long", "http request", "record layer failure",
                "unknown protocol"}))
        return {Diagnosis::TlsFailed,
            tr("%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on "
               "this port)")
                .arg(where),
            {}, {}};
    if (facts.end == PhaseEnd::Reset || mentions(text, {"reset"}))
        return {Diagnosis::TlsFailed,
            tr("the connection to %1 was reset during the TLS handshake (a device in between cut it)").arg(where), {},
            {}};
    if (facts.end == PhaseEnd::Closed || mentions(text, {"closed", "unexpected eof"}))
        return {Diagnosis::TlsFailed,
            tr("%1 closed the connection during the TLS handshake (a device in between ends it, or the server "
               "refuses this client)")
                .arg(where),
            {}, {}};
    return {Diagnosis::TlsFailed, tr("no TLS handshake with %1 (the handshake broke off)").arg(where), {}, {}};
}
