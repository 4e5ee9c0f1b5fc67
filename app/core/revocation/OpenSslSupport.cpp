#include "OpenSslSupport.h"

#include <QDate>
#include <QSslSocket>
#include <QTime>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <ctime>

namespace OpenSslSupport {

namespace {
// A certificate in PEM is a few kilobytes; anything far larger is not one.
constexpr qsizetype kMaxPemSize = qsizetype(1024) * 1024;
} // namespace

X509Ptr certificateFromPem(const QString& pem)
{
    const QByteArray data = pem.toUtf8();
    if (data.isEmpty() || data.size() > kMaxPemSize)
        return {};
    BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    if (!bio)
        return {};
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return certificate;
}

X509Ptr certificateFrom(const QSslCertificate& certificate)
{
    // Qt's handle is an X509 only under its OpenSSL backend, and ours to share only if that backend runs on the
    // libcrypto this program links.
    static const bool sharesQtsObjects = QSslSocket::activeBackend() == QLatin1String("openssl")
        && QSslSocket::sslLibraryVersionNumber() == long(OpenSSL_version_num());
    if (certificate.isNull())
        return {};
    if (sharesQtsObjects) {
        if (auto* x509 = static_cast<X509*>(certificate.handle()); x509 && X509_up_ref(x509) == 1)
            return X509Ptr(x509);
    }
    return certificateFromDer(certificate.toDer());
}

X509Ptr certificateFromDer(const QByteArray& der)
{
    if (der.isEmpty())
        return {};
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* cursor = begin;
    X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    ERR_clear_error();
    if (!certificate || cursor != begin + der.size())
        return {};
    return certificate;
}

QString nameToString(const X509_NAME* name, int maxLength)
{
    if (!name)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    if (X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        ERR_clear_error();
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    if (length <= 0 || !data)
        return {};
    QString text = QString::fromUtf8(data, static_cast<qsizetype>(std::min<long>(length, 4L * maxLength)));
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    if (!time)
        return {};
    std::tm parts {};
    if (ASN1_TIME_to_tm(time, &parts) != 1) {
        ERR_clear_error();
        return {};
    }
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    const QTime clock(parts.tm_hour, parts.tm_min, parts.tm_sec);
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toUTC().toString(Qt::ISODate);
}

QString serialToHex(const ASN1_INTEGER* serial, int maxBytes)
{
    if (!serial)
        return {};
    const int length = ASN1_STRING_length(serial);
    const unsigned char* data = ASN1_STRING_get0_data(serial);
    if (length <= 0 || !data)
        return QStringLiteral("0");
    const QByteArray bytes(reinterpret_cast<const char*>(data), std::min(length, maxBytes));
    QString hex = QString::fromLatin1(bytes.toHex().toUpper());
    if (length > maxBytes)
        hex += QChar(0x2026);
    return hex;
}

QString takeLastError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QString uriOf(const GENERAL_NAME* name, int maxLength)
{
    if (!name || name->type != GEN_URI || !name->d.uniformResourceIdentifier)
        return {};
    const ASN1_IA5STRING* uri = name->d.uniformResourceIdentifier;
    const int length = ASN1_STRING_length(uri);
    const unsigned char* data = ASN1_STRING_get0_data(uri);
    if (length <= 0 || length > maxLength || !data)
        return {};
    for (int i = 0; i < length; ++i) {
        if (data[i] < 0x21 || data[i] > 0x7e)
            return {};
    }
    return QString::fromLatin1(reinterpret_cast<const char*>(data), length);
}

} // namespace OpenSslSupport
