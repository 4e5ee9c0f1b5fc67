#include "TestPki.h"
#include "revocation/ChainRevocationUrls.h"

#include <QSslCertificate>
#include <QTest>

// The revocation URLs Windows would use for a chain, read from certificates that carry AIA and CDP extensions.
class TestChainRevocationUrls final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPki> m_pki;
    QSslCertificate m_ca;
    QSslCertificate m_first; // OCSP and CRL URLs
    QSslCertificate m_second; // other URLs
    QSslCertificate m_sameAsFirst; // the first one's URLs again
    QSslCertificate m_plain; // none

    QSslCertificate issue(const QString& name, const QString& ocspUrl, const QString& crlUrl)
    {
        const TestPki::Leaf leaf = m_pki->issueLeaf(name, {name}, ocspUrl, crlUrl);
        return leaf.isNull() ? QSslCertificate() : QSslCertificate(leaf.certPem.toUtf8());
    }

private slots:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_ca = QSslCertificate(m_pki->caCertPem().toUtf8());
        m_first = issue("first.test", "http://127.0.0.1:8080/ocsp", "http://127.0.0.1:8080/ca.crl");
        m_second = issue("second.test", "http://ocsp.second.test", "http://crl.second.test/second.crl");
        m_sameAsFirst = issue("third.test", "http://127.0.0.1:8080/ocsp", "http://127.0.0.1:8080/ca.crl");
        m_plain = issue("plain.test", {}, {});
        QVERIFY2(!m_first.isNull() && !m_second.isNull() && !m_sameAsFirst.isNull() && !m_plain.isNull(),
            qPrintable(m_pki->errorString()));
    }

    void extract_data()
    {
        QTest::addColumn<QList<QSslCertificate>>("chain");
        QTest::addColumn<QStringList>("ocsp");
        QTest::addColumn<QStringList>("crl");

        QTest::addRow("leaf and CA") << QList {m_first, m_ca} << QStringList {"http://127.0.0.1:8080/ocsp"}
                                     << QStringList {"http://127.0.0.1:8080/ca.crl"};
        QTest::addRow("chain order kept")
            << QList {m_second, m_first} << QStringList {"http://ocsp.second.test", "http://127.0.0.1:8080/ocsp"}
            << QStringList {"http://crl.second.test/second.crl", "http://127.0.0.1:8080/ca.crl"};
        QTest::addRow("duplicates once") << QList {m_first, m_sameAsFirst, m_second, m_first}
                                         << QStringList {"http://127.0.0.1:8080/ocsp", "http://ocsp.second.test"}
                                         << QStringList {
                                                "http://127.0.0.1:8080/ca.crl", "http://crl.second.test/second.crl"};
        QTest::addRow("no extensions") << QList {m_plain, m_ca} << QStringList() << QStringList();
        QTest::addRow("null certificate skipped")
            << QList {QSslCertificate(), m_first} << QStringList {"http://127.0.0.1:8080/ocsp"}
            << QStringList {"http://127.0.0.1:8080/ca.crl"};
        QTest::addRow("empty chain") << QList<QSslCertificate>() << QStringList() << QStringList();
    }

    void extract()
    {
        QFETCH(QList<QSslCertificate>, chain);
        QFETCH(QStringList, ocsp);
        QFETCH(QStringList, crl);
        QStringList ocspUrls {"kept"};
        QStringList crlUrls;
        ChainRevocationUrls::extract(chain, &ocspUrls, &crlUrls);
        QCOMPARE(ocspUrls, QStringList {"kept"} + ocsp); // appends to what is there
        QCOMPARE(crlUrls, crl);
    }

    void outputsMayBeNull()
    {
        QStringList crlUrls;
        ChainRevocationUrls::extract({m_first}, nullptr, &crlUrls);
        QCOMPARE(crlUrls, QStringList {"http://127.0.0.1:8080/ca.crl"});
        QStringList ocspUrls;
        ChainRevocationUrls::extract({m_first}, &ocspUrls, nullptr);
        QCOMPARE(ocspUrls, QStringList {"http://127.0.0.1:8080/ocsp"});
    }
};

QTEST_GUILESS_MAIN(TestChainRevocationUrls)
#include "tst_chainrevocationurls.moc"
