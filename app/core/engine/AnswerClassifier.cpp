#include "AnswerClassifier.h"

#include "HttpMessages.h"
#include "TlsChainAnalyzer.h"

namespace {
QString authenticationSchemes(const HttpResponseParser& answer)
{
    QStringList schemes;
    for (const auto& [name, value] : answer.headers()) {
        if (name.compare("Proxy-Authenticate", Qt::CaseInsensitive) == 0)
            schemes << AnswerClassifier::printable(value.split(' ').constFirst(), 40);
    }
    schemes.removeDuplicates();
    return schemes.isEmpty() ? AnswerClassifier::tr("no scheme named") : schemes.join(QStringLiteral(", "));
}

Finding authenticationRequired(const HttpResponseParser& answer, const QString& proxy, bool credentialsSent)
{
    const QString schemes = authenticationSchemes(answer);
    return {Diagnosis::ProxyAuthRequired,
        credentialsSent
            ? AnswerClassifier::tr("the proxy %1 rejected the credentials given (it asks for %2)").arg(proxy, schemes)
            : AnswerClassifier::tr("the proxy %1 wants authentication (%2)").arg(proxy, schemes),
        {}};
}
} // namespace

QString AnswerClassifier::printable(const QByteArray& bytes, qsizetype max)
{
    QString text = QString::fromUtf8(bytes.left(max)).simplified();
    for (QChar& c : text) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return text;
}

std::optional<Finding> AnswerClassifier::tunnelRefusal(const HttpResponseParser& reply, const QString& proxy,
    bool credentialsSent, const QString& target, QStringList* evidence)
{
    if (!reply.hasStatus())
        return Finding {Diagnosis::ProxyDenied,
            tr("the proxy %1 answered something that is not HTTP (%2)").arg(proxy, reply.errorString()), {}};
    *evidence << tr("proxy reply: HTTP %1").arg(reply.statusLine());
    for (const QByteArray& name : {QByteArrayLiteral("Proxy-Authenticate"), QByteArrayLiteral("X-Squid-Error"),
             QByteArrayLiteral("Via"), QByteArrayLiteral("Server")}) {
        for (const auto& [key, value] : reply.headers()) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                *evidence << QStringLiteral("proxy reply: %1: %2").arg(QString::fromLatin1(key), printable(value));
        }
    }
    if (reply.status() == 407)
        return authenticationRequired(reply, proxy, credentialsSent);
    if (reply.status() >= 200 && reply.status() <= 299)
        return std::nullopt;
    const QString squid = printable(reply.header("X-Squid-Error"));
    return Finding {Diagnosis::ProxyDenied,
        tr("the proxy %1 refused CONNECT to %2: HTTP %3%4")
            .arg(proxy, target, reply.statusLine(), squid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(squid)),
        {}};
}

std::optional<Finding> AnswerClassifier::proxyRefusal(
    const HttpResponseParser& answer, const QString& proxy, bool credentialsSent, const QString& target)
{
    if (!answer.hasStatus())
        return std::nullopt;
    if (answer.status() == 407)
        return authenticationRequired(answer, proxy, credentialsSent);
    // A server's own 403 proves it is reachable; the proxy's error page or a gateway error does not.
    const QString squid = printable(answer.header("X-Squid-Error"));
    if (squid.isEmpty() && answer.status() != 502 && answer.status() != 504)
        return std::nullopt;
    return Finding {Diagnosis::ProxyDenied,
        tr("the proxy %1 refused the request for %2: HTTP %3%4")
            .arg(proxy, target, answer.statusLine(), squid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(squid)),
        {tr("proxy reply: HTTP %1").arg(answer.statusLine())}};
}

Finding AnswerClassifier::webSocket(const HttpResponseParser& answer, const QByteArray& key, const QString& via)
{
    if (answer.status() == 101) {
        if (answer.header("Sec-WebSocket-Accept") != HttpMessages::webSocketAccept(key))
            return {Diagnosis::WebSocketBlocked,
                tr("the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between "
                   "rewrote it"),
                {}};
        return {Diagnosis::Ok, tr("WebSocket upgrade accepted (HTTP 101) via %1").arg(via), {}};
    }
    // A relay that never saw the Upgrade header (a proxy stripped it) answers 400 "only for web-socket
    // requests"; any other answer is the service speaking to a WebSocket request.
    const QString text = answer.reason() + QLatin1Char(' ') + QString::fromUtf8(answer.body().left(512));
    const bool mentionsWebSocket = text.contains(QLatin1String("web-socket"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("websocket"), Qt::CaseInsensitive);
    if (answer.status() == 426 || (answer.status() == 400 && mentionsWebSocket))
        return {Diagnosis::WebSocketBlocked,
            tr("the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the "
               "Upgrade header)")
                .arg(answer.statusLine()),
            {}};
    return {Diagnosis::Ok, tr("the service answered the WebSocket request with HTTP %1").arg(answer.statusLine()), {}};
}

Finding AnswerClassifier::tlsFailure(const QList<QSslError>& errors, const QList<QSslCertificate>& chain,
    bool trustedByExtraCa, const QString& host, quint16 port, const QString& socketError)
{
    Finding finding;
    for (const QSslCertificate& certificate : chain)
        finding.evidence << tr("presented: %1 (issued by %2)")
                                .arg(TlsChainAnalyzer::displayName(certificate),
                                    certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
    if (errors.isEmpty()) {
        finding.diagnosis = Diagnosis::TlsFailed;
        finding.detail = tr("no TLS handshake with %1:%2: %3 (not a TLS server, or the connection was cut)")
                             .arg(host)
                             .arg(port)
                             .arg(socketError);
        return finding;
    }
    const bool untrusted = !trustedByExtraCa && std::any_of(errors.cbegin(), errors.cend(), [](const QSslError& e) {
        return e.error() != QSslError::HostNameMismatch;
    });
    if (untrusted) {
        QStringList texts;
        for (const QSslError& error : errors)
            texts << error.errorString();
        texts.removeDuplicates();
        const QString end = chain.isEmpty() ? tr("(no certificate)")
                                            : TlsChainAnalyzer::displayName(chain.constLast()) + QStringLiteral(" / ")
                + chain.constLast().issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        finding.diagnosis = Diagnosis::TlsUntrusted;
        finding.detail = tr("the certificate of %1 is not trusted (%2); chain ends at %3")
                             .arg(host, texts.join(QStringLiteral("; ")), end);
        return finding;
    }
    const QString names = chain.isEmpty()
        ? QString()
        : chain.constFirst().subjectAlternativeNames().values().join(QStringLiteral(", "));
    finding.diagnosis = Diagnosis::TlsNameMismatch;
    finding.detail = tr("the certificate presented for %1 is for %2")
                         .arg(host, names.isEmpty() ? TlsChainAnalyzer::displayName(chain.value(0)) : names);
    return finding;
}
