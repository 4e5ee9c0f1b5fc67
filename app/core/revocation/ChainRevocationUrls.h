#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>

// Lists where Windows would look to check a chain's revocation: the OCSP responders of each certificate's
// Authority Information Access and the URIs of its CRL distribution points.
class ChainRevocationUrls final
{
public:
    // Appends the AIA OCSP URLs and CRL distribution point URLs (URI names only) of every certificate in chain,
    // in chain order, skipping URLs the lists already hold. Either output may be null. At most
    // kMaxUrlsPerCertificate of each kind per certificate.
    static void extract(const QList<QSslCertificate>& chain, QStringList* ocspUrls, QStringList* crlUrls);

    // Where the certificate's issuer can be downloaded (AIA "CA Issuers"): Windows fetches a missing
    // intermediate certificate from there.
    static QStringList caIssuersUrls(const QSslCertificate& certificate);

    static constexpr int kMaxUrlsPerCertificate = 16;
};
