#include "KerberosFixture.h"

#include <QFile>
#include <QProcess>

namespace {
bool writeText(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}
} // namespace

QProcessEnvironment KerberosFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), configPath());
    env.insert(QStringLiteral("KRB5_KDC_PROFILE"), m_dir.filePath(QStringLiteral("kdc.conf")));
    env.insert(QStringLiteral("KRB5CCNAME"), credentialCache());
    env.insert(QStringLiteral("KRB5RCACHETYPE"), QStringLiteral("none"));
    return env;
}

bool KerberosFixture::runTool(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess tool;
    tool.setProcessEnvironment(environment());
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(program, arguments);
    if (!tool.waitForStarted(5000)) {
        fail(QStringLiteral("%1 did not start (scripts/install-deps installs krb5-kdc, krb5-admin-server, krb5-user)")
                 .arg(program));
        return false;
    }
    if (!input.isEmpty())
        tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(15000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        if (tool.state() != QProcess::NotRunning) {
            tool.kill();
            tool.waitForFinished(2000);
        }
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(tool.readAll())));
        return false;
    }
    return true;
}

bool KerberosFixture::start(const QString& user, const QString& password, const QString& service)
{
    if (!m_dir.isValid()) {
        fail(QStringLiteral("no temporary directory"));
        return false;
    }
    // squid's helper runs as the `proxy` user and reads the keytab.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    m_port = freeTcpPort();
    const QByteArray kdc = "127.0.0.1:" + QByteArray::number(m_port);
    const QByteArray name = realm().toLatin1();
    const QByteArray config = "[libdefaults]\n"
                              "    default_realm = "
        + name
        + "\n"
          "    dns_lookup_kdc = false\n"
          "    dns_lookup_realm = false\n"
          "    dns_canonicalize_hostname = false\n"
          "    rdns = false\n"
          "    udp_preference_limit = 1\n"
          "[realms]\n    "
        + name + " = {\n        kdc = " + kdc
        + "\n    }\n"
          "[domain_realm]\n"
          "    localhost = "
        + name + "\n";
    const auto path = [this](const char* file) { return m_dir.filePath(QString::fromLatin1(file)).toUtf8(); };
    const QByteArray kdcConfig = "[kdcdefaults]\n    kdc_listen = " + kdc + "\n    kdc_tcp_listen = " + kdc
        + "\n[realms]\n    " + name + " = {\n        database_name = " + path("principal")
        + "\n        key_stash_file = " + path("stash") + "\n        acl_file = " + path("kadm5.acl")
        + "\n        supported_enctypes = aes256-cts-hmac-sha1-96:normal\n    }\n"
          "[logging]\n    kdc = FILE:"
        + path("kdc.log") + "\n";
    if (!writeText(configPath(), config) || !writeText(m_dir.filePath(QStringLiteral("kdc.conf")), kdcConfig)) {
        fail(QStringLiteral("cannot write the Kerberos configuration"));
        return false;
    }
    const QString kadmin = QStringLiteral("/usr/sbin/kadmin.local");
    if (!runTool(QStringLiteral("/usr/sbin/kdb5_util"),
            {QStringLiteral("create"), QStringLiteral("-s"), QStringLiteral("-r"), realm(), QStringLiteral("-P"),
                QStringLiteral("throwaway-master-key")})
        || !runTool(kadmin,
            {QStringLiteral("-r"), realm(), QStringLiteral("-q"),
                QStringLiteral("addprinc -pw %1 %2").arg(password, user)})
        || !runTool(kadmin,
            {QStringLiteral("-r"), realm(), QStringLiteral("-q"), QStringLiteral("addprinc -randkey %1").arg(service)})
        || !runTool(kadmin,
            {QStringLiteral("-r"), realm(), QStringLiteral("-q"),
                QStringLiteral("ktadd -k %1 %2").arg(keytabPath(), service)}))
        return false;
    QFile::setPermissions(keytabPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    setEnvironment(environment());
    return startAndWait(
        QStringLiteral("/usr/sbin/krb5kdc"), {QStringLiteral("-n"), QStringLiteral("-r"), realm()}, m_port, 15000);
}

bool KerberosFixture::kinit(const QString& user, const QString& password)
{
    return runTool(QStringLiteral("/usr/bin/kinit"), {user}, password.toUtf8() + '\n');
}
