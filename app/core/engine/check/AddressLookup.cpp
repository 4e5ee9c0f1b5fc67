#include "AddressLookup.h"

#include <QUrl>

AddressLookupResult AddressLookup::resolve(const QString& host)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return {{literal}, false, {}};
    const QByteArray ascii = QUrl::toAce(host);
    if (ascii.isEmpty()) {
        AddressLookupResult invalid;
        invalid.notFound = true;
        invalid.error = tr("%1 is not a valid host name").arg(host);
        return invalid;
    }
    AddressLookupResult result = systemResolve(ascii);
    QList<QHostAddress> unique;
    for (const QHostAddress& address : std::as_const(result.addresses)) {
        if (!unique.contains(address))
            unique << address;
    }
    result.addresses = unique;
    return result;
}
