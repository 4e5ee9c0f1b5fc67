#pragma once

#include "RevocationVerdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Judges a downloaded certificate revocation list: whether the answer is a CRL at all (not a portal page, a cut
// download or an error page), whether it comes from the expected issuer and is still current.
class CrlInspector final
{
    Q_DECLARE_TR_FUNCTIONS(CrlInspector)

public:
    // httpStatus: the answer's status; anything outside 2xx is crl-invalid naming it.
    // truncated: the body reached the download cap and was cut: crl-invalid.
    // body: DER or PEM. issuerPem (optional): the expected issuer; a CRL whose issuer name differs or whose
    // signature does not verify with its key is crl-invalid (it is not the list Windows would need).
    // A CRL whose nextUpdate is before now is crl-expired. Otherwise ok, detail naming issuer, dates,
    // entries and size.
    static RevocationVerdict inspect(const QByteArray& body, int httpStatus, const QString& contentType, bool truncated,
        const QString& issuerPem, const QDateTime& now);

    // Revoked serial numbers listed in the evidence, at most.
    static constexpr int kMaxListedEntries = 5;
};
