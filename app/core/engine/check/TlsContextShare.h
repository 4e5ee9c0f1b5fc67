#pragma once

#include <memory>

class QSslContext;
class QSslSocket;

// One OpenSSL client context for all the TLS handshakes of a checking thread. Qt builds a context per socket
// (SSL_CTX_new and its cipher list are about a sixth of a run's CPU time); QNetworkAccessManager shares one
// between the connections of a host the same way. Every socket of a run gets the same configuration, and
// verification state lives in each connection, not in the context. Session sharing is off in that
// configuration, so no handshake is ever resumed: every check sees the server's certificates. Not
// thread-safe: Qt's context rewrites its protocol list for each new connection, so each thread keeps its own.
class TlsContextShare final
{
public:
    TlsContextShare();
    ~TlsContextShare();
    TlsContextShare(const TlsContextShare&) = delete;
    TlsContextShare& operator=(const TlsContextShare&) = delete;

    // Before startClientEncryption(): hands the socket the context kept, if any.
    void lendTo(QSslSocket* socket) const;
    // After a completed handshake: keeps the socket's context for the next ones.
    void keepFrom(QSslSocket* socket);

private:
    std::shared_ptr<QSslContext> m_context;
};
