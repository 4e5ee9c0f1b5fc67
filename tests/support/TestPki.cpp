#include "TestPki.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>

namespace {
constexpr int kOpenSslTimeoutMs = 60000;

QString subjectArgument(const QString& commonName)
{
    QString escaped = commonName;
    escaped.replace(QLatin1String("/"), QLatin1String("\\/"));
    return QStringLiteral("/CN=") + escaped;
}

QString fileStem(const QString& name)
{
    QString stem = name;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return stem.left(40);
}

QByteArray subjectAltNames(const QStringList& names)
{
    QStringList entries;
    for (const QString& name : names)
        entries << (QHostAddress(name).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name;
    return entries.join(QLatin1String(", ")).toUtf8();
}

QString opensslTime(int offsetDays)
{
    return QDateTime::currentDateTimeUtc().addDays(offsetDays).toString(QStringLiteral("yyyyMMddHHmmss"))
        + QLatin1Char('Z');
}

QString readText(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const char kRequestConfig[] = "[ req ]\n"
                              "distinguished_name = dn\n"
                              "prompt = no\n"
                              "x509_extensions = v3_ca\n"
                              "[ dn ]\n"
                              "CN = unused\n"
                              "[ v3_ca ]\n"
                              "basicConstraints = critical, CA:TRUE\n"
                              "keyUsage = critical, keyCertSign, cRLSign, digitalSignature\n"
                              "subjectKeyIdentifier = hash\n"
                              "authorityKeyIdentifier = keyid:always\n";
} // namespace

TestPki::TestPki(const QString& name)
    : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!setUpDirectory())
        return;
    if (!run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("req.cnf")),
            QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), caKeyPath(), QStringLiteral("-out"), caCertPath(), QStringLiteral("-days"),
            QStringLiteral("3650"), QStringLiteral("-subj"), subjectArgument(name)}))
        return;
    m_caPem = readText(caCertPath());
    m_valid = !m_caPem.isEmpty();
    if (!m_valid)
        m_error = QStringLiteral("openssl wrote no CA certificate");
}

TestPki::TestPki(const QString& name, TestPki& parent)
    : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!setUpDirectory())
        return;
    const QString csr = path(QStringLiteral("ca.csr"));
    if (!run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("req.cnf")), QStringLiteral("-new"),
            QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            caKeyPath(), QStringLiteral("-out"), csr, QStringLiteral("-subj"), subjectArgument(name)}))
        return;
    const TestPki::Leaf intermediate = parent.issue(name,
        "basicConstraints = critical, CA:TRUE\n"
        "keyUsage = critical, keyCertSign, cRLSign, digitalSignature\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid:always\n",
        {QStringLiteral("-in"), csr});
    if (intermediate.isNull() || !QFile::copy(intermediate.certPath, caCertPath())) {
        m_error = QStringLiteral("the parent CA did not issue the intermediate: ") + parent.errorString();
        return;
    }
    m_caPem = readText(caCertPath());
    m_valid = !m_caPem.isEmpty();
}

bool TestPki::setUpDirectory()
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    const QString caConfig = QStringLiteral("[ ca ]\n"
                                            "default_ca = test_ca\n"
                                            "[ test_ca ]\n"
                                            "dir = %1\n"
                                            "database = $dir/index.txt\n"
                                            "new_certs_dir = $dir/newcerts\n"
                                            "serial = $dir/serial\n"
                                            "crlnumber = $dir/crlnumber\n"
                                            "certificate = $dir/ca.pem\n"
                                            "private_key = $dir/ca.key\n"
                                            "default_md = sha256\n"
                                            "default_days = 365\n"
                                            "default_crl_days = 7\n"
                                            "policy = policy_any\n"
                                            "unique_subject = no\n"
                                            "email_in_dn = no\n"
                                            "copy_extensions = none\n"
                                            "[ policy_any ]\n"
                                            "commonName = supplied\n"
                                            "[ crl_ext ]\n"
                                            "authorityKeyIdentifier = keyid:always\n")
                                 .arg(m_dir->path());
    // Random first serial: certificates of two runs never share a serial number.
    const QByteArray serial = QByteArray::number(QRandomGenerator::global()->bounded(0x10000000, 0x7fffffff), 16);
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("newcerts"))
        || !writeFile(QStringLiteral("ca.cnf"), caConfig.toUtf8())
        || !writeFile(QStringLiteral("req.cnf"), kRequestConfig) || !writeFile(QStringLiteral("index.txt"), {})
        || !writeFile(QStringLiteral("index.txt.attr"), "unique_subject = no\n")
        || !writeFile(QStringLiteral("serial"), serial + "01\n") || !writeFile(QStringLiteral("crlnumber"), "01\n"))
        return false;
    return true;
}

TestPki::~TestPki() = default;

QString TestPki::directory() const
{
    return m_dir->path();
}

QString TestPki::path(const QString& fileName) const
{
    return m_dir->filePath(fileName);
}

QString TestPki::caCertPath() const
{
    return path(QStringLiteral("ca.pem"));
}

QString TestPki::caKeyPath() const
{
    return path(QStringLiteral("ca.key"));
}

QString TestPki::indexPath() const
{
    return path(QStringLiteral("index.txt"));
}

QByteArray TestPki::caSha256Hex() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_caPem.toUtf8(), QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    return certificates.first().digest(QCryptographicHash::Sha256).toHex();
}

bool TestPki::writeFile(const QString& fileName, const QByteArray& contents)
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool TestPki::runOpenSsl(const QStringList& arguments, const QString& workingDirectory, QString* error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        if (error)
            *error = QStringLiteral("the openssl command is not installed");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kOpenSslTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        if (error)
            *error = QStringLiteral("openssl %1 did not finish: %2").arg(arguments.value(0), process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("openssl %1 failed (exit %2): %3")
                         .arg(arguments.join(QLatin1Char(' ')), QString::number(process.exitCode()),
                             QString::fromLocal8Bit(process.readAll()).trimmed());
        }
        return false;
    }
    return true;
}

bool TestPki::run(const QStringList& arguments)
{
    return runOpenSsl(arguments, m_dir->path(), &m_error);
}

TestPki::Leaf TestPki::issue(const QString& name, const QByteArray& extensions, const QStringList& extraCaArguments)
{
    if (!m_valid)
        return {};
    const QString stem = QStringLiteral("leaf-%1-%2").arg(++m_counter).arg(fileStem(name));
    Leaf leaf {path(stem + QStringLiteral(".pem")), path(stem + QStringLiteral(".key")), {}};
    QString csr = path(stem + QStringLiteral(".csr"));
    const QString extFile = stem + QStringLiteral(".ext");
    if (!writeFile(extFile, "[ leaf ]\n" + extensions))
        return {};
    // "-in CSR" among the extra arguments: sign that request (whose key the caller keeps) instead of a new one.
    const qsizetype givenCsr = extraCaArguments.indexOf(QStringLiteral("-in"));
    QStringList caArguments = extraCaArguments;
    if (givenCsr >= 0 && givenCsr + 1 < extraCaArguments.size()) {
        csr = extraCaArguments.at(givenCsr + 1);
        caArguments.remove(givenCsr, 2);
        leaf.keyPath.clear();
    } else if (!run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("req.cnf")),
                   QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), leaf.keyPath, QStringLiteral("-out"), csr,
                   QStringLiteral("-subj"), subjectArgument(name)})) {
        return {};
    }
    if (!run(QStringList {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                 path(QStringLiteral("ca.cnf")), QStringLiteral("-notext"), QStringLiteral("-in"), csr,
                 QStringLiteral("-out"), leaf.certPath, QStringLiteral("-extfile"), path(extFile),
                 QStringLiteral("-extensions"), QStringLiteral("leaf")}
            + caArguments))
        return {};
    leaf.certPem = readText(leaf.certPath);
    if (leaf.certPem.isEmpty()) {
        m_error = QStringLiteral("openssl ca wrote no certificate for ") + name;
        return {};
    }
    return leaf;
}

QByteArray TestPki::leafExtensions(const QStringList& dnsNames)
{
    QByteArray extensions = "basicConstraints = critical, CA:FALSE\n"
                            "keyUsage = critical, digitalSignature, keyEncipherment\n"
                            "extendedKeyUsage = serverAuth, clientAuth\n"
                            "subjectKeyIdentifier = hash\n"
                            "authorityKeyIdentifier = keyid\n";
    if (!dnsNames.isEmpty())
        extensions += "subjectAltName = " + subjectAltNames(dnsNames) + '\n';
    return extensions;
}

TestPki::Leaf TestPki::issueLeafWithDates(
    const QString& name, const QStringList& dnsNames, int notBeforeDays, int notAfterDays, const QString& caIssuersUrl)
{
    QByteArray extensions = leafExtensions(dnsNames);
    if (!caIssuersUrl.isEmpty())
        extensions += "authorityInfoAccess = caIssuers;URI:" + caIssuersUrl.toUtf8() + '\n';
    return issue(name, extensions,
        {QStringLiteral("-startdate"), opensslTime(notBeforeDays), QStringLiteral("-enddate"),
            opensslTime(notAfterDays)});
}

TestPki::Leaf TestPki::issueLeaf(
    const QString& name, const QStringList& dnsNames, const QString& ocspUrl, const QString& crlUrl)
{
    QByteArray extensions = leafExtensions(dnsNames);
    if (!ocspUrl.isEmpty())
        extensions += "authorityInfoAccess = OCSP;URI:" + ocspUrl.toUtf8() + '\n';
    if (!crlUrl.isEmpty())
        extensions += "crlDistributionPoints = URI:" + crlUrl.toUtf8() + '\n';
    return issue(name, extensions);
}

TestPki::Leaf TestPki::issueOcspSigner()
{
    return issue(QStringLiteral("OCSP Responder"),
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature\n"
        "extendedKeyUsage = critical, OCSPSigning\n"
        "noCheck = ignored\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n");
}

bool TestPki::revoke(const Leaf& leaf)
{
    return m_valid && !leaf.isNull()
        && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
            path(QStringLiteral("ca.cnf")), QStringLiteral("-revoke"), leaf.certPath, QStringLiteral("-crl_reason"),
            QStringLiteral("keyCompromise")});
}

QString TestPki::writeCrl(int lastUpdateOffsetDays, int nextUpdateOffsetDays)
{
    if (!m_valid)
        return {};
    const QString crlPath = path(QStringLiteral("crl-%1.pem").arg(++m_counter));
    if (!run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf")),
            QStringLiteral("-gencrl"), QStringLiteral("-crlexts"), QStringLiteral("crl_ext"),
            QStringLiteral("-crl_lastupdate"), opensslTime(lastUpdateOffsetDays), QStringLiteral("-crl_nextupdate"),
            opensslTime(nextUpdateOffsetDays), QStringLiteral("-out"), crlPath}))
        return {};
    return crlPath;
}

QByteArray TestPki::crlPem(int lastUpdateOffsetDays, int nextUpdateOffsetDays)
{
    const QString crlPath = writeCrl(lastUpdateOffsetDays, nextUpdateOffsetDays);
    return crlPath.isEmpty() ? QByteArray() : readText(crlPath).toUtf8();
}

QByteArray TestPki::crlDer(int lastUpdateOffsetDays, int nextUpdateOffsetDays)
{
    const QString pemPath = writeCrl(lastUpdateOffsetDays, nextUpdateOffsetDays);
    if (pemPath.isEmpty())
        return {};
    const QString derPath = pemPath.chopped(4) + QStringLiteral(".der");
    if (!run({QStringLiteral("crl"), QStringLiteral("-in"), pemPath, QStringLiteral("-outform"), QStringLiteral("DER"),
            QStringLiteral("-out"), derPath}))
        return {};
    QFile file(derPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TestPki::Leaf TestPki::selfSigned(
    const QTemporaryDir& dir, const QString& name, const QStringList& dnsNames, QString* error)
{
    const QString stem = QStringLiteral("self-") + fileStem(name);
    Leaf leaf {dir.filePath(stem + QStringLiteral(".pem")), dir.filePath(stem + QStringLiteral(".key")), {}};
    const QString configPath = dir.filePath(stem + QStringLiteral(".cnf"));
    // No keyUsage: one without keyCertSign would keep OpenSSL (and QSslCertificate::isSelfSigned) from seeing the
    // certificate as its own issuer.
    QByteArray config = "[ req ]\ndistinguished_name = dn\nprompt = no\nx509_extensions = self\n[ dn ]\nCN = unused\n"
                        "[ self ]\nbasicConstraints = critical, CA:FALSE\nextendedKeyUsage = serverAuth\n"
                        "subjectKeyIdentifier = hash\n";
    if (!dnsNames.isEmpty())
        config += "subjectAltName = " + subjectAltNames(dnsNames) + '\n';
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || configFile.write(config) != config.size()) {
        if (error)
            *error = QStringLiteral("cannot write ") + configPath;
        return {};
    }
    configFile.close();
    if (!runOpenSsl({QStringLiteral("req"), QStringLiteral("-config"), configPath, QStringLiteral("-x509"),
                        QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), leaf.keyPath, QStringLiteral("-out"), leaf.certPath,
                        QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-subj"), subjectArgument(name)},
            dir.path(), error))
        return {};
    leaf.certPem = readText(leaf.certPath);
    return leaf.isNull() ? Leaf {} : leaf;
}
