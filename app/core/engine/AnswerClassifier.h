#pragma once

#include "Finding.h"
#include "HttpResponseParser.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

// The decisions a check takes on what came back, kept apart from the sockets so they can be tested without a
// network: a proxy's answer to CONNECT, a proxy answering in a server's place, a WebSocket upgrade, a failed
// TLS handshake.
class AnswerClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerClassifier)

public:
    // The proxy's reply to CONNECT: nullopt when the tunnel is open. Evidence lines (status, the proxy's
    // own headers) are appended either way.
    static std::optional<Finding> tunnelRefusal(const HttpResponseParser& reply, const QString& proxy,
        bool credentialsSent, const QString& target, QStringList* evidence);
    // An answer to a request sent to a proxy in absolute form, when the proxy gave it itself (authentication,
    // its error page, a gateway error) rather than passing on the server's; nullopt otherwise.
    static std::optional<Finding> proxyRefusal(
        const HttpResponseParser& answer, const QString& proxy, bool credentialsSent, const QString& target);
    // The answer to an HTTP/1.1 WebSocket upgrade request sent with `key`.
    static Finding webSocket(const HttpResponseParser& answer, const QByteArray& key, const QString& via);
    // A handshake that failed: without certificate errors it is a broken handshake, else untrusted (unless the
    // user's extra CAs anchor the chain) or a name mismatch.
    static Finding tlsFailure(const QList<QSslError>& errors, const QList<QSslCertificate>& chain,
        bool trustedByExtraCa, const QString& host, quint16 port, const QString& socketError);
    // At most `max` characters of untrusted bytes, with anything unprintable replaced.
    static QString printable(const QByteArray& bytes, qsizetype max = 160);
};
