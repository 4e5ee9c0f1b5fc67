#include "AddressLookup.h"

#include <winsock2.h>
#include <ws2tcpip.h>

AddressLookupResult AddressLookup::systemResolve(const QByteArray& asciiHost)
{
    // Qt has started Winsock by the time a check runs; starting it again here keeps this usable on its own.
    WSADATA data;
    const bool started = ::WSAStartup(MAKEWORD(2, 2), &data) == 0;
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* list = nullptr;
    const int status = ::getaddrinfo(asciiHost.constData(), nullptr, &hints, &list);
    AddressLookupResult result;
    if (status != 0) {
        result.notFound = status == WSAHOST_NOT_FOUND || status == WSANO_DATA;
        result.error = QString::fromWCharArray(::gai_strerrorW(status));
    } else {
        for (const addrinfo* entry = list; entry; entry = entry->ai_next) {
            const QHostAddress address(entry->ai_addr);
            if (!address.isNull())
                result.addresses << address;
        }
        ::freeaddrinfo(list);
    }
    if (started)
        ::WSACleanup();
    return result;
}
