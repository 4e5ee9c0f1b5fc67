#include "SquidFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace {
bool writeText(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// squid started as root drops to the `proxy` user, which must be able to use the fixture's files.
void handOverToProxyUser(const QString& directory)
{
    if (::geteuid() != 0)
        return;
    const passwd* proxy = ::getpwnam("proxy");
    if (!proxy)
        return;
    QProcess::execute(QStringLiteral("chown"),
        {QStringLiteral("-R"), QStringLiteral("%1:%2").arg(proxy->pw_uid).arg(proxy->pw_gid), directory});
}

QByteArray hashPassword(const QString& password)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), password});
    openssl.waitForFinished(10000);
    return openssl.readAllStandardOutput().trimmed();
}
} // namespace

QString SquidFixture::accessLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("access.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool SquidFixture::writeConfig(const Options& options)
{
    const auto path = [this](const char* name) { return m_dir.filePath(QString::fromLatin1(name)); };
    QByteArray config
        = (options.listenOnIpv6 ? "http_port [::1]:" : "http_port 127.0.0.1:") + QByteArray::number(m_port);
    if (options.inspectTls) {
        QFile cert(options.inspectionCaCertPath);
        QFile key(options.inspectionCaKeyPath);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)
            || !writeText(path("inspection.pem"), cert.readAll() + key.readAll())) {
            fail(QStringLiteral("cannot read the inspection CA"));
            return false;
        }
        const QString db = path("ssl_db");
        QProcess certgen;
        certgen.start(QStringLiteral("/usr/lib/squid/security_file_certgen"),
            {QStringLiteral("-c"), QStringLiteral("-s"), db, QStringLiteral("-M"), QStringLiteral("4MB")});
        if (!certgen.waitForFinished(10000) || certgen.exitCode() != 0) {
            fail(QStringLiteral("security_file_certgen failed: %1")
                     .arg(QString::fromUtf8(certgen.readAllStandardError())));
            return false;
        }
        config += " ssl-bump tls-cert=" + path("inspection.pem").toUtf8()
            + " generate-host-certificates=on dynamic_cert_mem_cache_size=4MB\n"
              "sslcrtd_program /usr/lib/squid/security_file_certgen -s "
            + db.toUtf8()
            + " -M 4MB\n"
              "sslcrtd_children 2 startup=1 idle=1\n"
              "ssl_bump bump all\n";
        if (!options.upstreamCaPath.isEmpty())
            config += "tls_outgoing_options cafile=" + options.upstreamCaPath.toUtf8() + "\n";
    } else {
        config += "\n";
    }
    QByteArray hosts;
    for (const QString& name : options.hostNames)
        hosts += "127.0.0.1 " + name.toUtf8() + "\n";
    if (!writeText(path("hosts"), hosts))
        return false;

    config += "visible_hostname netready-test-proxy\n"
              "pid_filename none\n"
              "pinger_enable off\n"
              "cache deny all\n"
              "cache_store_log none\n"
              "access_log stdio:"
        + path("access.log").toUtf8()
        + "\n"
          "cache_log "
        + path("cache.log").toUtf8()
        + "\n"
          "coredump_dir "
        + m_dir.path().toUtf8()
        + "\n"
          "hosts_file "
        + path("hosts").toUtf8()
        + "\n"
          "dns_nameservers 127.0.0.1\n"
          "shutdown_lifetime 0 seconds\n"
          "connect_timeout 5 seconds\n"
          "forward_max_tries 1\n";
    if (!options.deniedDomains.isEmpty())
        config += "acl denied dstdomain " + options.deniedDomains.join(QLatin1Char(' ')).toUtf8()
            + "\nhttp_access deny denied\n";
    QList<Auth> schemes = options.auth;
    if (schemes.isEmpty() && !options.user.isEmpty())
        schemes << Auth::Basic;
    for (const Auth scheme : std::as_const(schemes)) {
        switch (scheme) {
        case Auth::Basic:
            if (!writeText(path("passwords"), options.user.toUtf8() + ':' + hashPassword(options.password) + '\n'))
                return false;
            config += "auth_param basic program /usr/lib/squid/basic_ncsa_auth " + path("passwords").toUtf8()
                + "\nauth_param basic realm netready-test\n";
            break;
        case Auth::Digest:
            // digest_file_auth reads plain "user:password" lines.
            if (!writeText(path("digest-passwords"), options.user.toUtf8() + ':' + options.password.toUtf8() + '\n'))
                return false;
            config += "auth_param digest program /usr/lib/squid/digest_file_auth " + path("digest-passwords").toUtf8()
                + "\nauth_param digest realm netready-test\nauth_param digest children 2\n";
            break;
        case Auth::Ntlm:
            config += "auth_param ntlm program /usr/lib/squid/ntlm_fake_auth\nauth_param ntlm children 2\n";
            break;
        case Auth::Negotiate:
            config += "auth_param negotiate program /usr/lib/squid/negotiate_kerberos_auth -s "
                + options.servicePrincipal.toUtf8() + " -k " + options.keytabPath.toUtf8()
                + "\nauth_param negotiate children 2\nauth_param negotiate keep_alive on\n";
            break;
        }
    }
    if (!schemes.isEmpty())
        config += "acl authenticated proxy_auth REQUIRED\nhttp_access deny !authenticated\n";
    config += "http_access allow all\n";
    if (options.stripUpgrade)
        config += "request_header_access Upgrade deny all\n";
    return writeText(path("squid.conf"), config);
}

bool SquidFixture::start(const Options& options)
{
    if (!m_dir.isValid()) {
        fail(QStringLiteral("no temporary directory"));
        return false;
    }
    const QString squid = QStandardPaths::findExecutable(
        QStringLiteral("squid"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (squid.isEmpty()) {
        fail(QStringLiteral("squid is not installed (scripts/install-deps installs squid-openssl)"));
        return false;
    }
    m_port = freeTcpPort();
    m_ipv6 = options.listenOnIpv6;
    if (!writeConfig(options))
        return false;
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    handOverToProxyUser(m_dir.path());
    if (!options.environment.isEmpty())
        setEnvironment(options.environment);
    return startAndWait(squid,
        {QStringLiteral("-N"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("squid.conf"))}, m_port, 15000,
        QHostAddress(m_ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost));
}
