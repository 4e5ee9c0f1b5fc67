#include "TlsChainAnalyzer.h"

#include "revocation/OpenSslSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <vector>

using OpenSslSupport::X509Ptr;
using OpenSslSupport::X509StackPtr;

struct TlsChainAnalyzer::Store
{
    X509_STORE* store = X509_STORE_new();
    QList<QSslCertificate> cas;
    // Our own reference to every certificate added, so that the index never points at a freed object (the
    // store takes no reference to a certificate it already holds).
    std::vector<X509Ptr> owned;
    QHash<const X509*, qsizetype> index; // certificates in the store, to their entry in cas
    // CAs the hashed directory lookup has added to the store, converted once (the store keeps each object
    // until it goes, so the pointer stays valid).
    QMutex lazyMutex;
    QHash<const X509*, QSslCertificate> lazy;
    ~Store() { X509_STORE_free(store); }
};

TlsChainAnalyzer::TlsChainAnalyzer(
    const QList<QSslCertificate>& trustedCas, QList<ExpectedRoot> expectedRoots, const QString& hashedCaDirectory)
    : m_store(std::make_unique<Store>())
    , m_expectedRoots(std::move(expectedRoots))
{
    if (!hashedCaDirectory.isEmpty()) {
        X509_LOOKUP* lookup = X509_STORE_add_lookup(m_store->store, X509_LOOKUP_hash_dir());
        if (lookup)
            X509_LOOKUP_add_dir(lookup, QFile::encodeName(hashedCaDirectory).constData(), X509_FILETYPE_PEM);
    }
    QSet<QByteArray> seen;
    for (const QSslCertificate& ca : trustedCas) {
        const QByteArray der = ca.toDer();
        if (seen.contains(der))
            continue; // the same CA from two files of the system store
        X509Ptr x509 = OpenSslSupport::certificateFrom(ca);
        if (!x509 || X509_STORE_add_cert(m_store->store, x509.get()) != 1)
            continue;
        seen.insert(der);
        // The store hands out this very object when it builds a chain.
        m_store->index.insert(x509.get(), m_store->cas.size());
        m_store->cas << ca;
        m_store->owned.push_back(std::move(x509));
    }
}

TlsChainAnalyzer::~TlsChainAnalyzer() = default;

QString TlsChainAnalyzer::systemHashedCaDirectory()
{
    // OpenSSL's own default, or SSL_CERT_DIR when set, as for any OpenSSL program on this machine.
    const QByteArray fromEnvironment = qgetenv(X509_get_default_cert_dir_env());
    const QString path = QFile::decodeName(
        fromEnvironment.isEmpty() ? QByteArray(X509_get_default_cert_dir()) : fromEnvironment.split(':').constFirst());
    // Only a directory of subject-hash links ("5ad8a5d6.0") can be read on demand.
    const QDir directory(path);
    const bool hashed = directory.exists()
        && !directory.entryList({QStringLiteral("????????.0")}, QDir::Files | QDir::System).isEmpty();
    return hashed ? directory.absolutePath() : QString();
}

QString TlsChainAnalyzer::displayName(const QSslCertificate& certificate)
{
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return cn.constFirst();
    const QStringList org = certificate.subjectInfo(QSslCertificate::Organization);
    return org.isEmpty() ? certificate.subjectDisplayName() : org.constFirst();
}

QString TlsChainAnalyzer::sha256Hex(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool TlsChainAnalyzer::trustsIssuerOf(const QSslCertificate& certificate) const
{
    const X509Ptr x509 = OpenSslSupport::certificateFrom(certificate);
    if (!x509)
        return false;
    // Asks the store itself, so that CAs of the hashed directory count as well as those given.
    X509_STORE_CTX* context = X509_STORE_CTX_new();
    if (!context || X509_STORE_CTX_init(context, m_store->store, nullptr, nullptr) != 1) {
        X509_STORE_CTX_free(context);
        return false;
    }
    X509_OBJECT* found = X509_STORE_CTX_get_obj_by_subject(
        context, X509_LU_X509, const_cast<X509_NAME*>(X509_get_issuer_name(x509.get())));
    X509_OBJECT_free(found);
    X509_STORE_CTX_free(context);
    ERR_clear_error();
    return found != nullptr;
}

TlsChainAnalyzer::Result TlsChainAnalyzer::analyze(const QList<QSslCertificate>& presentedChain) const
{
    Result result;
    if (presentedChain.isEmpty())
        return result;
    std::vector<X509Ptr> presented;
    for (const QSslCertificate& certificate : presentedChain)
        presented.push_back(OpenSslSupport::certificateFrom(certificate));
    if (!presented.front())
        return result;
    X509StackPtr untrusted(sk_X509_new_null());
    for (size_t i = 1; i < presented.size(); ++i) {
        if (presented[i] && sk_X509_push(untrusted.get(), presented[i].get()) > 0)
            X509_up_ref(presented[i].get());
    }

    X509_STORE_CTX* context = X509_STORE_CTX_new();
    if (!context || X509_STORE_CTX_init(context, m_store->store, presented.front().get(), untrusted.get()) != 1) {
        X509_STORE_CTX_free(context);
        return result;
    }
    // The path is what matters here; dates and purposes are judged elsewhere (and an expired intermediate
    // must not hide which root the chain ends at).
    X509_STORE_CTX_set_flags(context, X509_V_FLAG_NO_CHECK_TIME);
    X509_STORE_CTX_set_verify_cb(context, [](int, X509_STORE_CTX*) { return 1; });
    X509_verify_cert(context);
    const int error = X509_STORE_CTX_get_error(context);
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context);

    const auto toQt = [&](const X509* x509) -> QSslCertificate {
        for (size_t i = 0; i < presented.size(); ++i) {
            if (presented[i].get() == x509)
                return presentedChain.at(qsizetype(i));
        }
        if (const auto it = m_store->index.constFind(x509); it != m_store->index.cend())
            return m_store->cas.at(*it);
        const QMutexLocker locker(&m_store->lazyMutex);
        if (const auto it = m_store->lazy.constFind(x509); it != m_store->lazy.cend())
            return *it;
        int length = i2d_X509(x509, nullptr);
        QByteArray der(length > 0 ? length : 0, Qt::Uninitialized);
        auto* cursor = reinterpret_cast<unsigned char*>(der.data());
        const QSslCertificate converted
            = length > 0 && i2d_X509(x509, &cursor) == length ? QSslCertificate(der, QSsl::Der) : QSslCertificate();
        m_store->lazy.insert(x509, converted);
        return converted;
    };
    const int length = chain ? sk_X509_num(chain) : 0;
    for (int i = 0; i < length; ++i)
        result.verifiedChain << toQt(sk_X509_value(chain, i));
    const X509* top = length > 0 ? sk_X509_value(chain, length - 1) : nullptr;
    // What the path ends at came from the store (the given CAs or the hashed directory) unless it was presented.
    const bool anchored = top
        && std::none_of(presented.cbegin(), presented.cend(), [top](const X509Ptr& own) { return own.get() == top; });
    X509_STORE_CTX_free(context);

    // With the callback accepting everything, the error left says whether a trust anchor was reached.
    const bool untrustedPath = error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
        || error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT || error == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
        || error == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN || error == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE
        || error == X509_V_ERR_CERT_UNTRUSTED;
    result.verified = anchored && !untrustedPath;
    if (!anchored)
        return result;
    result.root = result.verifiedChain.constLast();
    result.rootName = displayName(result.root);
    result.rootOrganization = result.root.subjectInfo(QSslCertificate::Organization).value(0);
    result.rootSha256 = sha256Hex(result.root);
    for (const ExpectedRoot& expected : m_expectedRoots) {
        if (expected.sha256.compare(result.rootSha256, Qt::CaseInsensitive) == 0)
            result.rootExpected = true;
    }
    return result;
}
