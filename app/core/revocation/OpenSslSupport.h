#pragma once

// Internal to the core (revocation checks, TLS chain analysis): RAII ownership of libcrypto objects and conversions to
// Qt types. Include only from .cpp files so that no public header exposes OpenSSL.

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace OpenSslSupport {

template<auto freeFunction>
struct Deleter
{
    template<typename T>
    void operator()(T* pointer) const
    {
        freeFunction(pointer);
    }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using OcspRequestPtr = std::unique_ptr<OCSP_REQUEST, Deleter<OCSP_REQUEST_free>>;
using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE_free>>;
using OcspBasicResponsePtr = std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP_free>>;
using OcspCertIdPtr = std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID_free>>;
using AuthorityInfoAccessPtr = std::unique_ptr<AUTHORITY_INFO_ACCESS, Deleter<AUTHORITY_INFO_ACCESS_free>>;
using CrlDistPointsPtr = std::unique_ptr<CRL_DIST_POINTS, Deleter<CRL_DIST_POINTS_free>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// The first certificate of a PEM text; null when there is none.
X509Ptr certificateFromPem(const QString& pem);
// The certificate as libcrypto's object. With Qt's OpenSSL backend on this very libcrypto, that is the object Qt
// already holds (one more reference, no parsing: decoding a certificate costs OpenSSL 3 a millisecond); with
// another backend it is decoded from DER.
X509Ptr certificateFrom(const QSslCertificate& certificate);
// A DER certificate that spans exactly the given bytes; null otherwise.
X509Ptr certificateFromDer(const QByteArray& der);
// "CN=...,O=..." (RFC 2253 order), at most maxLength characters.
QString nameToString(const X509_NAME* name, int maxLength = 300);
// Invalid when the time is null or cannot be read.
QDateTime toDateTime(const ASN1_TIME* time);
// ISO 8601 in UTC, or a dash for an invalid time.
QString formatTime(const QDateTime& time);
// Upper-case hex, shortened with an ellipsis beyond maxBytes.
QString serialToHex(const ASN1_INTEGER* serial, int maxBytes = 40);
// The most recent error of this thread's OpenSSL queue, which it then empties.
QString takeLastError();
// A URI general name's text, empty for other kinds or unprintable values.
QString uriOf(const GENERAL_NAME* name, int maxLength = 2048);

} // namespace OpenSslSupport
