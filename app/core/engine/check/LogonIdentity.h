#pragma once

#include <QCoreApplication>
#include <QString>

// Who the signed-in user is to the proxy when Netready authenticates without a typed password: the Kerberos
// principal of the user's credential cache (GSSAPI) or, on Windows, the logon account that SSPI uses.
class LogonIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(LogonIdentity)

public:
    struct Kerberos
    {
        bool ticket = false; // a usable ticket-granting ticket (GSSAPI) or a logon session (SSPI)
        QString principal; // e.g. alice@CORP.EXAMPLE or CORP\alice
        QString problem; // why there is none, in plain words
    };

    static Kerberos kerberos();
    // The account NTLM uses without a typed user (Windows: the signed-in user); empty where NTLM needs one.
    static QString ntlmDefaultUser();
};
