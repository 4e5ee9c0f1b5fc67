#include "AnswerClassifier.h"

#include "HttpMessages.h"

#include <QStringDecoder>
#include <QUrl>

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
        {}, {}};
}

// A redirect that leaves the host asked for (and its own subdomains and parents): a portal or block page.
QString foreignRedirect(const HttpResponseParser& answer, const QString& host)
{
    if (answer.status() < 300 || answer.status() > 399)
        return {};
    const QUrl target = QUrl(QString::fromLatin1(answer.header("Location")));
    const QString to = target.host().toLower();
    const QString from = host.toLower();
    if (to.isEmpty() || to == from || to.endsWith(QLatin1Char('.') + from) || from.endsWith(QLatin1Char('.') + to))
        return {};
    return AnswerClassifier::printable(target.toString(QUrl::RemoveQuery | QUrl::RemoveFragment).toUtf8(), 120);
}

// "HTTP 403 Forbidden, page title "Website blocked"" for a detail.
QString describeAnswer(const HttpResponseParser& answer)
{
    const QString title = BlockPageRules::htmlTitle(answer.body());
    return title.isEmpty() ? AnswerClassifier::tr("HTTP %1").arg(answer.statusLine())
                           : AnswerClassifier::tr("HTTP %1, page \"%2\"").arg(answer.statusLine(), title);
}
} // namespace

QString AnswerClassifier::printable(const QByteArray& bytes, qsizetype max)
{
    QString text = QString::fromUtf8(bytes.left(max)).simplified();
    for (QChar& c : text) {
        if (!c.isPrint() || c == QChar::ReplacementCharacter)
            c = QLatin1Char('?');
    }
    return text;
}

bool AnswerClassifier::isText(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto byte = quint8(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n') || byte == 0x7f)
            return false;
    }
    // Stateful: a character cut off at the end waits in the decoder instead of counting as an error.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);
    return !utf8.hasError();
}

std::optional<Finding> AnswerClassifier::tunnelRefusal(const HttpResponseParser& reply, const QString& proxy,
    bool credentialsSent, const QString& target, const BlockPageRules* rules, QStringList* evidence)
{
    if (!reply.hasStatus())
        return Finding {Diagnosis::ProxyProtocolError,
            tr("the proxy %1 answered something that is not HTTP (%2)").arg(proxy, reply.errorString()), {}, {}};
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
    const BlockPageRules::Match match = rules ? rules->identify(reply) : BlockPageRules::Match {};
    const QString squid = printable(reply.header("X-Squid-Error"));
    const QString title = BlockPageRules::htmlTitle(reply.body());
    QString why = squid.isEmpty() ? title : squid;
    Finding finding {Diagnosis::ProxyDenied,
        why.isEmpty()
            ? tr("the proxy %1 refused CONNECT to %2: HTTP %3").arg(proxy, target, reply.statusLine())
            : tr("the proxy %1 refused CONNECT to %2: HTTP %3 (%4)").arg(proxy, target, reply.statusLine(), why),
        {}, match.product};
    if (!match.signs.isEmpty())
        finding.evidence << tr("the refusal comes from %1: %2")
                                .arg(match.product.isEmpty() ? tr("a filtering device") : match.product,
                                    match.signs.join(QStringLiteral("; ")));
    return finding;
}

std::optional<Finding> AnswerClassifier::proxyRefusal(const HttpResponseParser& answer, const QString& proxy,
    bool credentialsSent, const QString& target, const BlockPageRules* rules)
{
    if (!answer.hasStatus())
        return std::nullopt;
    if (answer.status() == 407)
        return authenticationRequired(answer, proxy, credentialsSent);
    // The proxy's own error page or a gateway error: the proxy refused (a server's own 403 would prove it is
    // reachable, so that alone is not a refusal).
    const QString squid = printable(answer.header("X-Squid-Error"));
    if (!squid.isEmpty() || answer.status() == 502 || answer.status() == 504) {
        const QString product = rules ? rules->identify(answer).product : QString();
        return Finding {Diagnosis::ProxyDenied,
            tr("the proxy %1 refused the request for %2: HTTP %3%4")
                .arg(proxy, target, answer.statusLine(),
                    squid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(squid)),
            {tr("proxy reply: HTTP %1").arg(answer.statusLine())}, product};
    }
    // A block page of the filtering product behind the proxy, or a portal it redirects to.
    if (rules) {
        if (auto blocked = blockPage(*rules, answer, QUrl(target).host().isEmpty() ? target : QUrl(target).host(),
                tr("the proxy %1").arg(proxy), Origin::NotTheService)) {
            return blocked;
        }
    }
    return std::nullopt;
}

std::optional<Finding> AnswerClassifier::blockPage(const BlockPageRules& rules, const HttpResponseParser& answer,
    const QString& host, const QString& inspector, Origin origin)
{
    if (!answer.hasStatus() || answer.status() == 101)
        return std::nullopt;
    const BlockPageRules::Match match = rules.identify(answer);
    const QString device = !match.product.isEmpty() ? match.product
        : !inspector.isEmpty()                      ? inspector
                                                    : tr("a filtering device");
    Finding finding;
    finding.device = device;
    if (!match.signs.isEmpty())
        finding.evidence << tr("signs of %1: %2").arg(device, match.signs.join(QStringLiteral("; ")));

    if (answer.status() == 407 && origin == Origin::NotTheService) {
        finding.diagnosis = Diagnosis::ProxyAuthRequired;
        finding.detail
            = tr("%1 answers for %2 and wants authentication (%3)").arg(device, host, authenticationSchemes(answer));
        return finding;
    }
    // Page titles and texts that belong to a device's block page weigh on their own; a product's headers
    // alone (a Via or Server header) only with a refusing status, since proxies also pass answers on.
    const bool pageSigns = match.pageSigns;
    const bool refusing = answer.status() == 403 || rules.isBlockStatus(answer.status());
    if (pageSigns || rules.isBlockStatus(answer.status()) || (refusing && match.madeByDevice)) {
        finding.diagnosis = Diagnosis::BlockedByInspection;
        finding.detail
            = tr("%1 answered in place of %2 with its own page: %3").arg(device, host, describeAnswer(answer));
        return finding;
    }
    // A gateway error the device made itself: it could not reach the service (or will not say why).
    if (match.madeByDevice && answer.status() >= 500 && answer.status() <= 599) {
        finding.diagnosis = Diagnosis::ProxyDenied;
        finding.detail = tr("%1 answered for %2 with an error of its own instead of the service's answer: %3")
                             .arg(device, host, describeAnswer(answer));
        return finding;
    }
    if (origin == Origin::NotTheService) {
        if (const QString portal = foreignRedirect(answer, host); !portal.isEmpty()) {
            finding.diagnosis = Diagnosis::BlockedByInspection;
            finding.detail = tr("%1 redirects requests for %2 to %3 (a login or block page), HTTP %4")
                                 .arg(device, host, portal, answer.statusLine());
            return finding;
        }
    }
    return std::nullopt;
}

Finding AnswerClassifier::webSocket(const HttpResponseParser& answer, const QByteArray& key, const QString& via)
{
    if (answer.status() == 101) {
        if (answer.header("Sec-WebSocket-Accept") != HttpMessages::webSocketAccept(key))
            return {Diagnosis::WebSocketBlocked,
                tr("the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between "
                   "rewrote it"),
                {}, {}};
        return {Diagnosis::Ok, tr("WebSocket upgrade accepted (HTTP 101) via %1").arg(via), {}, {}};
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
            {}, {}};
    return {
        Diagnosis::Ok, tr("the service answered the WebSocket request with HTTP %1").arg(answer.statusLine()), {}, {}};
}
