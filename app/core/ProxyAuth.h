#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Which scheme Netready may use when a proxy asks for authentication: the strongest it can (auto), only one,
// or none (the proxy's 407 stands as the verdict).
enum class ProxyAuthMode
{
    Auto,
    Negotiate,
    Ntlm,
    Digest,
    Basic,
    None,
};

namespace ProxyAuthModes {
QString id(ProxyAuthMode mode); // auto | negotiate | ntlm | digest | basic | none
std::optional<ProxyAuthMode> fromId(QStringView id);
QStringList ids();
} // namespace ProxyAuthModes

// How one authentication scheme fared against the proxy.
struct ProxyAuthAttempt
{
    enum class Outcome
    {
        Ok,
        NoTicket, // Negotiate: no Kerberos ticket for the user
        NoCredentials, // the scheme needs a typed user and password
        Rejected, // the proxy answered 407 again: wrong user or password
        NotSupported, // neither Netready nor its HTTP library speaks the scheme
        NotOffered, // chosen with --proxy-auth, but the proxy does not offer it
        LibraryMissing, // libcurl, which speaks the schemes, could not be loaded
        Failed, // anything else: the exchange broke, the proxy refused otherwise
    };

    QString scheme; // as the proxy names it: Negotiate, NTLM, Digest, Basic, ...
    Outcome outcome = Outcome::Failed;
    QString detail; // one line, human

    static QString outcomeId(Outcome outcome); // ok | no-ticket | no-credentials | rejected | ...
};

// What happened at a proxy that asked for authentication: the schemes it offered, the one used and as whom,
// and every scheme tried. Never holds a password.
struct ProxyAuthInfo
{
    QStringList offered;
    QString used; // empty: no scheme succeeded
    QString as; // the user or Kerberos principal used
    bool turnedOff = false; // --proxy-auth none
    QList<ProxyAuthAttempt> attempts;

    bool isEmpty() const { return offered.isEmpty() && attempts.isEmpty(); }
};
