#include "OcspRequestBuilder.h"

#include "OpenSslSupport.h"

#include <QUrl>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace OpenSslSupport;

namespace {
constexpr qsizetype kMaxGetEncodingSize = 255;

QByteArray fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    ERR_clear_error();
    return {};
}

// A positive serial of kSyntheticSerialBytes random bytes; CAs use such serials, so this one is most likely unknown.
OcspCertIdPtr syntheticCertId(X509* issuer)
{
    unsigned char bytes[OcspRequestBuilder::kSyntheticSerialBytes] = {};
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {};
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    const BignumPtr number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    if (!number)
        return {};
    const Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(number.get(), nullptr));
    if (!serial)
        return {};
    return OcspCertIdPtr(
        OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(issuer), X509_get0_pubkey_bitstr(issuer), serial.get()));
}
} // namespace

QByteArray OcspRequestBuilder::build(const QString& certificatePem, const QString& issuerPem, QString* error)
{
    ERR_clear_error();
    if (issuerPem.trimmed().isEmpty())
        return fail(error, tr("An OCSP request needs the issuer's certificate"));
    const X509Ptr issuer = certificateFromPem(issuerPem);
    if (!issuer)
        return fail(error, tr("The issuer certificate cannot be read (PEM expected)"));

    OcspCertIdPtr certId;
    if (!certificatePem.trimmed().isEmpty()) {
        const X509Ptr certificate = certificateFromPem(certificatePem);
        if (!certificate)
            return fail(error, tr("The certificate to ask about cannot be read (PEM expected)"));
        certId.reset(OCSP_cert_to_id(EVP_sha1(), certificate.get(), issuer.get()));
    } else {
        certId = syntheticCertId(issuer.get());
    }
    if (!certId)
        return fail(error, tr("Cannot build the OCSP certificate identifier: %1").arg(takeLastError()));

    OcspRequestPtr request(OCSP_REQUEST_new());
    if (!request || !OCSP_request_add0_id(request.get(), certId.get()))
        return fail(error, tr("Cannot build the OCSP request: %1").arg(takeLastError()));
    static_cast<void>(certId.release()); // owned by the request now
    if (OCSP_request_add1_nonce(request.get(), nullptr, -1) != 1)
        return fail(error, tr("Cannot add a nonce to the OCSP request: %1").arg(takeLastError()));

    const int length = i2d_OCSP_REQUEST(request.get(), nullptr);
    if (length <= 0)
        return fail(error, tr("Cannot encode the OCSP request: %1").arg(takeLastError()));
    QByteArray der(length, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_OCSP_REQUEST(request.get(), &cursor) != length)
        return fail(error, tr("Cannot encode the OCSP request: %1").arg(takeLastError()));
    if (error)
        error->clear();
    return der;
}

QString OcspRequestBuilder::getUrl(const QString& responderUrl, const QByteArray& requestDer)
{
    if (responderUrl.isEmpty() || requestDer.isEmpty())
        return {};
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromLatin1(requestDer.toBase64()));
    if (encoded.size() >= kMaxGetEncodingSize)
        return {};
    QString url = responderUrl;
    if (!url.endsWith(u'/'))
        url += u'/';
    return url + QString::fromLatin1(encoded);
}
