#include "TestPki.h"
#include "revocation/BodySniffer.h"
#include "revocation/CrlInspector.h"

#include <QRandomGenerator>
#include <QTest>

// CRLs made by a test CA at run time, and the answers a CRL URL gets instead of one on a filtered network.
class TestCrlInspector final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestPki> m_otherPki; // another CA
    std::unique_ptr<TestPki> m_impostorPki; // same name as m_pki, other key
    TestPki::Leaf m_revokedLeaf;
    QByteArray m_der;
    QDateTime m_now;

    static QByteArray randomBytes(int size, quint32 seed)
    {
        QRandomGenerator generator(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(generator.bounded(256));
        bytes[0] = '\x9c'; // never a SEQUENCE tag
        return bytes;
    }

private slots:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_otherPki = std::make_unique<TestPki>("Other Test CA");
        QVERIFY2(m_otherPki->isValid(), qPrintable(m_otherPki->errorString()));
        m_impostorPki = std::make_unique<TestPki>();
        QVERIFY2(m_impostorPki->isValid(), qPrintable(m_impostorPki->errorString()));

        QVERIFY(!m_pki->issueLeaf("good.test", {"good.test"}).isNull());
        m_revokedLeaf = m_pki->issueLeaf("revoked.test", {"revoked.test"});
        QVERIFY2(!m_revokedLeaf.isNull(), qPrintable(m_pki->errorString()));
        QVERIFY2(m_pki->revoke(m_revokedLeaf), qPrintable(m_pki->errorString()));
        m_der = m_pki->crlDer();
        QVERIFY2(!m_der.isEmpty(), qPrintable(m_pki->errorString()));
        m_now = QDateTime::currentDateTimeUtc();
    }

    void inspect_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("issuerPem");
        QTest::addColumn<Diagnosis>("diagnosis");
        QTest::addColumn<QString>("detailPart");
        QTest::addColumn<QString>("evidencePart");

        const QString ca = m_pki->caCertPem();
        const QString der = "application/pkix-crl";
        QTest::addRow("valid DER") << m_der << 200 << der << false << ca << Diagnosis::Ok
                                   << "Revocation list from CN=Netready Test CA"
                                   << "Signature: verified";
        QTest::addRow("valid DER lists one entry")
            << m_der << 200 << der << false << ca << Diagnosis::Ok << ", 1 entries, "
            << "Revoked entries: 1";
        QTest::addRow("valid PEM") << m_pki->crlPem() << 200 << "text/plain" << false << ca << Diagnosis::Ok
                                   << "next update"
                                   << "Format: PEM";
        QTest::addRow("valid DER, no issuer known")
            << m_der << 200 << der << false << QString() << Diagnosis::Ok << "Revocation list from"
            << "Signature: not checked";
        QTest::addRow("expired") << m_pki->crlDer(-10, -3) << 200 << der << false << ca << Diagnosis::CrlExpired
                                 << "out of date"
                                 << "Signature: verified";
        QTest::addRow("another issuer") << m_otherPki->crlDer() << 200 << der << false << ca << Diagnosis::CrlInvalid
                                        << "comes from CN=Other Test CA, not from the expected issuer"
                                        << "Issuer: CN=Other Test CA";
        QTest::addRow("same name, other key") << m_impostorPki->crlDer() << 200 << der << false << ca
                                              << Diagnosis::CrlInvalid << "signature does not verify"
                                              << "Format: DER";
        QTest::addRow("HTML portal page")
            << QByteArray("<!DOCTYPE html>\n<html><head><title>Guest Wi-Fi - Please sign in</title></head>"
                          "<body>Accept the terms</body></html>")
            << 200 << "text/html; charset=utf-8" << false << ca << Diagnosis::CrlInvalid
            << "an HTML page (title: \"Guest Wi-Fi - Please sign in\")"
            << "Content-Type: text/html";
        QTest::addRow("truncated DER") << m_der.left(m_der.size() / 2) << 200 << der << false << ca
                                       << Diagnosis::CrlInvalid << "a DER structure cut short"
                                       << "Size:";
        QTest::addRow("random bytes") << randomBytes(4096, 7) << 200 << der << false << ca << Diagnosis::CrlInvalid
                                      << "4096 bytes of binary data"
                                      << "Size: 4096 bytes";
        QTest::addRow("empty body") << QByteArray() << 200 << der << false << ca << Diagnosis::CrlInvalid
                                    << "an empty body"
                                    << "Size: 0 bytes";
        QTest::addRow("a certificate instead") << QSslCertificate(ca.toUtf8()).toDer() << 200 << der << false << ca
                                               << Diagnosis::CrlInvalid << "a certificate (subject CN=Netready Test CA)"
                                               << "Size:";
        QTest::addRow("HTTP 404") << QByteArray("<html><title>Not Found</title></html>") << 404 << "text/html" << false
                                  << ca << Diagnosis::CrlInvalid << "answered HTTP 404"
                                  << "HTTP status: 404";
        QTest::addRow("HTTP 404 with a CRL body")
            << m_der << 404 << der << false << ca << Diagnosis::CrlInvalid << "answered HTTP 404"
            << "HTTP status: 404";
        QTest::addRow("truncated at the cap")
            << m_der << 200 << der << true << ca << Diagnosis::CrlInvalid << "larger than 20 MB and was cut"
            << "Size:";
    }

    void inspect()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(QString, contentType);
        QFETCH(bool, truncated);
        QFETCH(QString, issuerPem);
        QFETCH(Diagnosis, diagnosis);
        QFETCH(QString, detailPart);
        QFETCH(QString, evidencePart);

        const RevocationVerdict verdict
            = CrlInspector::inspect(body, httpStatus, contentType, truncated, issuerPem, m_now);
        QVERIFY2(
            verdict.diagnosis == diagnosis, qPrintable(Diagnoses::code(verdict.diagnosis) + ": " + verdict.detail));
        QVERIFY2(verdict.detail.contains(detailPart), qPrintable(verdict.detail));
        const QString evidence = verdict.evidence.join('\n');
        QVERIFY2(evidence.contains(evidencePart), qPrintable(evidence));
    }

    void listsRevokedSerials()
    {
        const RevocationVerdict verdict = CrlInspector::inspect(m_der, 200, {}, false, m_pki->caCertPem(), m_now);
        QCOMPARE(verdict.diagnosis, Diagnosis::Ok);
        const QSslCertificate revoked(m_revokedLeaf.certPem.toUtf8());
        const QString serial = QString::fromLatin1(revoked.serialNumber()).remove(':').toUpper();
        QVERIFY(!serial.isEmpty());
        QVERIFY2(verdict.evidence.join('\n').contains("Revoked serial: " + serial), qPrintable(serial));
    }

    void expiryFollowsTheClock()
    {
        // The same CRL is current now and out of date eight days later (nextUpdate is seven days ahead).
        QCOMPARE(CrlInspector::inspect(m_der, 200, {}, false, {}, m_now).diagnosis, Diagnosis::Ok);
        QCOMPARE(CrlInspector::inspect(m_der, 200, {}, false, {}, m_now.addDays(8)).diagnosis, Diagnosis::CrlExpired);
    }

    void everyPrefixIsInvalid()
    {
        for (qsizetype length = 0; length < m_der.size(); ++length) {
            const RevocationVerdict verdict = CrlInspector::inspect(m_der.left(length), 200, {}, false, {}, m_now);
            QVERIFY2(verdict.diagnosis == Diagnosis::CrlInvalid, qPrintable(QString::number(length)));
        }
    }

    void corruptedBytesNeverPass()
    {
        // CertificateList ::= SEQUENCE { tbsCertList, signatureAlgorithm, signatureValue }. One changed byte in
        // the signed part or the signature: unreadable, or read but not signed by the CA. (The outer algorithm's
        // parameters are not signed; a change there may pass, but must not crash either.)
        const qsizetype tbsStart
            = static_cast<unsigned char>(m_der.at(1)) < 0x80 ? 2 : 2 + (static_cast<unsigned char>(m_der.at(1)) & 0x7f);
        const qint64 tbsEnd = tbsStart + BodySniffer::derDeclaredSize(m_der.mid(tbsStart));
        const qint64 algorithmEnd = tbsEnd + BodySniffer::derDeclaredSize(m_der.mid(tbsEnd));
        QVERIFY(tbsEnd > tbsStart && algorithmEnd > tbsEnd && algorithmEnd < m_der.size());
        QRandomGenerator generator(42);
        for (qsizetype position = 0; position < m_der.size(); ++position) {
            QByteArray corrupted = m_der;
            corrupted[position] = static_cast<char>(corrupted.at(position) ^ (1 + generator.bounded(255)));
            const RevocationVerdict verdict
                = CrlInspector::inspect(corrupted, 200, {}, false, m_pki->caCertPem(), m_now);
            QVERIFY(!verdict.detail.isEmpty());
            const bool signedOrSignature = (position >= tbsStart && position < tbsEnd) || position >= algorithmEnd;
            if (signedOrSignature) {
                QVERIFY2(verdict.diagnosis == Diagnosis::CrlInvalid,
                    qPrintable(QString::number(position) + ": " + verdict.detail));
            }
        }
    }

    void randomDerIsInvalid()
    {
        // Random contents behind a plausible SEQUENCE header, some of them with the real answer's first bytes.
        QRandomGenerator generator(99);
        const QByteArray real = m_der;
        for (int round = 0; round < 2000; ++round) {
            QByteArray body(generator.bounded(2, 3000), Qt::Uninitialized);
            for (char& byte : body)
                byte = static_cast<char>(generator.bounded(256));
            body[0] = '\x30';
            const qsizetype keep = generator.bounded(qsizetype(0), std::min(body.size(), real.size()));
            body.replace(0, keep, real.left(keep));
            // The byte after the kept prefix differs from the real one, or a body that kept all but the last byte
            // and drew that byte by chance (1 in 256) would be the real answer with random bytes after it.
            if (keep > 0 && keep < body.size())
                body[keep] = static_cast<char>(real.at(keep) ^ 0x5a);
            const RevocationVerdict verdict = CrlInspector::inspect(body, 200, {}, false, m_pki->caCertPem(), m_now);
            QVERIFY2(
                verdict.diagnosis == Diagnosis::CrlInvalid, qPrintable(QString::number(round) + ": " + verdict.detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrlInspector)
#include "tst_crlinspector.moc"
