#pragma once

#include "ExpectedRoot.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>
#include <vector>

// Finds the root a presented chain ends at (servers rarely send it) among the trusted CAs, and tells whether
// that root is one the services really use. A trusted chain ending elsewhere is TLS inspection.
// The trusted CAs are parsed once; analyze() is then cheap and safe to call from several threads.
class TlsChainAnalyzer final
{
public:
    struct Result
    {
        QSslCertificate root; // null when no trusted CA issued the chain's last certificate
        QString rootName;
        QString rootSha256; // lower-case hex
        bool rootExpected = false;
        QList<QSslCertificate> fullChain; // presented chain plus the root when found
    };

    TlsChainAnalyzer(QList<QSslCertificate> trustedCas, QList<ExpectedRoot> expectedRoots);
    ~TlsChainAnalyzer();
    TlsChainAnalyzer(const TlsChainAnalyzer&) = delete;
    TlsChainAnalyzer& operator=(const TlsChainAnalyzer&) = delete;

    Result analyze(const QList<QSslCertificate>& presentedChain) const;
    static QString displayName(const QSslCertificate& certificate);
    static QString sha256Hex(const QSslCertificate& certificate);

private:
    // The trusted CA that issued `certificate` (name and signature checked), or null.
    QSslCertificate findIssuer(const QSslCertificate& certificate) const;

    struct ParsedCa;
    QList<QSslCertificate> m_trustedCas;
    std::vector<std::unique_ptr<ParsedCa>> m_parsed;
    QList<ExpectedRoot> m_expectedRoots;
};
