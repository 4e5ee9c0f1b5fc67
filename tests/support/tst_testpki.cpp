#include "TestPki.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTest>

// The test CA other tests build on: what it issues must carry what its documentation promises.
class TestTestPki final : public QObject
{
    Q_OBJECT

private:
    static QVariant extension(const QSslCertificate& certificate, const QString& name)
    {
        for (const QSslCertificateExtension& extension : certificate.extensions()) {
            if (extension.name() == name)
                return extension.value();
        }
        return {};
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void certificateAuthority()
    {
        TestPki pki("Unit Test CA");
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        const QSslCertificate ca(pki.caCertPem().toUtf8());
        QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName), QStringList {"Unit Test CA"});
        QCOMPARE(ca.issuerDisplayName(), QString("Unit Test CA"));
        QCOMPARE(extension(ca, "basicConstraints").toMap().value("ca").toBool(), true);
        QCOMPARE(pki.caSha256Hex(), ca.digest(QCryptographicHash::Sha256).toHex());
        QCOMPARE(pki.caSha256Hex().size(), 64);
        QCOMPARE(QSslCertificate(readFile(pki.caCertPath())), ca);
        QVERIFY(!QSslKey(readFile(pki.caKeyPath()), QSsl::Rsa).isNull());
    }

    void leafWithExtensions()
    {
        TestPki pki;
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        const TestPki::Leaf leaf = pki.issueLeaf("server.test", {"server.test", "alt.test", "127.0.0.1"},
            "http://127.0.0.1:9/ocsp", "http://127.0.0.1:9/ca.crl");
        QVERIFY2(!leaf.isNull(), qPrintable(pki.errorString()));
        const QSslCertificate certificate(leaf.certPem.toUtf8());
        QCOMPARE(certificate.issuerDisplayName(), QString("Netready Test CA"));
        const auto names = certificate.subjectAlternativeNames();
        QStringList dnsNames = names.values(QSsl::DnsEntry);
        dnsNames.sort();
        QCOMPARE(dnsNames, (QStringList {"alt.test", "server.test"}));
        QCOMPARE(names.values(QSsl::IpAddressEntry), QList<QString> {"127.0.0.1"});
        QCOMPARE(extension(certificate, "authorityInfoAccess").toMap().value("OCSP").toString(),
            QString("http://127.0.0.1:9/ocsp"));
        QCOMPARE(extension(certificate, "basicConstraints").toMap().value("ca").toBool(), false);
        QVERIFY(!QSslKey(readFile(leaf.keyPath), QSsl::Rsa).isNull());
        QCOMPARE(QSslCertificate(readFile(leaf.certPath)), certificate);
        // Two leaves of the same name are both issued, with distinct serials.
        const TestPki::Leaf again = pki.issueLeaf("server.test", {"server.test"});
        QVERIFY2(!again.isNull(), qPrintable(pki.errorString()));
        QVERIFY(QSslCertificate(again.certPem.toUtf8()).serialNumber() != certificate.serialNumber());
    }

    void revocationDatabaseAndCrl()
    {
        TestPki pki;
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        const TestPki::Leaf leaf = pki.issueLeaf("revoked.test", {"revoked.test"});
        QVERIFY(!leaf.isNull());
        QVERIFY(!readFile(pki.indexPath()).startsWith('R'));
        QVERIFY2(pki.revoke(leaf), qPrintable(pki.errorString()));
        QVERIFY(readFile(pki.indexPath()).startsWith('R'));
        QVERIFY(!pki.revoke(TestPki::Leaf {}));

        const QByteArray pem = pki.crlPem();
        QVERIFY(pem.startsWith("-----BEGIN X509 CRL-----"));
        const QByteArray der = pki.crlDer(-10, -3);
        QVERIFY(der.startsWith('\x30'));
        QVERIFY(!pki.issueOcspSigner().isNull());
    }

    void selfSigned()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const TestPki::Leaf leaf = TestPki::selfSigned(dir, "self.test", {"self.test"}, &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        const QSslCertificate certificate(leaf.certPem.toUtf8());
        QVERIFY(certificate.isSelfSigned());
        QCOMPARE(certificate.subjectAlternativeNames().values(QSsl::DnsEntry), QList<QString> {"self.test"});
        QVERIFY(leaf.certPath.startsWith(dir.path()) && leaf.keyPath.startsWith(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestTestPki)
#include "tst_testpki.moc"
