#pragma once

#include "ProcessFixture.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

// A throwaway MIT Kerberos realm on loopback: a KDC (krb5kdc) on a free port with a database of its own, one
// user with a password, one service principal with its keytab, and a client configuration and credential cache
// that touch nothing of the machine's.
class KerberosFixture final : public ProcessFixture
{
public:
    static QString realm() { return QStringLiteral("NETREADY.TEST"); }

    // Creates the realm with user@REALM (password) and service@REALM (a keytab), and starts the KDC.
    bool start(const QString& user, const QString& password, const QString& service);
    // The user's ticket-granting ticket into credentialCache(), as kinit gets it.
    bool kinit(const QString& user, const QString& password);

    QString configPath() const { return m_dir.filePath(QStringLiteral("krb5.conf")); }
    QString keytabPath() const { return m_dir.filePath(QStringLiteral("service.keytab")); }
    QString credentialCache() const { return QStringLiteral("FILE:") + m_dir.filePath(QStringLiteral("ccache")); }
    // What a Kerberos client or service of the test needs: this realm's configuration, no replay cache.
    QProcessEnvironment environment() const;

private:
    bool runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {});

    QTemporaryDir m_dir;
    quint16 m_port = 0;
};
