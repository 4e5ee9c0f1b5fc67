#include "ExtraTrustStore.h"

#include "revocation/OpenSslSupport.h"

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace {
using OpenSslSupport::X509Ptr;

X509Ptr toX509(const QSslCertificate& certificate)
{
    return OpenSslSupport::certificateFrom(certificate);
}
} // namespace

struct ExtraTrustStore::Store
{
    X509_STORE* store = X509_STORE_new();
    ~Store() { X509_STORE_free(store); }
};

ExtraTrustStore::ExtraTrustStore(const QList<QSslCertificate>& anchors)
    : m_anchors(anchors)
    , m_store(std::make_unique<Store>())
{
    for (const QSslCertificate& anchor : anchors) {
        if (const X509Ptr x509 = toX509(anchor))
            X509_STORE_add_cert(m_store->store, x509.get()); // takes its own reference
    }
}

ExtraTrustStore::~ExtraTrustStore() = default;

bool ExtraTrustStore::isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

bool ExtraTrustStore::verifies(const QList<QSslCertificate>& chain) const
{
    if (m_anchors.isEmpty() || chain.isEmpty())
        return false;
    const X509Ptr leaf = toX509(chain.constFirst());
    if (!leaf)
        return false;
    STACK_OF(X509)* intermediates = sk_X509_new_null();
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509Ptr x509 = toX509(chain.at(i)); x509 && sk_X509_push(intermediates, x509.get()) > 0)
            static_cast<void>(x509.release());
    }
    X509_STORE_CTX* context = X509_STORE_CTX_new();
    const bool ok = context && X509_STORE_CTX_init(context, m_store->store, leaf.get(), intermediates) == 1
        && X509_verify_cert(context) == 1;
    X509_STORE_CTX_free(context);
    sk_X509_pop_free(intermediates, X509_free);
    return ok;
}
