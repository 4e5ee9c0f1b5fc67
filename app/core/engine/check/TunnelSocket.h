#pragma once

#include <QtGlobal>

// A connected native socket handed from the HTTP library to Qt: closed when dropped, unless Qt took it. Lets an
// authenticated tunnel cross threads safely, including to a check that is gone by the time it arrives.
class TunnelSocket final
{
public:
    explicit TunnelSocket(qintptr descriptor)
        : m_descriptor(descriptor)
    {
    }
    ~TunnelSocket()
    {
        if (m_descriptor != -1)
            closeNative(m_descriptor);
    }
    TunnelSocket(const TunnelSocket&) = delete;
    TunnelSocket& operator=(const TunnelSocket&) = delete;

    qintptr descriptor() const { return m_descriptor; }
    // Qt owns the socket from now on.
    void release() { m_descriptor = -1; }

    // close() on POSIX, closesocket() on Windows. Returns 0 on success.
    static int closeNative(qintptr descriptor);

private:
    qintptr m_descriptor;
};
