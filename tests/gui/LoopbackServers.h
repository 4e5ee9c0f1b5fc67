#pragma once

#include <QObject>
#include <QThread>

#include <memory>

// Servers on 127.0.0.1 for the wizard's end-to-end tests, run in a thread of their own so the GUI thread
// only does the wizard's work: one that accepts TCP (tcp pass), a tiny HTTP responder (http pass), one that
// accepts and never says a word (TLS never completes), and a port with nothing listening (refused).
class LoopbackServers final
{
public:
    LoopbackServers();
    ~LoopbackServers();
    LoopbackServers(const LoopbackServers&) = delete;
    LoopbackServers& operator=(const LoopbackServers&) = delete;

    bool start();
    quint16 acceptPort() const { return m_acceptPort; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 silentPort() const { return m_silentPort; }
    quint16 closedPort() const { return m_closedPort; }

private:
    QThread m_thread;
    QObject* m_owner = nullptr; // lives in m_thread; parent of the servers
    quint16 m_acceptPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_silentPort = 0;
    quint16 m_closedPort = 0;
};
