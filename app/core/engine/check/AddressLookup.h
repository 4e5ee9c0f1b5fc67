#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// What the system resolver answered for one name.
struct AddressLookupResult
{
    QList<QHostAddress> addresses; // in the resolver's order (RFC 6724), without duplicates
    bool notFound = false; // the name does not exist (NXDOMAIN or no address record)
    QString error; // why the lookup failed, when it did
};

// Asks the operating system's resolver (getaddrinfo), as Power Automate's own processes do: the hosts file and
// the OS's DNS cache take part, but nothing in this process caches an answer, so a run after a DNS fix sees
// the fix. Blocks: call it on a background thread.
class AddressLookup final
{
    Q_DECLARE_TR_FUNCTIONS(AddressLookup)

public:
    static AddressLookupResult resolve(const QString& host);

private:
    // The platform's getaddrinfo call; host is already in ASCII (IDNA) form.
    static AddressLookupResult systemResolve(const QByteArray& asciiHost);
};
