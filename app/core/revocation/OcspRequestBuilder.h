#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Builds the OCSP request (RFC 6960) that an ocsp check sends: about a known certificate, or about a synthetic
// serial under a known issuer when only the issuer is known (the responder must still answer well-formed).
class OcspRequestBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(OcspRequestBuilder)

public:
    // With certificatePem: a request about that certificate as issued by issuerPem. Without: about a random
    // serial number under issuerPem. Both carry a nonce and use SHA-1 CertIDs, as responders expect.
    // Returns the DER request, or an empty array and a reason in *error (when error is not null).
    static QByteArray build(const QString& certificatePem, const QString& issuerPem, QString* error);
    // RFC 6960 appendix A.1 GET form: responderUrl + "/" + URL-encoded base64 of the request. Empty when that
    // encoding is 255 bytes or longer (then only POST is allowed) or an argument is empty.
    static QString getUrl(const QString& responderUrl, const QByteArray& requestDer);

    static constexpr int kSyntheticSerialBytes = 16;
};
