#pragma once

#include <QList>

// A loopback port that silently drops connection attempts, like a firewall's DROP rule: a listener with a
// backlog of zero whose queue is filled by connections that are never accepted. Linux then drops further
// SYNs, so a client's connect times out. Everything is closed in the destructor.
class BlackHoleListener final
{
public:
    BlackHoleListener();
    ~BlackHoleListener();
    BlackHoleListener(const BlackHoleListener&) = delete;
    BlackHoleListener& operator=(const BlackHoleListener&) = delete;

    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
};
