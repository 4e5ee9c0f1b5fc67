#include "LogonIdentity.h"

#include <gssapi/gssapi.h>

namespace {
// The minor status of a GSSAPI call as the Kerberos library words it.
QString statusText(OM_uint32 minor)
{
    QString text;
    OM_uint32 context = 0;
    do {
        OM_uint32 ignored = 0;
        gss_buffer_desc buffer = GSS_C_EMPTY_BUFFER;
        if (gss_display_status(&ignored, minor, GSS_C_MECH_CODE, GSS_C_NO_OID, &context, &buffer) != GSS_S_COMPLETE)
            break;
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromUtf8(static_cast<const char*>(buffer.value), qsizetype(buffer.length));
        gss_release_buffer(&ignored, &buffer);
    } while (context != 0);
    return text;
}
} // namespace

LogonIdentity::Kerberos LogonIdentity::kerberos()
{
    Kerberos result;
    OM_uint32 minor = 0;
    gss_cred_id_t credential = GSS_C_NO_CREDENTIAL;
    // The default initiator credential is what libcurl's Negotiate uses: the ticket in KRB5CCNAME's cache.
    const OM_uint32 major = gss_acquire_cred(
        &minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, GSS_C_NO_OID_SET, GSS_C_INITIATE, &credential, nullptr, nullptr);
    if (GSS_ERROR(major)) {
        const QString why = statusText(minor);
        result.problem = why.isEmpty() ? tr("no Kerberos ticket for this user")
                                       : tr("no Kerberos ticket for this user (%1)").arg(why);
        return result;
    }
    gss_name_t name = GSS_C_NO_NAME;
    OM_uint32 lifetime = 0;
    if (GSS_ERROR(gss_inquire_cred(&minor, credential, &name, &lifetime, nullptr, nullptr))) {
        result.problem = tr("the Kerberos ticket cannot be read (%1)").arg(statusText(minor));
    } else if (lifetime == 0) {
        result.problem = tr("the Kerberos ticket has expired");
    } else {
        gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
        if (!GSS_ERROR(gss_display_name(&minor, name, &text, nullptr))) {
            result.principal = QString::fromUtf8(static_cast<const char*>(text.value), qsizetype(text.length));
            gss_release_buffer(&minor, &text);
        }
        result.ticket = true;
    }
    gss_release_name(&minor, &name);
    gss_release_cred(&minor, &credential);
    return result;
}

QString LogonIdentity::ntlmDefaultUser()
{
    return {};
}
