#include "AddressLookup.h"

#include <netdb.h>
#include <sys/socket.h>

AddressLookupResult AddressLookup::systemResolve(const QByteArray& asciiHost)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    // No AI_ADDRCONFIG: a machine whose only configured addresses are of one family must still see both.
    addrinfo* list = nullptr;
    const int status = ::getaddrinfo(asciiHost.constData(), nullptr, &hints, &list);
    AddressLookupResult result;
    if (status != 0) {
        result.notFound = status == EAI_NONAME
#ifdef EAI_NODATA
            || status == EAI_NODATA
#endif
            ;
        result.error = QString::fromLocal8Bit(::gai_strerror(status));
        return result;
    }
    for (const addrinfo* entry = list; entry; entry = entry->ai_next) {
        const QHostAddress address(entry->ai_addr);
        if (!address.isNull())
            result.addresses << address;
    }
    ::freeaddrinfo(list);
    return result;
}
