#include "CrlInspector.h"

#include "BodySniffer.h"
#include "OpenSslSupport.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <limits>

using namespace OpenSslSupport;

namespace {
constexpr int kMaxBioInput = std::numeric_limits<int>::max();

struct ParsedCrl
{
    X509CrlPtr crl;
    QString format;
    qsizetype trailingBytes = 0;
};

bool looksLikePem(const QByteArray& body)
{
    return body.left(4096).contains("-----BEGIN X509 CRL-----");
}

ParsedCrl parse(const QByteArray& body)
{
    ParsedCrl parsed;
    if (body.isEmpty() || body.size() >= kMaxBioInput)
        return parsed;
    if (looksLikePem(body)) {
        BioPtr bio(BIO_new_mem_buf(body.constData(), static_cast<int>(body.size())));
        if (bio)
            parsed.crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
        parsed.format = QStringLiteral("PEM");
    } else {
        const auto* begin = reinterpret_cast<const unsigned char*>(body.constData());
        const unsigned char* cursor = begin;
        parsed.crl.reset(d2i_X509_CRL(nullptr, &cursor, static_cast<long>(body.size())));
        parsed.format = QStringLiteral("DER");
        if (parsed.crl)
            parsed.trailingBytes = body.size() - (cursor - begin);
    }
    ERR_clear_error();
    return parsed;
}

QString whatItLookedLike(const QByteArray& body, const QString& contentType)
{
    // A certificate where a CRL belongs is a plausible catalog or server mix-up; name it.
    if (const X509Ptr certificate = certificateFromDer(body)) {
        return CrlInspector::tr("a certificate (subject %1), not a revocation list")
            .arg(nameToString(X509_get_subject_name(certificate.get())));
    }
    if (looksLikePem(body))
        return CrlInspector::tr("a PEM revocation list that cannot be read");
    return BodySniffer::describe(body, contentType);
}

RevocationVerdict invalid(const QString& detail, QStringList evidence)
{
    return RevocationVerdict {Diagnosis::CrlInvalid, detail, std::move(evidence), {}};
}
} // namespace

RevocationVerdict CrlInspector::inspect(const QByteArray& body, int httpStatus, const QString& contentType,
    bool truncated, const QString& issuerPem, const QDateTime& now)
{
    QStringList evidence;
    evidence << tr("HTTP status: %1").arg(httpStatus);
    if (!contentType.isEmpty())
        evidence << tr("Content-Type: %1").arg(contentType.left(100));
    evidence << tr("Size: %1 bytes").arg(body.size());

    if (truncated) {
        return invalid(tr("The answer is larger than 20 MB and was cut; no revocation list is that large"), evidence);
    }
    if (httpStatus < 200 || httpStatus > 299) {
        return invalid(tr("The server answered HTTP %1 instead of a revocation list (the body was %2)")
                           .arg(QString::number(httpStatus), BodySniffer::describe(body, contentType)),
            evidence);
    }

    const ParsedCrl parsed = parse(body);
    if (!parsed.crl) {
        return invalid(
            tr("The answer is not a revocation list but %1").arg(whatItLookedLike(body, contentType)), evidence);
    }
    X509_CRL* crl = parsed.crl.get();

    const QString issuer = nameToString(X509_CRL_get_issuer(crl));
    const QDateTime thisUpdate = toDateTime(X509_CRL_get0_lastUpdate(crl));
    const QDateTime nextUpdate = toDateTime(X509_CRL_get0_nextUpdate(crl));
    STACK_OF(X509_REVOKED)* revoked = X509_CRL_get_REVOKED(crl);
    const int entries = revoked ? sk_X509_REVOKED_num(revoked) : 0;

    evidence << tr("Format: %1").arg(parsed.format);
    evidence << tr("Issuer: %1").arg(issuer);
    evidence << tr("This update: %1").arg(formatTime(thisUpdate));
    evidence << tr("Next update: %1").arg(nextUpdate.isValid() ? formatTime(nextUpdate) : tr("none"));
    evidence << tr("Revoked entries: %1").arg(entries);
    for (int i = 0; i < std::min(entries, kMaxListedEntries); ++i) {
        const X509_REVOKED* entry = sk_X509_REVOKED_value(revoked, i);
        evidence << tr("Revoked serial: %1 at %2")
                        .arg(serialToHex(X509_REVOKED_get0_serialNumber(entry)),
                            formatTime(toDateTime(X509_REVOKED_get0_revocationDate(entry))));
    }
    if (entries > kMaxListedEntries)
        evidence << tr("(%n more revoked entries not listed)", nullptr, entries - kMaxListedEntries);
    if (parsed.trailingBytes > 0)
        evidence << tr("%n bytes follow the revocation list", nullptr, int(parsed.trailingBytes));

    if (!issuerPem.trimmed().isEmpty()) {
        const X509Ptr issuerCertificate = certificateFromPem(issuerPem);
        if (!issuerCertificate) {
            evidence << tr("Signature: not checked (the expected issuer certificate cannot be read)");
        } else {
            const X509_NAME* expected = X509_get_subject_name(issuerCertificate.get());
            if (X509_NAME_cmp(X509_CRL_get_issuer(crl), expected) != 0) {
                return invalid(tr("The revocation list comes from %1, not from the expected issuer %2")
                                   .arg(issuer, nameToString(expected)),
                    evidence);
            }
            EVP_PKEY* key = X509_get0_pubkey(issuerCertificate.get());
            const bool verified = key && X509_CRL_verify(crl, key) == 1;
            const QString error = takeLastError();
            if (!verified) {
                if (!error.isEmpty())
                    evidence << tr("Verification error: %1").arg(error);
                return invalid(tr("The revocation list names the expected issuer %1 but its signature does not "
                                  "verify with the issuer's key")
                                   .arg(issuer),
                    evidence);
            }
            evidence << tr("Signature: verified with the issuer's key");
        }
    } else {
        evidence << tr("Signature: not checked (no issuer certificate known)");
    }

    if (nextUpdate.isValid() && nextUpdate < now) {
        return RevocationVerdict {Diagnosis::CrlExpired,
            tr("The revocation list from %1 is out of date: its next update was due %2 "
               "(this update %3); Windows will not accept it")
                .arg(issuer, formatTime(nextUpdate), formatTime(thisUpdate)),
            evidence, {}};
    }
    if (thisUpdate.isValid() && thisUpdate > now.addSecs(300))
        evidence << tr("This update lies in the future: is the local clock behind?");

    return RevocationVerdict {Diagnosis::Ok,
        //: %1 the list's issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes
        tr("Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes", nullptr, entries)
            .arg(issuer, formatTime(thisUpdate), nextUpdate.isValid() ? formatTime(nextUpdate) : tr("none"),
                QString::number(body.size())),
        evidence, {}};
}
