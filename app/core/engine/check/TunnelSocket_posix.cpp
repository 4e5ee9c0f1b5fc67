#include "TunnelSocket.h"

#include <unistd.h>

int TunnelSocket::closeNative(qintptr descriptor)
{
    return ::close(int(descriptor));
}
