#include "ChainRevocationUrls.h"

#include "OpenSslSupport.h"

#include <openssl/err.h>

using namespace OpenSslSupport;

namespace {
void appendOnce(QStringList* list, const QString& url)
{
    if (list && !url.isEmpty() && !list->contains(url))
        list->append(url);
}

void collectAccess(X509* certificate, int method, QStringList* urls)
{
    const AuthorityInfoAccessPtr access(
        static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(certificate, NID_info_access, nullptr, nullptr)));
    if (!access)
        return;
    int taken = 0;
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(access.get()) && taken < ChainRevocationUrls::kMaxUrlsPerCertificate;
         ++i) {
        const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access.get(), i);
        if (!description || OBJ_obj2nid(description->method) != method)
            continue;
        const QString url = uriOf(description->location);
        if (!url.isEmpty()) {
            appendOnce(urls, url);
            ++taken;
        }
    }
}

void collectCrl(X509* certificate, QStringList* urls)
{
    const CrlDistPointsPtr points(
        static_cast<CRL_DIST_POINTS*>(X509_get_ext_d2i(certificate, NID_crl_distribution_points, nullptr, nullptr)));
    if (!points)
        return;
    int taken = 0;
    for (int i = 0; i < sk_DIST_POINT_num(points.get()) && taken < ChainRevocationUrls::kMaxUrlsPerCertificate; ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        // Only a full name carries URIs; a name relative to the issuer does not.
        if (!point || !point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names) && taken < ChainRevocationUrls::kMaxUrlsPerCertificate; ++j) {
            const QString url = uriOf(sk_GENERAL_NAME_value(names, j));
            if (!url.isEmpty()) {
                appendOnce(urls, url);
                ++taken;
            }
        }
    }
}
} // namespace

void ChainRevocationUrls::extract(const QList<QSslCertificate>& chain, QStringList* ocspUrls, QStringList* crlUrls)
{
    for (const QSslCertificate& certificate : chain) {
        if (certificate.isNull())
            continue;
        const X509Ptr x509 = certificateFrom(certificate);
        if (!x509)
            continue;
        if (ocspUrls)
            collectAccess(x509.get(), NID_ad_OCSP, ocspUrls);
        if (crlUrls)
            collectCrl(x509.get(), crlUrls);
    }
    ERR_clear_error();
}

QStringList ChainRevocationUrls::caIssuersUrls(const QSslCertificate& certificate)
{
    QStringList urls;
    if (const X509Ptr x509 = certificateFrom(certificate))
        collectAccess(x509.get(), NID_ad_ca_issuers, &urls);
    ERR_clear_error();
    return urls;
}
