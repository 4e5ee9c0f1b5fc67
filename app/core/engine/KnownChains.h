#pragma once

#include "ExtraTrustStore.h"
#include "TlsChainAnalyzer.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <optional>

// What the chain analysis and the user's CAs said about each certificate chain already seen in a run. The
// services share a handful of certificates across dozens of host names, and building a path with OpenSSL
// costs far more than the lookup, so each distinct chain is judged once. Thread-safe; the answers are the
// same the analyzer and the store give (both read only what was fixed when the run started).
class KnownChains final
{
public:
    static constexpr int kMaxChains = 256; // a bound against runs where every server sends its own chain

    // Everything the judgement of a completed handshake needs, or nothing when this chain is new (or was
    // judged without the answer of the user's CAs that it now needs).
    struct Verdict
    {
        TlsChainAnalyzer::Result analysis;
        std::optional<bool> extraCasVerify;
    };
    std::optional<Verdict> find(const QList<QSslCertificate>& chain, bool needsExtraCas) const;

    // Judges the chain (or takes the answers already known) and remembers the answers.
    Verdict judge(const QList<QSslCertificate>& chain, bool needsExtraCas, const TlsChainAnalyzer& analyzer,
        const ExtraTrustStore& extraCas);

private:
    static QByteArray keyOf(const QList<QSslCertificate>& chain);

    mutable QMutex m_mutex;
    QHash<QByteArray, Verdict> m_verdicts;
};
