#include "TunnelSocket.h"

#include <winsock2.h>

int TunnelSocket::closeNative(qintptr descriptor)
{
    return ::closesocket(SOCKET(descriptor));
}
