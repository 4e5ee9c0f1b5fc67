#include "CheckRunner.h"

#include "AddressClassifier.h"
#include "AnswerClassifier.h"
#include "HttpMessages.h"
#include "ProbeContext.h"
#include "Remedies.h"
#include "revocation/ChainRevocationUrls.h"
#include "revocation/CrlInspector.h"
#include "revocation/OcspInspector.h"
#include "revocation/OcspRequestBuilder.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimeZone>
#include <QUrl>

namespace {
// At most this many addresses of one name are tried at once (both families of a dual-stack host).
constexpr int kMaxParallelAttempts = 6;
constexpr qsizetype kMaxProxyReplyBytes = qsizetype(16) * 1024;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

// RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"; other forms are obsolete and ignored.
QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(value.trimmed()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    date.setTimeZone(QTimeZone::utc());
    return date;
}

} // namespace

CheckRunner::CheckRunner(CheckRequest request, std::shared_ptr<const ProbeContext> context, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_context(std::move(context))
{
    m_phaseTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &CheckRunner::onPhaseTimeout);

    const Endpoint& endpoint = m_request.endpoint;
    m_result.id = m_request.id;
    m_result.endpointId = endpoint.id;
    m_result.host = endpoint.host;
    m_result.probe = m_request.probeHost;
    m_result.port = m_request.port;
    m_result.protocol = endpoint.protocol;
    m_result.features = endpoint.features;
    m_result.purpose = endpoint.purpose;
    m_result.source = endpoint.source;
    m_result.url = endpoint.url;
    m_result.retired = endpoint.retired;
}

CheckRunner::~CheckRunner()
{
    abort();
}

void CheckRunner::abort()
{
    m_step = Step::Done;
    m_phaseTimer.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_infoLookupId >= 0)
        QHostInfo::abortHostLookup(m_infoLookupId);
    m_lookupId = m_infoLookupId = -1;
    dropAttempts();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void CheckRunner::dropAttempts()
{
    for (Attempt& attempt : m_attempts) {
        if (attempt.socket) {
            attempt.socket->disconnect(this);
            attempt.socket->abort();
            attempt.socket->deleteLater();
            attempt.socket = nullptr;
        }
    }
    m_attempts.clear();
}

// ---- phases ---------------------------------------------------------------------------------------------

void CheckRunner::beginPhase(const QString& name)
{
    m_phaseName = name;
    m_phaseClock.start();
    m_phaseTimer.start(m_context->settings.timeoutMs);
}

void CheckRunner::endPhase(bool ok, const QString& error)
{
    if (m_phaseName.isEmpty())
        return;
    m_result.phases << PhaseResult {m_phaseName, ok, m_phaseClock.elapsed(), error};
    m_phaseName.clear();
    m_phaseTimer.stop();
}

void CheckRunner::finish(Diagnosis diagnosis, const QString& detail)
{
    if (m_step == Step::Done)
        return;
    if (!m_phaseName.isEmpty())
        endPhase(diagnosis == Diagnosis::Ok, diagnosis == Diagnosis::Ok ? QString() : detail);
    if (m_infoLookupId >= 0 && !m_deferredFinish) {
        // The local name lookup is evidence for the report: give it until the phase timeout to arrive.
        m_deferredFinish = std::make_pair(diagnosis, detail);
        m_step = Step::Deferred;
        m_phaseTimer.start(m_context->settings.timeoutMs);
        return;
    }
    // A warning found on the way (TLS inspection) stands when nothing failed after it.
    if (diagnosis == Diagnosis::Ok && m_interceptedWarning) {
        diagnosis = Diagnosis::TlsIntercepted;
        m_result.detail = m_interceptedDetail;
    } else {
        m_result.detail = detail;
    }
    if (!m_result.dnsNote.isEmpty() && diagnosis != Diagnosis::Ok)
        m_result.evidence << tr("DNS: %1").arg(m_result.dnsNote);
    m_result.diagnosis = diagnosis;
    m_result.durationMs = m_total.elapsed();
    m_result.remedy = Remedies::forResult(m_result);
    const CheckResult result = m_result;
    abort();
    emit finished(result);
}

void CheckRunner::onPhaseTimeout()
{
    const QString seconds = QString::number(m_context->settings.timeoutMs / 1000.0, 'g', 3);
    switch (m_step) {
    case Step::Dns:
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        if (m_proxy)
            finish(Diagnosis::ProxyUnreachable,
                tr("the proxy name %1 did not resolve within %2 s").arg(m_proxy->host, seconds));
        else
            finish(Diagnosis::DnsFailure, tr("%1 did not resolve within %2 s").arg(m_connectHost, seconds));
        return;
    case Step::Tcp:
        onTcpTimeout();
        return;
    case Step::ProxyConnect:
        finish(Diagnosis::ProxyDenied,
            tr("the proxy %1 did not answer the CONNECT request within %2 s").arg(m_proxy->display(), seconds));
        return;
    case Step::Tls:
        finish(Diagnosis::TlsFailed,
            tr("the TLS handshake did not complete within %1 s (the server is silent)").arg(seconds));
        return;
    case Step::Http:
        onHttpComplete();
        return;
    case Step::Deferred:
        finishDeferred();
        return;
    case Step::Idle:
    case Step::Done:
        return;
    }
}

void CheckRunner::finishDeferred()
{
    if (!m_deferredFinish)
        return;
    if (m_infoLookupId >= 0)
        QHostInfo::abortHostLookup(m_infoLookupId);
    m_infoLookupId = -1;
    m_step = Step::Idle;
    const auto [diagnosis, detail] = *m_deferredFinish;
    finish(diagnosis, detail);
}

void CheckRunner::start()
{
    m_total.start();
    const Protocol protocol = m_request.protocol();

    m_targetHost = m_request.probeHost;
    m_targetPort = m_request.port;
    for (const ConnectToRule& rule : m_context->settings.connectTo) {
        if (rule.matches(m_request.probeHost, m_request.port)) {
            m_targetHost = rule.connectHost;
            m_targetPort = rule.connectPort ? rule.connectPort : m_request.port;
            m_result.evidence << tr("connect-to: %1:%2 -> %3:%4")
                                     .arg(m_request.probeHost)
                                     .arg(m_request.port)
                                     .arg(m_targetHost)
                                     .arg(m_targetPort);
            break;
        }
    }

    const bool plainHttp = protocol == Protocol::Http || protocol == Protocol::Crl || protocol == Protocol::Ocsp;
    QString note;
    const ProxyResolver ownResolver(m_request.proxy.value_or(ProxySetting {}));
    const ProxyResolver& resolver = m_request.proxy ? ownResolver : m_context->proxyResolver;
    m_proxy = resolver.routeFor(
        plainHttp ? QStringLiteral("http") : QStringLiteral("https"), m_request.probeHost, m_request.port, &note);
    if (!note.isEmpty())
        m_result.evidence << note;

    if (protocol == Protocol::Ocsp) {
        QString error;
        m_requestBody = OcspRequestBuilder::build(
            m_request.endpoint.certificatePem, m_request.endpoint.issuerCertificatePem, &error);
        if (m_requestBody.isEmpty()) {
            m_step = Step::Http;
            beginPhase(QStringLiteral("ocsp"));
            finish(Diagnosis::OcspInvalid, tr("no OCSP request could be built: %1").arg(error));
            return;
        }
    }

    if (m_proxy) {
        m_result.proxy = m_proxy->display();
        m_connectHost = m_proxy->host;
        m_connectPort = m_proxy->port;
        if (m_targetHost == m_request.probeHost)
            startInformationalLookup();
    } else {
        m_connectHost = m_targetHost;
        m_connectPort = m_targetPort;
    }
    resolveTarget();
}

// ---- DNS ------------------------------------------------------------------------------------------------

void CheckRunner::startInformationalLookup()
{
    // Through a proxy, the proxy resolves the name; the local answer is only evidence.
    if (!QHostAddress(m_request.probeHost).isNull())
        return;
    m_infoLookupId = QHostInfo::lookupHost(m_request.probeHost, this, [this](const QHostInfo& info) {
        m_infoLookupId = -1;
        if (info.error() != QHostInfo::NoError) {
            m_result.evidence << tr("DNS (informational): %1 does not resolve on this machine; the proxy resolves it")
                                     .arg(m_request.probeHost);
        } else {
            for (const QHostAddress& address : info.addresses())
                m_result.addresses << address.toString();
            m_result.dnsNote = AddressClassifier::note(info.addresses());
        }
        if (m_step == Step::Deferred)
            finishDeferred();
    });
}

void CheckRunner::resolveTarget()
{
    m_step = Step::Dns;
    beginPhase(m_proxy ? QStringLiteral("dns-proxy") : QStringLiteral("dns"));
    const QHostAddress literal(m_connectHost);
    if (!literal.isNull()) {
        onResolved({literal.toString()}, {}, false);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_connectHost, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        if (m_step != Step::Dns)
            return;
        QStringList addresses;
        for (const QHostAddress& address : info.addresses())
            addresses << address.toString();
        onResolved(addresses, info.errorString(), info.error() == QHostInfo::HostNotFound);
    });
}

void CheckRunner::onResolved(const QStringList& addresses, const QString& error, bool notFound)
{
    if (addresses.isEmpty()) {
        if (m_proxy) {
            finish(Diagnosis::ProxyUnreachable, tr("the proxy name %1 does not resolve: %2").arg(m_proxy->host, error));
            return;
        }
        finish(Diagnosis::DnsFailure,
            notFound ? tr("%1 does not exist in DNS (no A or AAAA record)").arg(m_connectHost)
                     : tr("%1 could not be resolved: %2").arg(m_connectHost, error));
        return;
    }
    QList<QHostAddress> parsed;
    for (const QString& text : addresses)
        parsed << QHostAddress(text);
    if (!m_proxy) {
        m_result.addresses = addresses;
        if (m_targetHost == m_request.probeHost && QHostAddress(m_request.probeHost).isNull())
            m_result.dnsNote = AddressClassifier::note(parsed);
    }
    endPhase(true);
    connectToAddresses(parsed);
}

// ---- TCP ------------------------------------------------------------------------------------------------

void CheckRunner::connectToAddresses(const QList<QHostAddress>& addresses)
{
    m_step = Step::Tcp;
    beginPhase(m_proxy ? QStringLiteral("tcp-proxy") : QStringLiteral("tcp"));
    for (const QHostAddress& address : addresses.mid(0, kMaxParallelAttempts)) {
        auto* socket = new QSslSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        const int index = int(m_attempts.size());
        m_attempts.append(Attempt {address, socket, {}, QAbstractSocket::UnknownSocketError});
        connect(socket, &QAbstractSocket::connected, this, [this, index] { onAttemptConnected(index); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, index, socket](QAbstractSocket::SocketError e) {
            onAttemptFailed(index, e, socket->errorString());
        });
        socket->connectToHost(address, m_connectPort);
    }
}

void CheckRunner::onAttemptConnected(int index)
{
    if (m_step != Step::Tcp)
        return;
    Attempt& winner = m_attempts[index];
    QSslSocket* socket = winner.socket;
    const QHostAddress address = winner.address;
    winner.socket = nullptr; // ownership moves to m_socket
    socket->disconnect(this);
    dropAttempts();
    m_socket = socket;
    onConnected(socket, address);
}

void CheckRunner::onAttemptFailed(int index, QAbstractSocket::SocketError error, const QString& message)
{
    if (m_step != Step::Tcp || index >= m_attempts.size() || !m_attempts[index].outcome.isEmpty())
        return;
    Attempt& attempt = m_attempts[index];
    attempt.error = error;
    attempt.outcome = message.isEmpty() ? tr("failed") : message;
    if (attempt.socket) {
        attempt.socket->disconnect(this);
        attempt.socket->deleteLater();
        attempt.socket = nullptr;
    }
    const bool allDone
        = std::all_of(m_attempts.cbegin(), m_attempts.cend(), [](const Attempt& a) { return !a.outcome.isEmpty(); });
    if (allDone)
        onTcpTimeout(); // nothing pending: decide now
}

void CheckRunner::onTcpTimeout()
{
    QStringList lines;
    bool refused = false;
    bool unreachable = false;
    bool timedOut = false;
    for (const Attempt& attempt : std::as_const(m_attempts)) {
        const QString target = QStringLiteral("%1 port %2").arg(attempt.address.toString()).arg(m_connectPort);
        if (attempt.outcome.isEmpty()) {
            timedOut = true;
            lines << tr("%1: no answer (timed out)").arg(target);
        } else {
            refused = refused || attempt.error == QAbstractSocket::ConnectionRefusedError;
            unreachable = unreachable || attempt.error == QAbstractSocket::NetworkError;
            lines << tr("%1: %2").arg(target, attempt.outcome);
        }
    }
    m_result.evidence << lines;
    const QString where = QStringLiteral("%1:%2").arg(m_connectHost).arg(m_connectPort);
    if (m_proxy) {
        finish(Diagnosis::ProxyUnreachable,
            refused ? tr("the proxy %1 refused the connection").arg(where)
                    : tr("the proxy %1 did not answer").arg(where));
    } else if (refused) {
        finish(Diagnosis::TcpRefused,
            tr("%1 refused the connection (nothing listens, or a firewall rejects it)").arg(where));
    } else if (timedOut) {
        finish(Diagnosis::TcpTimeout,
            tr("%1 did not answer within %2 s: packets are dropped on the way")
                .arg(where)
                .arg(m_context->settings.timeoutMs / 1000.0, 0, 'g', 3));
    } else if (unreachable) {
        finish(Diagnosis::TcpUnreachable, tr("no route to %1 (network unreachable)").arg(where));
    } else {
        finish(
            Diagnosis::TcpUnreachable, tr("could not connect to %1: %2").arg(where, lines.join(QStringLiteral("; "))));
    }
}

void CheckRunner::onConnected(QSslSocket* socket, const QHostAddress& address)
{
    m_result.connectedAddress = address.toString();
    endPhase(true);
    connect(socket, &QAbstractSocket::errorOccurred, this, &CheckRunner::onSocketError);
    connect(socket, &QIODevice::readyRead, this, [this] {
        if (m_step == Step::ProxyConnect)
            onProxyReply();
        else if (m_step == Step::Http)
            onHttpData();
    });
    connect(socket, &QSslSocket::sslErrors, this, &CheckRunner::onSslErrors);
    connect(socket, &QSslSocket::encrypted, this, &CheckRunner::onTlsEncrypted);

    const Protocol protocol = m_request.protocol();
    const bool tunnel = protocol == Protocol::Https || protocol == Protocol::Wss || protocol == Protocol::Tcp;
    if (m_proxy && tunnel) {
        sendConnect();
        return;
    }
    afterTunnel();
}

void CheckRunner::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString message = m_socket->errorString();
    switch (m_step) {
    case Step::ProxyConnect:
        if (error == QAbstractSocket::RemoteHostClosedError)
            onProxyReply();
        if (m_step == Step::ProxyConnect)
            finish(
                Diagnosis::ProxyDenied, tr("the proxy %1 closed the connection: %2").arg(m_proxy->display(), message));
        return;
    case Step::Tls:
        onTlsFailed(message);
        return;
    case Step::Http:
        if (m_http)
            m_http->feed(m_socket->readAll());
        onHttpComplete();
        return;
    default:
        return;
    }
}

// ---- proxy ----------------------------------------------------------------------------------------------

void CheckRunner::sendConnect()
{
    m_step = Step::ProxyConnect;
    beginPhase(QStringLiteral("proxy"));
    m_socket->write(HttpMessages::connect(m_targetHost, m_targetPort, m_proxy->user, m_proxy->password));
}

void CheckRunner::onProxyReply()
{
    m_proxyBuffer += m_socket->read(kMaxProxyReplyBytes - m_proxyBuffer.size() + 1);
    const qsizetype end = m_proxyBuffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_proxyBuffer.size() > kMaxProxyReplyBytes)
            finish(Diagnosis::ProxyDenied, tr("the proxy %1 sent an oversized answer").arg(m_proxy->display()));
        else if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish(Diagnosis::ProxyDenied,
                tr("the proxy %1 closed the connection without answering").arg(m_proxy->display()));
        return;
    }
    HttpResponseParser reply(0, true);
    reply.feed(m_proxyBuffer.left(end + 4));
    const QString target = QStringLiteral("%1:%2").arg(m_targetHost).arg(m_targetPort);
    if (const auto refusal = AnswerClassifier::tunnelRefusal(
            reply, m_proxy->display(), !m_proxy->user.isEmpty(), target, &m_result.evidence)) {
        finish(refusal->diagnosis, refusal->detail);
        return;
    }
    m_proxyHandshakeDone = true;
    endPhase(true);
    afterTunnel();
}

void CheckRunner::afterTunnel()
{
    switch (m_request.protocol()) {
    case Protocol::Tcp:
        finish(Diagnosis::Ok,
            m_proxy ? tr("TCP port %1 reachable through the proxy %2").arg(m_request.port).arg(m_proxy->display())
                    : tr("TCP port %1 open at %2").arg(m_request.port).arg(m_result.connectedAddress));
        return;
    case Protocol::Https:
    case Protocol::Wss:
        startTls();
        return;
    case Protocol::Http:
    case Protocol::Crl:
    case Protocol::Ocsp:
    case Protocol::Clock:
        sendHttpRequest();
        return;
    }
}

// ---- TLS ------------------------------------------------------------------------------------------------

void CheckRunner::startTls()
{
    m_step = Step::Tls;
    beginPhase(QStringLiteral("tls"));
    m_socket->setSslConfiguration(m_context->sslConfiguration);
    m_socket->setPeerVerifyName(m_request.probeHost);
    m_socket->startClientEncryption();
}

void CheckRunner::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    // No system root for this chain: the user's extra CAs may still anchor it (checked, never assumed).
    const bool onlyTrustErrors = std::all_of(errors.cbegin(), errors.cend(),
        [](const QSslError& error) { return ExtraTrustStore::isTrustError(error.error()); });
    const bool anyTrustError = std::any_of(errors.cbegin(), errors.cend(),
        [](const QSslError& error) { return ExtraTrustStore::isTrustError(error.error()); });
    m_trustedByExtraCa = anyTrustError && m_context->extraTrust.verifies(m_socket->peerCertificateChain());
    if (m_trustedByExtraCa && onlyTrustErrors)
        m_socket->ignoreSslErrors(errors);
}

void CheckRunner::onTlsFailed(const QString& socketError)
{
    if (m_step != Step::Tls)
        return;
    const Finding finding = AnswerClassifier::tlsFailure(m_sslErrors,
        m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>(), m_trustedByExtraCa, m_request.probeHost,
        m_request.port, socketError);
    m_result.evidence << finding.evidence;
    finish(finding.diagnosis, finding.detail);
}

void CheckRunner::onTlsEncrypted()
{
    if (m_step != Step::Tls)
        return;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    const TlsChainAnalyzer::Result analysis = m_context->chainAnalyzer.analyze(chain);

    TlsDetails tls;
    tls.protocol = protocolName(m_socket->sessionProtocol());
    tls.cipher = m_socket->sessionCipher().name();
    if (!chain.isEmpty()) {
        tls.subject = chain.constFirst().subjectDisplayName();
        tls.issuer = chain.constFirst().issuerDisplayName();
    }
    tls.root = analysis.rootName;
    tls.rootSha256 = analysis.rootSha256;
    for (const QSslCertificate& certificate : analysis.fullChain)
        tls.chain << TlsChainAnalyzer::displayName(certificate);
    ChainRevocationUrls::extract(analysis.fullChain, &tls.ocspUrls, &tls.crlUrls);
    for (qsizetype i = 0; i + 1 < analysis.fullChain.size(); ++i) {
        QStringList ocsp;
        QStringList crl;
        ChainRevocationUrls::extract({analysis.fullChain.at(i)}, &ocsp, &crl);
        const QString certificatePem = QString::fromLatin1(analysis.fullChain.at(i).toPem());
        const QString issuerPem = QString::fromLatin1(analysis.fullChain.at(i + 1).toPem());
        for (const QString& url : std::as_const(ocsp))
            tls.revocationPoints << RevocationPoint {url, true, certificatePem, issuerPem};
        for (const QString& url : std::as_const(crl))
            tls.revocationPoints << RevocationPoint {url, false, {}, issuerPem};
    }
    m_result.tls = tls;
    endPhase(true);

    if (!analysis.root.isNull() && !analysis.rootExpected && !m_context->settings.expectedRoots.isEmpty()) {
        m_interceptedWarning = true;
        m_interceptedDetail = tr("the chain of %1 ends at '%2', a CA this machine trusts but not one the service "
                                 "uses: TLS inspection by '%3' replaced the certificate")
                                  .arg(m_request.probeHost, analysis.rootName,
                                      analysis.fullChain.size() > 1 ? TlsChainAnalyzer::displayName(
                                          analysis.fullChain.at(analysis.fullChain.size() - 2))
                                                                    : analysis.rootName);
    }
    sendHttpRequest();
}

// ---- HTTP, WebSocket, CRL, OCSP ---------------------------------------------------------------------------

QByteArray CheckRunner::buildHttpRequest() const
{
    const Protocol protocol = m_request.protocol();
    HttpRequestSpec spec;
    spec.host = m_request.probeHost;
    spec.port = m_request.port;
    if (protocol == Protocol::Ocsp && m_ocspGetPass) {
        spec.target = m_getTarget;
    } else if (protocol == Protocol::Crl || protocol == Protocol::Ocsp) {
        const QUrl url(m_request.endpoint.url);
        spec.target = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            spec.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        if (protocol == Protocol::Ocsp) {
            spec.method = "POST";
            spec.body = m_requestBody;
            spec.contentType = "application/ocsp-request";
        }
    }
    if (m_proxy && !m_proxyHandshakeDone && !Protocols::usesTls(protocol)) {
        spec.absoluteHost = m_targetHost;
        spec.absolutePort = m_targetPort;
        spec.proxyUser = m_proxy->user;
        spec.proxyPassword = m_proxy->password;
    }
    if (protocol == Protocol::Wss)
        spec.webSocketKey = m_webSocketKey;
    return HttpMessages::request(spec);
}

void CheckRunner::sendHttpRequest()
{
    const Protocol protocol = m_request.protocol();
    m_step = Step::Http;
    const bool needsBody = protocol == Protocol::Crl || protocol == Protocol::Ocsp;
    beginPhase(protocol == Protocol::Wss ? QStringLiteral("websocket")
            : protocol == Protocol::Crl  ? QStringLiteral("crl")
            : protocol == Protocol::Ocsp ? (m_ocspGetPass ? QStringLiteral("ocsp-get") : QStringLiteral("ocsp"))
                                         : QStringLiteral("http"));
    if (protocol == Protocol::Wss) {
        QByteArray nonce(16, Qt::Uninitialized);
        for (char& c : nonce)
            c = char(QRandomGenerator::global()->bounded(256));
        m_webSocketKey = nonce.toBase64();
    }
    // A WebSocket refusal explains itself in a short body; reachability needs the headers only.
    const qint64 bodyCap = needsBody ? m_context->settings.maxBodyBytes : protocol == Protocol::Wss ? 4096 : 0;
    m_http = std::make_unique<HttpResponseParser>(bodyCap, bodyCap == 0);
    m_socket->write(buildHttpRequest());
    if (m_socket->bytesAvailable() > 0)
        onHttpData();
}

void CheckRunner::onHttpData()
{
    if (!m_http || m_step != Step::Http)
        return;
    m_http->feed(m_socket->readAll());
    if (m_http->isDone())
        onHttpComplete();
}

void CheckRunner::onHttpComplete()
{
    if (m_step != Step::Http || !m_http)
        return;
    m_http->finish();
    const Protocol protocol = m_request.protocol();
    if (m_http->hasStatus()) {
        m_result.httpStatus = m_http->status();
        m_result.httpReason = m_http->reason();
        const QDateTime date = parseHttpDate(m_http->header("Date"));
        if (date.isValid()) {
            m_result.serverDate = date;
            m_result.receivedAt = QDateTime::currentDateTimeUtc();
        }
    }
    if (protocol == Protocol::Crl || protocol == Protocol::Ocsp) {
        evaluateRevocation();
        return;
    }
    evaluateHttp();
}

void CheckRunner::evaluateHttp()
{
    const HttpResponseParser& http = *m_http;
    if (!http.hasStatus()) {
        const QString why = http.state() == HttpResponseParser::State::Error
            ? http.errorString()
            : tr("no answer within %1 s").arg(m_context->settings.timeoutMs / 1000.0, 0, 'g', 3);
        finish(Diagnosis::HttpFailed,
            tr("%1 accepted the connection but sent no HTTP answer: %2").arg(m_request.probeHost, why));
        return;
    }
    // Through a proxy without a tunnel, the proxy may answer for itself.
    if (m_proxy && !m_proxyHandshakeDone) {
        if (const auto refusal
            = AnswerClassifier::proxyRefusal(http, m_proxy->display(), !m_proxy->user.isEmpty(), m_request.probeHost)) {
            m_result.evidence << refusal->evidence;
            finish(refusal->diagnosis, refusal->detail);
            return;
        }
    }
    if (m_request.protocol() == Protocol::Wss) {
        const Finding finding = AnswerClassifier::webSocket(http, m_webSocketKey, m_result.connectedAddress);
        finish(finding.diagnosis, finding.detail);
        return;
    }
    finish(Diagnosis::Ok,
        tr("HTTP %1 from %2")
            .arg(http.statusLine(), m_proxy ? m_proxy->display() + tr(" (proxy)") : m_result.connectedAddress));
}

void CheckRunner::evaluateRevocation()
{
    const HttpResponseParser& http = *m_http;
    if (m_proxy && !m_proxyHandshakeDone) {
        if (const auto refusal = AnswerClassifier::proxyRefusal(
                http, m_proxy->display(), !m_proxy->user.isEmpty(), m_request.endpoint.url)) {
            m_result.evidence << refusal->evidence;
            finish(refusal->diagnosis, refusal->detail);
            return;
        }
    }

    const bool crl = m_request.protocol() == Protocol::Crl;
    RevocationVerdict verdict;
    if (!http.hasStatus()) {
        verdict.diagnosis = crl ? Diagnosis::CrlInvalid : Diagnosis::OcspInvalid;
        verdict.detail
            = tr("%1 sent no HTTP answer: %2")
                  .arg(m_request.probeHost,
                      http.state() == HttpResponseParser::State::Error ? http.errorString() : tr("timed out"));
    } else {
        const QString contentType = QString::fromLatin1(http.header("Content-Type"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        verdict = crl ? CrlInspector::inspect(http.body(), http.status(), contentType, http.truncated(),
                      m_request.endpoint.issuerCertificatePem, now)
                      : OcspInspector::inspect(http.body(), http.status(), contentType, http.truncated(), m_requestBody,
                          m_request.endpoint.issuerCertificatePem, now);
        verdict.evidence << tr("HTTP %1, %2 bytes%3")
                                .arg(http.statusLine())
                                .arg(http.body().size())
                                .arg(http.truncated() ? tr(" (cut at the size cap)") : QString());
    }
    if (crl) {
        m_result.evidence << verdict.evidence;
        finish(verdict.diagnosis, verdict.detail);
        return;
    }
    concludeOcsp(verdict);
}

void CheckRunner::concludeOcsp(const RevocationVerdict& verdict)
{
    const QString form = m_ocspGetPass ? QStringLiteral("GET") : QStringLiteral("POST");
    for (const QString& line : verdict.evidence)
        m_result.evidence << form + QStringLiteral(": ") + line;
    if (!m_ocspGetPass) {
        // Windows asks responders with the GET form when the request is small: try that form too.
        const QUrl getUrl(OcspRequestBuilder::getUrl(m_request.endpoint.url, m_requestBody));
        if (getUrl.isValid() && !getUrl.isEmpty()) {
            endPhase(
                verdict.diagnosis == Diagnosis::Ok, verdict.diagnosis == Diagnosis::Ok ? QString() : verdict.detail);
            m_postVerdict = verdict;
            m_ocspGetPass = true;
            m_getTarget = getUrl.path(QUrl::FullyEncoded).toLatin1();
            if (m_socket) {
                m_socket->disconnect(this);
                m_socket->abort();
                m_socket->deleteLater();
                m_socket = nullptr;
            }
            m_proxyHandshakeDone = false;
            m_http.reset();
            resolveTarget();
            return;
        }
        finish(verdict.diagnosis, verdict.detail);
        return;
    }

    const RevocationVerdict& post = *m_postVerdict;
    const bool postOk = post.diagnosis == Diagnosis::Ok;
    const bool getOk = verdict.diagnosis == Diagnosis::Ok;
    if (postOk && getOk)
        finish(Diagnosis::Ok, tr("%1; the GET form is answered too").arg(post.detail));
    else if (getOk)
        finish(Diagnosis::Ok, tr("%1 (GET form); POST failed: %2").arg(verdict.detail, post.detail));
    else if (postOk)
        finish(Diagnosis::OcspInvalid,
            tr("answers OCSP over POST, but not the GET form Windows uses: %1").arg(verdict.detail));
    else
        finish(Diagnosis::OcspInvalid, post.detail);
}
