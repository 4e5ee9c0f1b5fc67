#include "TlsChainAnalyzer.h"

#include "revocation/OpenSslSupport.h"

#include <QCryptographicHash>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {
using OpenSslSupport::X509Ptr;

X509Ptr toX509(const QSslCertificate& certificate)
{
    return OpenSslSupport::certificateFromDer(certificate.toDer());
}
} // namespace

struct TlsChainAnalyzer::ParsedCa
{
    X509Ptr x509;
    qsizetype index = 0; // into m_trustedCas
};

TlsChainAnalyzer::TlsChainAnalyzer(QList<QSslCertificate> trustedCas, QList<ExpectedRoot> expectedRoots)
    : m_trustedCas(std::move(trustedCas))
    , m_expectedRoots(std::move(expectedRoots))
{
    for (qsizetype i = 0; i < m_trustedCas.size(); ++i) {
        if (X509Ptr x509 = toX509(m_trustedCas.at(i)))
            m_parsed.push_back(std::make_unique<ParsedCa>(ParsedCa {std::move(x509), i}));
    }
}

TlsChainAnalyzer::~TlsChainAnalyzer() = default;

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

QSslCertificate TlsChainAnalyzer::findIssuer(const QSslCertificate& certificate) const
{
    const X509Ptr subject = toX509(certificate);
    if (!subject)
        return QSslCertificate();
    const X509_NAME* issuerName = X509_get_issuer_name(subject.get());
    for (const auto& ca : m_parsed) {
        // Cheap name comparison first; the signature check only for the few candidates left.
        if (X509_NAME_cmp(X509_get_subject_name(ca->x509.get()), issuerName) != 0
            || X509_check_issued(ca->x509.get(), subject.get()) != X509_V_OK)
            continue;
        EVP_PKEY* key = X509_get0_pubkey(ca->x509.get());
        if (key && X509_verify(subject.get(), key) == 1)
            return m_trustedCas.at(ca->index);
    }
    return QSslCertificate();
}

TlsChainAnalyzer::Result TlsChainAnalyzer::analyze(const QList<QSslCertificate>& presentedChain) const
{
    Result result;
    result.fullChain = presentedChain;
    if (presentedChain.isEmpty())
        return result;

    // The root may be presented (then it must also be trusted) or must be found in the store.
    const QSslCertificate& last = presentedChain.constLast();
    if (last.isSelfSigned() && m_trustedCas.contains(last)) {
        result.root = last;
    } else {
        result.root = findIssuer(last);
        if (!result.root.isNull())
            result.fullChain << result.root;
    }
    if (result.root.isNull())
        return result;

    result.rootName = displayName(result.root);
    result.rootSha256 = sha256Hex(result.root);
    for (const ExpectedRoot& expected : m_expectedRoots) {
        if (expected.sha256.compare(result.rootSha256, Qt::CaseInsensitive) == 0)
            result.rootExpected = true;
    }
    return result;
}
