#include "TestPki.h"
#include "revocation/OcspRequestBuilder.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The OCSP request an ocsp check sends, read back by `openssl ocsp -req_text`.
class TestOcspRequestBuilder final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPki> m_pki;
    TestPki::Leaf m_leaf;
    QTemporaryDir m_dir;
    int m_files = 0;

    // The request as openssl prints it.
    QString requestText(const QByteArray& der)
    {
        const QString path = m_dir.filePath(QStringLiteral("request-%1.der").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(der) != der.size())
            return {};
        file.close();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStandardPaths::findExecutable("openssl"), {"ocsp", "-reqin", path, "-req_text"});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        return process.exitCode() == 0 ? QString::fromUtf8(process.readAll()) : QString();
    }

    static QString serialIn(const QString& text)
    {
        return QRegularExpression("Serial Number: ([0-9A-F]+)").match(text).captured(1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_leaf = m_pki->issueLeaf("leaf.test", {"leaf.test"});
        QVERIFY2(!m_leaf.isNull(), qPrintable(m_pki->errorString()));
    }

    void aboutACertificate()
    {
        QString error = "stale";
        const QByteArray der = OcspRequestBuilder::build(m_leaf.certPem, m_pki->caCertPem(), &error);
        QVERIFY2(!der.isEmpty(), qPrintable(error));
        QVERIFY(error.isEmpty());
        const QString text = requestText(der);
        QVERIFY2(text.contains("Hash Algorithm: sha1"), qPrintable(text));
        QVERIFY2(text.contains("OCSP Nonce"), qPrintable(text));
        const QString leafSerial
            = QString::fromLatin1(QSslCertificate(m_leaf.certPem.toUtf8()).serialNumber()).remove(':').toUpper();
        QCOMPARE(serialIn(text), leafSerial);
    }

    void aboutASyntheticSerial()
    {
        QString error;
        const QByteArray first = OcspRequestBuilder::build({}, m_pki->caCertPem(), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QByteArray second = OcspRequestBuilder::build({}, m_pki->caCertPem(), &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        const QString firstText = requestText(first);
        const QString secondText = requestText(second);
        QVERIFY2(firstText.contains("OCSP Nonce"), qPrintable(firstText));
        const QString serial = serialIn(firstText);
        QCOMPARE(serial.size(), 2 * OcspRequestBuilder::kSyntheticSerialBytes);
        QVERIFY(serial != serialIn(secondText));
        // Same issuer in both: only the serial and nonce differ.
        const QRegularExpression keyHash("Issuer Key Hash: ([0-9A-F]+)");
        QCOMPARE(keyHash.match(firstText).captured(1), keyHash.match(secondText).captured(1));
        QVERIFY(!keyHash.match(firstText).captured(1).isEmpty());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("certificatePem");
        QTest::addColumn<QString>("issuerPem");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("no issuer") << m_leaf.certPem << QString() << "needs the issuer";
        QTest::addRow("issuer not PEM") << QString() << "garbage"
                                        << "issuer certificate cannot be read";
        QTest::addRow("certificate not PEM") << "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                                             << m_pki->caCertPem() << "certificate to ask about cannot be read";
    }

    void rejectsBadInput()
    {
        QFETCH(QString, certificatePem);
        QFETCH(QString, issuerPem);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(OcspRequestBuilder::build(certificatePem, issuerPem, &error).isEmpty());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(OcspRequestBuilder::build(certificatePem, issuerPem, nullptr).isEmpty());
    }

    void getUrl_data()
    {
        QTest::addColumn<QString>("responder");
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("real request") << "http://ocsp.example.test"
                                      << OcspRequestBuilder::build({}, m_pki->caCertPem(), nullptr)
                                      << "http://ocsp.example.test/";
        QTest::addRow("trailing slash kept single")
            << "http://ocsp.example.test/" << QByteArray::fromHex("fbff3e") << "http://ocsp.example.test/";
        QTest::addRow("path kept") << "http://ca.example.test/ocsp" << QByteArray(60, '\xfb')
                                   << "http://ca.example.test/ocsp/";
        QTest::addRow("too long for GET") << "http://ocsp.example.test" << QByteArray(200, 'x') << QString();
        QTest::addRow("no request") << "http://ocsp.example.test" << QByteArray() << QString();
        QTest::addRow("no responder") << QString() << QByteArray(10, 'x') << QString();
    }

    void getUrl()
    {
        QFETCH(QString, responder);
        QFETCH(QByteArray, der);
        QFETCH(QString, prefix);
        const QString url = OcspRequestBuilder::getUrl(responder, der);
        if (prefix.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url));
            return;
        }
        QVERIFY2(url.startsWith(prefix), qPrintable(url));
        const QString encoded = url.mid(prefix.size());
        QVERIFY(encoded.size() < 255);
        // Base64's '+', '/' and '=' must be escaped, or a server would read them as path or query syntax.
        QVERIFY2(!encoded.contains('+') && !encoded.contains('/') && !encoded.contains('='), qPrintable(encoded));
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromPercentEncoding(encoded.toLatin1())), der);
        QVERIFY(QUrl(url).isValid());
    }
};

QTEST_GUILESS_MAIN(TestOcspRequestBuilder)
#include "tst_ocsprequestbuilder.moc"
