#include "ProxyTunnel.h"

#include "engine/AnswerClassifier.h"
#include "engine/HttpMessages.h"
#include "engine/HttpResponseParser.h"

#include <QAbstractSocket>
#include <QLocale>

ProxyTunnel::ProxyTunnel(
    QAbstractSocket* socket, ProxyRoute proxy, const BlockPageRules* rules, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_proxy(std::move(proxy))
    , m_rules(rules)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        conclude(PhaseOutcome::failure(PhaseEnd::TimedOut, Diagnosis::ProxyDenied,
            tr("the proxy %1 did not answer the CONNECT request within %2 s")
                .arg(m_proxy.display(), QLocale().toString(m_timeoutMs / 1000.0, 'g', 3))));
    });
}

ProxyTunnel::~ProxyTunnel()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void ProxyTunnel::start(const QString& targetHost, quint16 targetPort)
{
    m_target
        = QString::fromLatin1(HttpMessages::hostForHeader(targetHost)) + QLatin1Char(':') + QString::number(targetPort);
    connect(m_socket, &QIODevice::readyRead, this, &ProxyTunnel::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ProxyTunnel::onClosed);
    connect(m_socket, &QAbstractSocket::disconnected, this, &ProxyTunnel::onClosed);
    m_timer.start(m_timeoutMs);
    m_socket->write(HttpMessages::connect(targetHost, targetPort, m_proxy.user, m_proxy.password));
}

QString ProxyTunnel::describeNonHttp(const QByteArray& bytes)
{
    const auto byte = [&bytes](qsizetype i) { return i < bytes.size() ? quint8(bytes.at(i)) : 0; };
    if (byte(0) == 0x16 && byte(1) == 0x03)
        return tr("a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy");
    if (byte(0) == 0x15 && byte(1) == 0x03)
        return tr("a TLS alert: it expects TLS, not an HTTP proxy request");
    if (byte(0) == 0x05 && bytes.size() <= 16)
        return tr("a SOCKS 5 reply: it is a SOCKS proxy");
    if (byte(0) == 0x00 && (byte(1) == 0x5a || byte(1) == 0x5b))
        return tr("a SOCKS 4 reply: it is a SOCKS proxy");
    if (!AnswerClassifier::isText(bytes.left(60)))
        return tr("bytes that are not text: %1").arg(QString::fromLatin1(bytes.left(16).toHex(' ')));
    return tr("\"%1\"").arg(AnswerClassifier::printable(bytes, 60));
}

qsizetype ProxyTunnel::headersEnd(const QByteArray& bytes)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", start);
        if (end < 0)
            return -1;
        const QList<QByteArray> statusLine = bytes.mid(start, bytes.indexOf("\r\n", start) - start).split(' ');
        const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
        if (status < 100 || status > 199 || status == 101)
            return end;
        start = end + 4; // an interim answer (100 Continue): the real one follows
    }
}

std::optional<ProxyTunnel::Reply> ProxyTunnel::judgeReply(
    const QByteArray& bytes, const ProxyRoute& proxy, const QString& target, const BlockPageRules* rules)
{
    // A reply that cannot be HTTP is known from its first bytes: no need to wait for the timeout.
    const qsizetype prefix = std::min<qsizetype>(bytes.size(), 5);
    if (prefix > 0 && QByteArrayLiteral("HTTP/").left(prefix) != bytes.left(prefix)) {
        return Reply {PhaseOutcome::failure(PhaseEnd::Refused, Diagnosis::ProxyProtocolError,
                          tr("the proxy %1 answered CONNECT with %2").arg(proxy.display(), describeNonHttp(bytes))),
            bytes.size(), {}};
    }
    const qsizetype end = headersEnd(bytes);
    if (end < 0) {
        if (bytes.size() <= kMaxReplyBytes)
            return std::nullopt;
        return Reply {PhaseOutcome::failure(PhaseEnd::Cut, Diagnosis::ProxyProtocolError,
                          tr("the proxy %1 sent more than %2 bytes of headers in reply to CONNECT")
                              .arg(proxy.display())
                              .arg(kMaxReplyBytes)),
            bytes.size(), {}};
    }
    // The reply and as much of an error page as has arrived with it (enough for its title).
    HttpResponseParser parser(kMaxReplyBytes);
    parser.feed(bytes);
    parser.finish();
    Reply reply;
    if (parser.status() == 407) {
        for (const auto& [key, value] : parser.headers()) {
            if (key.compare("Proxy-Authenticate", Qt::CaseInsensitive) == 0)
                reply.challenges << value;
        }
    }
    QStringList evidence;
    if (const auto refusal
        = AnswerClassifier::tunnelRefusal(parser, proxy.display(), !proxy.user.isEmpty(), target, rules, &evidence)) {
        reply.outcome = PhaseOutcome::failure(PhaseEnd::Refused, refusal->diagnosis, refusal->detail, evidence);
        reply.outcome.finding.evidence << refusal->evidence;
        reply.outcome.bytes = bytes.size();
        reply.consumed = bytes.size();
        return reply;
    }
    // Bytes after the reply belong to the tunnel already (a server that speaks first): leave them unread.
    reply.outcome = PhaseOutcome::success(evidence, end + 4);
    reply.consumed = end + 4;
    return reply;
}

void ProxyTunnel::onReadyRead()
{
    if (m_done)
        return;
    // Peeked, and taken from the socket below: bytes after a successful reply's headers stay in it.
    const qsizetype before = m_buffer.size();
    m_buffer += m_socket->peek(kMaxReplyBytes - before + 1);
    const auto consume = [this, before](qsizetype upTo) {
        if (upTo > before)
            m_socket->skip(upTo - before);
    };
    const std::optional<Reply> reply = judgeReply(m_buffer, m_proxy, m_target, m_rules);
    if (!reply) {
        consume(m_buffer.size());
        return;
    }
    m_challenges = reply->challenges;
    consume(reply->consumed);
    conclude(reply->outcome);
}

void ProxyTunnel::onClosed()
{
    if (m_done)
        return;
    m_buffer += m_socket->readAll().left(kMaxReplyBytes);
    if (headersEnd(m_buffer) >= 0 || (!m_buffer.isEmpty() && !m_buffer.startsWith("HTTP/"))) {
        onReadyRead();
        if (m_done)
            return;
    }
    conclude(PhaseOutcome::failure(PhaseEnd::Closed, Diagnosis::ProxyDenied,
        m_buffer.isEmpty() ? tr("the proxy %1 closed the connection without answering CONNECT").arg(m_proxy.display())
                           : tr("the proxy %1 closed the connection in the middle of its reply (%2 bytes)")
                                 .arg(m_proxy.display())
                                 .arg(m_buffer.size())));
}

void ProxyTunnel::conclude(const PhaseOutcome& outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_socket->disconnect(this);
    emit finished(outcome);
}
