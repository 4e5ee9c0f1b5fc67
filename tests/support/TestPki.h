#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throw-away certificate authority made at test time with the `openssl` command in a temporary directory:
// a self-signed CA (CA:true), leaves with SANs and optional AIA/CDP extensions, revocation in an `openssl ca`
// database (index.txt) and CRLs with chosen dates. All keys are unencrypted RSA 2048 in PEM.
class TestPki final
{
public:
    struct Leaf
    {
        QString certPath;
        QString keyPath;
        QString certPem;
        bool isNull() const { return certPem.isEmpty(); }
    };

    explicit TestPki(const QString& name = QStringLiteral("Netready Test CA"));
    // An intermediate CA named `name`, issued by parent (which must outlive nothing: the certificate is copied).
    TestPki(const QString& name, TestPki& parent);
    ~TestPki();
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    bool isValid() const { return m_valid; }
    // Why the last step failed (openssl's own message included).
    QString errorString() const { return m_error; }
    QString directory() const;

    QString caCertPath() const;
    QString caKeyPath() const;
    QString caCertPem() const { return m_caPem; }
    QByteArray caSha256Hex() const; // SHA-256 of the DER certificate, lower-case hex

    // A server certificate for dnsNames (entries that parse as an IP address become IP SANs), signed by the CA,
    // with an AIA OCSP URL and a CRL distribution point when given. Null Leaf on failure.
    Leaf issueLeaf(
        const QString& name, const QStringList& dnsNames, const QString& ocspUrl = {}, const QString& crlUrl = {});
    // The same, valid from notBeforeDays to notAfterDays from now (negative: in the past, so (-30, -1) has
    // expired), with an AIA "CA Issuers" URL when given.
    Leaf issueLeafWithDates(const QString& name, const QStringList& dnsNames, int notBeforeDays, int notAfterDays,
        const QString& caIssuersUrl = {});
    // A certificate with extended key usage OCSPSigning, for `openssl ocsp -rsigner/-rkey`.
    Leaf issueOcspSigner();
    // Marks the leaf revoked (reason keyCompromise) in the database; later CRLs and OCSP answers list it.
    bool revoke(const Leaf& leaf);
    QString indexPath() const; // for `openssl ocsp -index`

    // A CRL of the database, lastUpdate and nextUpdate this many days from now (negative: in the past, so
    // crlDer(-10, -3) is expired). Empty on failure.
    QByteArray crlDer(int lastUpdateOffsetDays = 0, int nextUpdateOffsetDays = 7);
    QByteArray crlPem(int lastUpdateOffsetDays = 0, int nextUpdateOffsetDays = 7);

    // A self-signed server certificate for dnsNames in dir (no CA involved). Null Leaf and *error on failure.
    static Leaf selfSigned(
        const QTemporaryDir& dir, const QString& name, const QStringList& dnsNames, QString* error = nullptr);
    // Runs `openssl arguments...` in workingDirectory, at most 60 s. On failure false and *error.
    static bool runOpenSsl(const QStringList& arguments, const QString& workingDirectory, QString* error);

private:
    QString path(const QString& fileName) const;
    bool writeFile(const QString& fileName, const QByteArray& contents);
    bool run(const QStringList& arguments);
    Leaf issue(const QString& name, const QByteArray& extensions, const QStringList& extraCaArguments = {});
    bool setUpDirectory();
    static QByteArray leafExtensions(const QStringList& dnsNames);
    QString writeCrl(int lastUpdateOffsetDays, int nextUpdateOffsetDays);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caPem;
    QString m_error;
    int m_counter = 0;
    bool m_valid = false;
};
