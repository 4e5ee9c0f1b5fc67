#include "LogonIdentity.h"

#include <windows.h>

// security.h needs windows.h first, and SECURITY_WIN32 to pick the user-mode declarations.
#define SECURITY_WIN32
#include <iterator>
#include <security.h>

namespace {
// DOMAIN\user of the signed-in account, as SSPI presents it to a proxy.
QString signedInUser()
{
    wchar_t name[512];
    ULONG size = ULONG(std::size(name));
    if (::GetUserNameExW(NameSamCompatible, name, &size))
        return QString::fromWCharArray(name, int(size));
    return {};
}
} // namespace

LogonIdentity::Kerberos LogonIdentity::kerberos()
{
    // SSPI uses the logon session's tickets and asks the KDC itself; whether one can be had shows in the exchange.
    Kerberos result;
    result.principal = signedInUser();
    result.ticket = true;
    return result;
}

QString LogonIdentity::ntlmDefaultUser()
{
    return signedInUser();
}
