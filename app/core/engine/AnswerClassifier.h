#pragma once

#include "BlockPageRules.h"
#include "Finding.h"
#include "HttpResponseParser.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The decisions a check takes on what came back, kept apart from the sockets so they can be tested without a
// network: a proxy's answer to CONNECT, a proxy or an inspection device answering in a server's place (a
// block page, a portal), a WebSocket upgrade.
class AnswerClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerClassifier)

public:
    // The proxy's reply to CONNECT: nullopt when the tunnel is open. Evidence lines (status, the proxy's
    // own headers) are appended either way. rules may be null (no product is then named).
    static std::optional<Finding> tunnelRefusal(const HttpResponseParser& reply, const QString& proxy,
        bool credentialsSent, const QString& target, const BlockPageRules* rules, QStringList* evidence);
    // An answer to a request sent to a proxy in absolute form, when the proxy gave it itself (authentication,
    // its error or block page, a gateway error) rather than passing on the server's; nullopt otherwise.
    static std::optional<Finding> proxyRefusal(const HttpResponseParser& answer, const QString& proxy,
        bool credentialsSent, const QString& target, const BlockPageRules* rules);

    // Where the answer came from, for blockPage().
    enum class Origin
    {
        Unverified, // plain HTTP straight to the server: anything on the path may have answered
        NotTheService, // TLS inspection replaced the certificate, or a proxy answered: not the service
    };
    // A block page, a filtering device asking for authentication or, when the answer is known not to be the
    // service's, a redirect to a portal on another host. inspector names the device when the answer does not
    // (the inspecting CA). nullopt: nothing says the request was blocked.
    static std::optional<Finding> blockPage(const BlockPageRules& rules, const HttpResponseParser& answer,
        const QString& host, const QString& inspector, Origin origin);

    // The answer to an HTTP/1.1 WebSocket upgrade request sent with `key`.
    static Finding webSocket(const HttpResponseParser& answer, const QByteArray& key, const QString& via);
    // At most `max` characters of untrusted bytes, with anything unprintable replaced.
    static QString printable(const QByteArray& bytes, qsizetype max = 160);
    // Whether bytes read as text: valid UTF-8 without control characters other than tab, CR and LF (a reply cut
    // in the middle of a character still counts). Binary is better shown as hex than as question marks.
    static bool isText(const QByteArray& bytes);
};
