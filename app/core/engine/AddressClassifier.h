#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

// Tells public addresses from private, loopback and sinkhole ones: a public endpoint that resolves only to the
// latter points at split DNS, a private endpoint or a DNS filter.
class AddressClassifier final
{
public:
    enum class Kind
    {
        Public,
        Private,
        Loopback,
        Sinkhole,
        LinkLocal
    };

    static Kind classify(const QHostAddress& address);
    // A sentence for the check's detail when no address is public, else empty.
    static QString note(const QList<QHostAddress>& addresses);
};
