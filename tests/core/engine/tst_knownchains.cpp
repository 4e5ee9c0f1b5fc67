#include "TestPki.h"
#include "engine/KnownChains.h"

#include <QTest>

// The run's memo of chain verdicts: the same answers as the analyzer and the user's CAs, each distinct chain
// judged once, and a bound on how many it keeps.
class TestKnownChains : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestPki> m_root;
    std::unique_ptr<TestPki> m_stranger;
    QSslCertificate m_rootCertificate;
    QSslCertificate m_leaf;
    QSslCertificate m_strangerLeaf;

    static QSslCertificate load(const QString& path) { return QSslCertificate::fromPath(path).value(0); }

private slots:
    void initTestCase()
    {
        m_root = std::make_unique<TestPki>(QStringLiteral("Known Chains Root"));
        QVERIFY2(m_root->isValid(), qPrintable(m_root->errorString()));
        m_stranger = std::make_unique<TestPki>(QStringLiteral("Stranger CA"));
        QVERIFY2(m_stranger->isValid(), qPrintable(m_stranger->errorString()));
        m_rootCertificate = load(m_root->caCertPath());
        m_leaf = load(m_root->issueLeaf(QStringLiteral("leaf"), {QStringLiteral("leaf.test")}).certPath);
        m_strangerLeaf = load(m_stranger->issueLeaf(QStringLiteral("other"), {QStringLiteral("other.test")}).certPath);
        QVERIFY(!m_rootCertificate.isNull() && !m_leaf.isNull() && !m_strangerLeaf.isNull());
    }

    void answersAreTheAnalyzersAndRemembered_data()
    {
        QTest::addColumn<bool>("strangerChain");
        QTest::addColumn<bool>("verified");
        QTest::addRow("anchored by a trusted CA") << false << true;
        QTest::addRow("anchored by no trusted CA") << true << false;
    }

    void answersAreTheAnalyzersAndRemembered()
    {
        QFETCH(bool, strangerChain);
        QFETCH(bool, verified);
        const TlsChainAnalyzer analyzer({m_rootCertificate}, {});
        const ExtraTrustStore extraCas({m_rootCertificate});
        const QList<QSslCertificate> chain {strangerChain ? m_strangerLeaf : m_leaf};
        KnownChains known;

        QVERIFY(!known.find(chain, false));
        const KnownChains::Verdict first = known.judge(chain, false, analyzer, extraCas);
        const TlsChainAnalyzer::Result direct = analyzer.analyze(chain);
        QCOMPARE(first.analysis.verified, verified);
        QCOMPARE(first.analysis.verified, direct.verified);
        QCOMPARE(first.analysis.rootSha256, direct.rootSha256);
        QCOMPARE(first.analysis.verifiedChain, direct.verifiedChain);
        QVERIFY(!first.extraCasVerify); // not asked for

        const std::optional<KnownChains::Verdict> again = known.find(chain, false);
        QVERIFY(again);
        QCOMPARE(again->analysis.rootSha256, direct.rootSha256);
        // The user's CAs were not asked yet: a check that needs their answer judges the chain again.
        QVERIFY(!known.find(chain, true));
        const KnownChains::Verdict withExtraCas = known.judge(chain, true, analyzer, extraCas);
        QCOMPARE(withExtraCas.extraCasVerify, std::optional<bool>(extraCas.verifies(chain)));
        QCOMPARE(withExtraCas.extraCasVerify, std::optional<bool>(!strangerChain));
        QVERIFY(known.find(chain, true));
        QVERIFY(!known.find({}, false)); // nothing presented is never a known chain
    }

    void keepsAtMostItsBound()
    {
        const TlsChainAnalyzer analyzer({m_rootCertificate}, {});
        const ExtraTrustStore extraCas({});
        KnownChains known;
        // Distinct chains: the leaf presented once, twice, ... (the key is the certificates as sent).
        QList<QSslCertificate> chain;
        for (int i = 0; i < KnownChains::kMaxChains; ++i) {
            chain << m_leaf;
            known.judge(chain, false, analyzer, extraCas);
        }
        QVERIFY(known.find(chain, false));
        chain << m_leaf;
        const KnownChains::Verdict beyond = known.judge(chain, false, analyzer, extraCas);
        QCOMPARE(beyond.analysis.verified, analyzer.analyze(chain).verified); // still judged, only not kept
        QVERIFY(!known.find(chain, false));
        QVERIFY(known.find({m_leaf}, false)); // the first ones stay
    }
};

QTEST_GUILESS_MAIN(TestKnownChains)
#include "tst_knownchains.moc"
