#include "TestPki.h"
#include "engine/TlsChainAnalyzer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The chain analysis against CAs given as a list and against an OpenSSL hashed directory read on demand, as
// the system's /etc/ssl/certs is.
class TestTlsChainAnalyzer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_root;
    std::unique_ptr<TestPki> m_intermediate;
    std::unique_ptr<TestPki> m_stranger;
    QSslCertificate m_rootCertificate;
    QSslCertificate m_intermediateCertificate;
    QSslCertificate m_leaf;
    QString m_hashedDirectory;

    static QSslCertificate load(const QString& path) { return QSslCertificate::fromPath(path).value(0); }

private slots:
    void initTestCase()
    {
        m_root = std::make_unique<TestPki>(QStringLiteral("Analyzer Root CA"));
        QVERIFY2(m_root->isValid(), qPrintable(m_root->errorString()));
        m_intermediate = std::make_unique<TestPki>(QStringLiteral("Analyzer Intermediate"), *m_root);
        QVERIFY2(m_intermediate->isValid(), qPrintable(m_intermediate->errorString()));
        m_stranger = std::make_unique<TestPki>(QStringLiteral("Stranger CA"));
        QVERIFY(m_stranger->isValid());
        const TestPki::Leaf leaf = m_intermediate->issueLeaf(QStringLiteral("leaf"), {QStringLiteral("leaf.test")});
        QVERIFY(!leaf.isNull());
        m_leaf = load(leaf.certPath);
        m_rootCertificate = load(m_root->caCertPath());
        m_intermediateCertificate = load(m_intermediate->caCertPath());
        QVERIFY(!m_leaf.isNull() && !m_rootCertificate.isNull() && !m_intermediateCertificate.isNull());

        // A hashed directory holding the root only, named by subject hash as c_rehash names it.
        QVERIFY(m_dir.isValid());
        m_hashedDirectory = m_dir.filePath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(m_hashedDirectory));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject_hash"), QStringLiteral("-in"),
                m_root->caCertPath()});
        QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
        const QString hash = QString::fromLatin1(openssl.readAllStandardOutput().trimmed());
        QCOMPARE(hash.size(), 8);
        QVERIFY(QFile::copy(m_root->caCertPath(), m_hashedDirectory + QLatin1Char('/') + hash + QStringLiteral(".0")));
    }

    void rootsFromAListOrAHashedDirectory_data()
    {
        QTest::addColumn<bool>("rootInList");
        QTest::addColumn<bool>("rootInDirectory");
        QTest::addColumn<bool>("verified");
        QTest::addRow("root given as a list") << true << false << true;
        QTest::addRow("root read from the hashed directory") << false << true << true;
        QTest::addRow("root nowhere") << false << false << false;
    }

    void rootsFromAListOrAHashedDirectory()
    {
        QFETCH(bool, rootInList);
        QFETCH(bool, rootInDirectory);
        QFETCH(bool, verified);
        const QList<QSslCertificate> list = rootInList ? QList {m_rootCertificate} : QList<QSslCertificate> {};
        const QString sha = TlsChainAnalyzer::sha256Hex(m_rootCertificate);
        const TlsChainAnalyzer analyzer(
            list, {{QStringLiteral("Analyzer Root CA"), sha}}, rootInDirectory ? m_hashedDirectory : QString());

        // The leaf and its intermediate, as a server sends them; the root comes from the trusted CAs.
        const TlsChainAnalyzer::Result result = analyzer.analyze({m_leaf, m_intermediateCertificate});
        QCOMPARE(result.verified, verified);
        QCOMPARE(analyzer.trustsIssuerOf(m_intermediateCertificate), verified);
        QVERIFY(!analyzer.trustsIssuerOf(m_leaf)); // its issuer, the intermediate, is not a trusted CA
        if (!verified) {
            QVERIFY(result.root.isNull());
            return;
        }
        QCOMPARE(result.root, m_rootCertificate);
        QCOMPARE(result.rootName, QStringLiteral("Analyzer Root CA"));
        QCOMPARE(result.rootSha256, sha);
        QVERIFY(result.rootExpected);
        QCOMPARE(result.verifiedChain, (QList {m_leaf, m_intermediateCertificate, m_rootCertificate}));
        // Asked again (from the cache of CAs read from the directory), the same answer.
        QCOMPARE(analyzer.analyze({m_leaf, m_intermediateCertificate}).root, m_rootCertificate);
    }

    void aPresentedRootIsNotAnAnchor()
    {
        // The server sends a root of its own: without that root among the trusted CAs, nothing anchors the chain.
        const TlsChainAnalyzer analyzer({}, {}, m_hashedDirectory);
        const QSslCertificate strangerRoot = load(m_stranger->caCertPath());
        const TestPki::Leaf leaf = m_stranger->issueLeaf(QStringLiteral("other"), {QStringLiteral("other.test")});
        const TlsChainAnalyzer::Result result = analyzer.analyze({load(leaf.certPath), strangerRoot});
        QVERIFY(!result.verified);
        QVERIFY(result.root.isNull());
    }

    void systemDirectoryFollowsSslCertDir()
    {
        const QByteArray saved = qgetenv("SSL_CERT_DIR");
        qputenv("SSL_CERT_DIR", QFile::encodeName(m_hashedDirectory));
        const QString hashed = TlsChainAnalyzer::systemHashedCaDirectory();
        qputenv("SSL_CERT_DIR", QFile::encodeName(m_dir.path())); // no hash-named file in it
        const QString plain = TlsChainAnalyzer::systemHashedCaDirectory();
        if (saved.isNull())
            qunsetenv("SSL_CERT_DIR");
        else
            qputenv("SSL_CERT_DIR", saved);
        QCOMPARE(hashed, QDir(m_hashedDirectory).absolutePath());
        QVERIFY2(plain.isEmpty(), qPrintable(plain));
    }
};

QTEST_GUILESS_MAIN(TestTlsChainAnalyzer)
#include "tst_tlschainanalyzer.moc"
