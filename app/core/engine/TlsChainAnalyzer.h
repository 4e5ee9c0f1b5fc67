#pragma once

#include "ExpectedRoot.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

// Builds the chain a presented certificate list verifies to, as OpenSSL does (X509_verify_cert against the
// trusted CAs, whatever order the server sent its certificates in), and tells whether its root is one the
// services really use. A trusted chain ending elsewhere is TLS inspection. The trusted CAs are the given list,
// parsed once, plus those of an OpenSSL hashed directory, read when a chain needs them (as Qt's handshake reads
// the system's); analyze() is safe to call from several threads.
class TlsChainAnalyzer final
{
public:
    struct Result
    {
        bool verified = false; // a path to a trusted CA exists (validity dates aside)
        QSslCertificate root; // null when no trusted CA anchors the chain
        QString rootName;
        QString rootOrganization;
        QString rootSha256; // lower-case hex
        bool rootExpected = false;
        // Leaf first, each certificate followed by its issuer, ending at the root when one was found; what was
        // presented but is not part of the path is left out.
        QList<QSslCertificate> verifiedChain;
    };

    TlsChainAnalyzer(const QList<QSslCertificate>& trustedCas, QList<ExpectedRoot> expectedRoots,
        const QString& hashedCaDirectory = {});

    // The system's trusted CAs as an OpenSSL hashed directory (/etc/ssl/certs), where there is one: reading
    // it on demand spares parsing every system CA at the start of each run. Empty where the system keeps them
    // otherwise (Windows' certificate store): pass QSslConfiguration::systemCaCertificates() instead.
    static QString systemHashedCaDirectory();
    ~TlsChainAnalyzer();
    TlsChainAnalyzer(const TlsChainAnalyzer&) = delete;
    TlsChainAnalyzer& operator=(const TlsChainAnalyzer&) = delete;

    Result analyze(const QList<QSslCertificate>& presentedChain) const;
    // True when a trusted CA has this certificate's issuer as its subject.
    bool trustsIssuerOf(const QSslCertificate& certificate) const;

    static QString displayName(const QSslCertificate& certificate);
    static QString sha256Hex(const QSslCertificate& certificate);

private:
    struct Store;
    std::unique_ptr<Store> m_store;
    QList<ExpectedRoot> m_expectedRoots;
};
