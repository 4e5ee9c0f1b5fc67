#include "KnownChains.h"

#include <QMutexLocker>

QByteArray KnownChains::keyOf(const QList<QSslCertificate>& chain)
{
    // The certificates as sent, in order: DER encoding is canonical, so equal bytes are the same chain.
    QByteArray key;
    for (const QSslCertificate& certificate : chain)
        key += certificate.toDer();
    return key;
}

std::optional<KnownChains::Verdict> KnownChains::find(const QList<QSslCertificate>& chain, bool needsExtraCas) const
{
    if (chain.isEmpty())
        return std::nullopt;
    const QByteArray key = keyOf(chain);
    const QMutexLocker lock(&m_mutex);
    const auto known = m_verdicts.constFind(key);
    if (known == m_verdicts.constEnd() || (needsExtraCas && !known->extraCasVerify))
        return std::nullopt;
    return *known;
}

KnownChains::Verdict KnownChains::judge(const QList<QSslCertificate>& chain, bool needsExtraCas,
    const TlsChainAnalyzer& analyzer, const ExtraTrustStore& extraCas)
{
    if (std::optional<Verdict> known = find(chain, needsExtraCas))
        return *known;
    // Judged outside the lock: two threads meeting the same new chain both judge it, and agree.
    Verdict verdict;
    verdict.analysis = analyzer.analyze(chain);
    if (needsExtraCas)
        verdict.extraCasVerify = extraCas.verifies(chain);
    if (!chain.isEmpty()) {
        const QByteArray key = keyOf(chain);
        const QMutexLocker lock(&m_mutex);
        if (m_verdicts.size() < kMaxChains || m_verdicts.contains(key))
            m_verdicts.insert(key, verdict);
    }
    return verdict;
}
