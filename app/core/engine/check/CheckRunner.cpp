#include "CheckRunner.h"

#include "AddressLookup.h"
#include "HttpExchange.h"
#include "ProxyAuthenticator.h"
#include "ProxyTunnel.h"
#include "TcpRace.h"
#include "TlsHandshake.h"
#include "engine/AddressClassifier.h"
#include "engine/AnswerClassifier.h"
#include "engine/BackgroundJob.h"
#include "engine/HttpMessages.h"
#include "engine/ProbeContext.h"
#include "engine/Remedies.h"
#include "engine/TlsFailureExplainer.h"
#include "revocation/ChainRevocationUrls.h"
#include "revocation/CrlInspector.h"
#include "revocation/OcspInspector.h"
#include "revocation/OcspRequestBuilder.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimeZone>
#include <QUrl>

// What the TLS phase concluded, worked out on a background thread: a failure, or the details of the session
// and, when a trusted CA other than the service's anchors the chain, the interception found, or the note that a
// public CA does.
struct TlsJudgement
{
    std::optional<Finding> failure;
    TlsDetails details;
    std::optional<Finding> interception;
    PublicRootNote publicRoot;
};

namespace {
// Enough of an answer to recognise a block page or a portal, never a download.
constexpr qint64 kPageBodyCap = qint64(64) * 1024;
// A WebSocket refusal explains itself in a short body.
constexpr qint64 kWebSocketBodyCap = 4096;

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

// Hands a phase object to the event loop for deletion: it may be the sender of the signal being handled.
template<typename T>
void retire(std::unique_ptr<T>& phase)
{
    if (phase)
        phase.release()->deleteLater();
}

// What the TLS judgement needs from the socket, copied so that the background thread reads nothing shared.
struct TlsFacts
{
    bool succeeded = false;
    bool needsExtraAnchorCheck = false;
    QList<QSslCertificate> presented;
    QList<QSslError> errors;
    QString socketError;
    PhaseEnd end = PhaseEnd::Completed;
    int timeoutMs = 0;
    QString host;
    quint16 port = 0;
    QString protocol;
    QString cipher;
};

TlsDetails describeSession(const TlsFacts& facts, const TlsChainAnalyzer::Result& analysis)
{
    TlsDetails tls;
    tls.protocol = facts.protocol;
    tls.cipher = facts.cipher;
    if (!facts.presented.isEmpty()) {
        tls.subject = facts.presented.constFirst().subjectDisplayName();
        tls.issuer = facts.presented.constFirst().issuerDisplayName();
    }
    tls.root = analysis.rootName;
    tls.rootSha256 = analysis.rootSha256;
    // The verified path pairs each certificate with its real issuer, whatever order the server sent them in.
    const QList<QSslCertificate>& chain = analysis.verifiedChain.isEmpty() ? facts.presented : analysis.verifiedChain;
    for (const QSslCertificate& certificate : chain)
        tls.chain << TlsChainAnalyzer::displayName(certificate);
    ChainRevocationUrls::extract(chain, &tls.ocspUrls, &tls.crlUrls);
    if (analysis.verifiedChain.isEmpty())
        return tls;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        QStringList ocsp;
        QStringList crl;
        ChainRevocationUrls::extract({chain.at(i)}, &ocsp, &crl);
        const QString certificatePem = QString::fromLatin1(chain.at(i).toPem());
        const QString issuerPem = QString::fromLatin1(chain.at(i + 1).toPem());
        for (const QString& url : std::as_const(ocsp))
            tls.revocationPoints << RevocationPoint {url, true, certificatePem, issuerPem};
        for (const QString& url : std::as_const(crl))
            tls.revocationPoints << RevocationPoint {url, false, {}, issuerPem};
    }
    return tls;
}

TlsJudgement judgeTls(const ProbeContext& context, const TlsFacts& facts)
{
    TlsJudgement judgement;
    TlsFailureFacts failure {facts.host, facts.port, facts.errors, facts.presented, facts.socketError, facts.end,
        facts.timeoutMs, false, QDateTime::currentDateTimeUtc()};
    if (!facts.succeeded) {
        failure.trustedByExtraCa = !facts.presented.isEmpty() && !context.extraTrust.isEmpty()
            && context.extraTrust.verifies(facts.presented);
        judgement.failure = TlsFailureExplainer::explain(failure, context.chainAnalyzer);
        return judgement;
    }
    const KnownChains::Verdict verdict = context.knownChains.judge(
        facts.presented, facts.needsExtraAnchorCheck, context.chainAnalyzer, context.extraTrust);
    if (facts.needsExtraAnchorCheck && !verdict.extraCasVerify.value_or(false)) {
        // The handshake went on only so that the user's CAs could be asked; they do not anchor the chain.
        failure.end = PhaseEnd::Refused;
        judgement.failure = TlsFailureExplainer::explain(failure, context.chainAnalyzer);
        return judgement;
    }
    const TlsChainAnalyzer::Result& analysis = verdict.analysis;
    judgement.details = describeSession(facts, analysis);
    // A trusted root that is not one the service uses is TLS inspection, unless it belongs to the public web PKI
    // (the service changed CAs, or a CDN serves it): inspection needs a root of its own on this machine.
    const bool otherRoot
        = !analysis.root.isNull() && !analysis.rootExpected && !context.settings.expectedRoots.isEmpty();
    const QString publicName = otherRoot ? context.publicRoots->nameOf(analysis.rootSha256) : QString();
    if (!publicName.isEmpty()) {
        judgement.publicRoot.detail
            = CheckRunner::tr("served by a public CA not in Microsoft's list: %1").arg(publicName);
        judgement.publicRoot.evidence
            = CheckRunner::tr("root of the public web PKI, not one the service is known to use: '%1', SHA-256 %2")
                  .arg(publicName, analysis.rootSha256);
    } else if (otherRoot) {
        Finding interception;
        interception.diagnosis = Diagnosis::TlsIntercepted;
        const QString root = analysis.rootOrganization.isEmpty() || analysis.rootOrganization == analysis.rootName
            ? QStringLiteral("'%1'").arg(analysis.rootName)
            : QStringLiteral("'%1' (%2)").arg(analysis.rootName, analysis.rootOrganization);
        interception.device = context.blockPages
            ? context.blockPages->productForCa({analysis.rootName, analysis.rootOrganization})
            : QString();
        interception.detail = interception.device.isEmpty()
            ? CheckRunner::tr("the certificate of %1 was issued by %2, a CA this machine trusts but not one the "
                              "service uses: a TLS-inspecting device replaced it")
                  .arg(facts.host, root)
            : CheckRunner::tr("the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection "
                              "replaced the service's certificate")
                  .arg(facts.host, root, interception.device);
        if (interception.device.isEmpty())
            interception.device = analysis.rootOrganization.isEmpty() ? analysis.rootName : analysis.rootOrganization;
        interception.evidence << CheckRunner::tr("inspecting root: %1, SHA-256 %2").arg(root, analysis.rootSha256);
        judgement.interception = interception;
    }
    return judgement;
}

} // namespace

CheckRunner::CheckRunner(
    CheckRequest request, std::shared_ptr<const ProbeContext> context, TlsContextShare* tlsContexts, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_context(std::move(context))
    , m_tlsContexts(tlsContexts)
    , m_timeoutMs(m_context->settings.timeoutMs)
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] {
        ++m_stepToken; // whatever answers late is no longer heard
        if (auto onTimeout = std::exchange(m_stepTimeout, {}))
            onTimeout();
    });

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
    m_gate.close();
    m_done = true;
    dropConnection();
}

int CheckRunner::awaitStep(std::function<void()> onTimeout, int timeoutMs)
{
    m_stepTimeout = std::move(onTimeout);
    m_stepTimer.start(timeoutMs < 0 ? m_timeoutMs : timeoutMs);
    return ++m_stepToken;
}

// ---- phases ---------------------------------------------------------------------------------------------

void CheckRunner::beginPhase(const QString& name)
{
    m_phaseName = name;
    m_phaseClock.start();
}

void CheckRunner::endPhase(bool ok, PhaseEnd end, qint64 bytes, const QString& error)
{
    if (m_phaseName.isEmpty())
        return;
    PhaseResult phase {m_phaseName, ok, m_phaseClock.elapsed(), ok ? QString() : error};
    phase.end = end;
    phase.bytes = bytes;
    m_result.phases << phase;
    m_phaseName.clear();
}

void CheckRunner::dropConnection()
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    ++m_stepToken;
    retire(m_tcp);
    retire(m_tunnel);
    retire(m_tls);
    retire(m_exchange);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void CheckRunner::finish(const Finding& finding)
{
    if (m_done || m_deferred)
        return;
    if (!m_phaseName.isEmpty()) {
        const bool ok = finding.diagnosis == Diagnosis::Ok;
        endPhase(ok, ok ? PhaseEnd::Completed : PhaseEnd::Refused, -1, finding.detail);
    }
    dropConnection();
    if (m_infoLookupPending) {
        // The local name lookup is evidence for the report: it gets one more timeout to arrive.
        m_deferred = finding;
        awaitStep([this] { finishNow(*m_deferred); });
        return;
    }
    finishNow(finding);
}

void CheckRunner::finishNow(const Finding& finding)
{
    if (m_done)
        return;
    m_done = true;
    dropConnection();
    // TLS inspection found on the way stands as a warning when nothing failed after it.
    const Finding& verdict = finding.diagnosis == Diagnosis::Ok && m_interception ? *m_interception : finding;
    m_result.diagnosis = verdict.diagnosis;
    m_result.detail = verdict.detail;
    if (verdict.diagnosis == Diagnosis::Ok && !m_publicRoot.detail.isEmpty())
        m_result.detail = QStringLiteral("%1; %2").arg(m_result.detail, m_publicRoot.detail);
    if (!m_result.proxyAuth.used.isEmpty())
        m_result.detail = tr("%1; authenticated as %2 with %3")
                              .arg(m_result.detail, m_result.proxyAuth.as, m_result.proxyAuth.used);
    if (m_result.pac && !m_result.pac->failedOver.isEmpty()) {
        QStringList failed;
        for (const PacOutcome::Failover& failover : std::as_const(m_result.pac->failedOver))
            failed << failover.route;
        m_result.detail = tr("%1 (proxy auto-config: through %2 after %3 failed)")
                              .arg(m_result.detail, m_result.pac->used, failed.join(QStringLiteral(", ")));
    }
    if (!m_request.probeNote.isEmpty())
        m_result.detail = QStringLiteral("%1 (%2)").arg(m_result.detail, m_request.probeNote);
    // The user's credentials opened the proxy; the service would present its own account's.
    if (verdict.diagnosis == Diagnosis::Ok && m_proxy && !m_proxy->user.isEmpty()
        && !m_request.serviceAccount.isEmpty())
        m_result.detail = tr("%1; verified as you, not as the service (%2 authenticates to the proxy as itself)")
                              .arg(m_result.detail, m_request.serviceAccount);
    m_result.evidence << finding.evidence;
    if (&verdict != &finding)
        m_result.evidence << verdict.evidence;
    if (!m_publicRoot.evidence.isEmpty())
        m_result.evidence << m_publicRoot.evidence;
    if (!finding.device.isEmpty())
        m_result.device = finding.device;
    else if (m_interception && verdict.diagnosis != Diagnosis::Ok)
        m_result.device = m_interception->device;
    if (!m_result.dnsNote.isEmpty() && verdict.diagnosis != Diagnosis::Ok)
        m_result.evidence << tr("DNS: %1").arg(m_result.dnsNote);
    m_result.durationMs = m_total.elapsed();
    m_result.remedy = Remedies::forResult(m_result);
    emit finished(m_result);
}

// ---- route and names ------------------------------------------------------------------------------------

void CheckRunner::start()
{
    m_total.start();
    const Protocol protocol = m_request.protocol();

    m_targetHost = m_request.probeHost;
    m_targetPort = m_request.port;
    if (!m_request.routeNote.isEmpty())
        m_result.evidence << tr("Route: %1").arg(m_request.routeNote);
    if (const ConnectToRule* rule = m_context->connectTo.find(m_request.probeHost, m_request.port)) {
        m_targetHost = rule->connectHost;
        m_targetPort = rule->connectPort ? rule->connectPort : m_request.port;
        m_result.evidence << tr("connect-to: %1:%2 -> %3:%4")
                                 .arg(m_request.probeHost)
                                 .arg(m_request.port)
                                 .arg(m_targetHost)
                                 .arg(m_targetPort);
    }

    if (protocol == Protocol::Ocsp) {
        QString error;
        m_ocspRequest = OcspRequestBuilder::build(
            m_request.endpoint.certificatePem, m_request.endpoint.issuerCertificatePem, &error);
        if (m_ocspRequest.isEmpty()) {
            finish({Diagnosis::OcspInvalid, tr("no OCSP request could be built: %1").arg(error), {}, {}});
            return;
        }
    }

    const bool plainHttp = !Protocols::usesTls(protocol) && protocol != Protocol::Tcp;
    const QString scheme = plainHttp ? QStringLiteral("http") : QStringLiteral("https");
    const ProxySetting& setting = m_request.proxy.value_or(m_context->settings.proxy);
    // A proxy auto-config script bounds each of its answers itself (download, each call); the checks wait
    // their turn for it.
    const int token = setting.mode == ProxySetting::Mode::Pac ? ++m_stepToken : awaitStep([this] {
        finish({Diagnosis::ProxyUnreachable,
            tr("the system proxy configuration gave no answer within %1 s")
                .arg(QLocale().toString(m_timeoutMs / 1000.0, 'g', 3)),
            {}, {}});
    });
    m_context->routes.lookup(
        setting, scheme, m_request.probeHost, m_request.port, m_gate, [this, token](const RouteDecision& route) {
            if (isCurrentStep(token))
                onRoute(route);
        });
}

void CheckRunner::onRoute(const RouteDecision& route)
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    if (!route.note.isEmpty())
        m_result.evidence << route.note;
    if (route.pac) {
        onPacDecision(*route.pac);
        return;
    }
    useRoute(route.proxy);
}

void CheckRunner::onPacDecision(const PacDecision& pac)
{
    m_result.evidence << pac.notes;
    if (!pac.error.isEmpty()) {
        if (!pac.returned.isEmpty())
            m_result.pac = PacOutcome {pac.returned, {}, {}};
        finish({Diagnosis::ProxyScriptFailed, pac.error, {}, {}});
        return;
    }
    m_result.pac = PacOutcome {pac.returned, {}, {}};
    m_result.evidence << tr("proxy auto-config script %1 returned \"%2\"").arg(pac.location, pac.returned);
    m_pacRoutes = pac.routes;
    m_pacIndex = 0;
    if (m_request.proxy.value_or(m_context->settings.proxy).pacFirstRouteOnly && m_pacRoutes.size() > 1) {
        m_pacRoutes.resize(1);
        m_result.evidence << tr("only the first route is used, without failover, as Power Automate does");
    }
    const PacRoute& first = m_pacRoutes.constFirst();
    useRoute(first.direct ? std::nullopt : std::optional<ProxyRoute>(ProxyRoute {first.host, first.port, {}, {}}));
}

void CheckRunner::useRoute(std::optional<ProxyRoute> proxy)
{
    m_proxy = std::move(proxy);
    if (m_result.pac)
        m_result.pac->used = m_pacRoutes.at(m_pacIndex).display();
    if (m_proxy) {
        m_result.proxy = m_proxy->display();
        m_connectHost = m_proxy->host;
        m_connectPort = m_proxy->port;
        if (m_targetHost == m_request.probeHost && !m_infoLookupPending && m_result.addresses.isEmpty())
            startInformationalLookup();
    } else {
        m_result.proxy.clear();
        m_connectHost = m_targetHost;
        m_connectPort = m_targetPort;
    }
    resolve();
}

bool CheckRunner::failOver(const QString& why)
{
    if (!m_result.pac || m_pacIndex + 1 >= m_pacRoutes.size())
        return false;
    const QString failed = m_pacRoutes.at(m_pacIndex).display();
    m_result.pac->failedOver << PacOutcome::Failover {failed, why};
    ++m_pacIndex;
    const PacRoute& next = m_pacRoutes.at(m_pacIndex);
    m_result.evidence << tr("proxy auto-config: %1 failed (%2); trying %3").arg(failed, why, next.display());
    retire(m_tcp);
    dropConnection();
    m_result.connectedAddress.clear();
    useRoute(next.direct ? std::nullopt : std::optional<ProxyRoute>(ProxyRoute {next.host, next.port, {}, {}}));
    return true;
}

void CheckRunner::startInformationalLookup()
{
    // Through a proxy, the proxy resolves the name; the local answer is only evidence.
    if (!QHostAddress(m_request.probeHost).isNull())
        return;
    m_infoLookupPending = true;
    BackgroundJob::run(
        m_gate, [host = m_request.probeHost] { return AddressLookup::resolve(host); },
        [this](const AddressLookupResult& lookup) {
            if (!m_infoLookupPending || m_done)
                return;
            m_infoLookupPending = false;
            if (lookup.addresses.isEmpty()) {
                m_result.evidence << tr("DNS (informational): %1 does not resolve on this machine; the proxy "
                                        "resolves it")
                                         .arg(m_request.probeHost);
            } else {
                for (const QHostAddress& address : lookup.addresses)
                    m_result.addresses << address.toString();
                m_result.dnsNote = AddressClassifier::note(lookup.addresses);
            }
            if (m_deferred)
                finishNow(*m_deferred);
        });
}

void CheckRunner::resolve()
{
    beginPhase(m_proxy ? QStringLiteral("dns-proxy") : QStringLiteral("dns"));
    const QHostAddress literal(m_connectHost);
    if (!literal.isNull()) {
        onResolved(AddressLookupResult {{literal}, false, {}});
        return;
    }
    const int token = awaitStep([this] {
        const QString seconds = QLocale().toString(m_timeoutMs / 1000.0, 'g', 3);
        endPhase(false, PhaseEnd::TimedOut);
        if (m_proxy && failOver(tr("its name did not resolve within %1 s").arg(seconds)))
            return;
        if (m_proxy)
            finish({Diagnosis::ProxyUnreachable,
                tr("the proxy name %1 did not resolve within %2 s").arg(m_proxy->host, seconds), {}, {}});
        else
            finish({Diagnosis::DnsFailure, tr("%1 did not resolve within %2 s").arg(m_connectHost, seconds), {}, {}});
    });
    BackgroundJob::run(
        m_gate, [host = m_connectHost] { return AddressLookup::resolve(host); },
        [this, token](const AddressLookupResult& lookup) {
            if (isCurrentStep(token))
                onResolved(lookup);
        });
}

void CheckRunner::onResolved(const AddressLookupResult& lookup)
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    if (lookup.addresses.isEmpty()) {
        const QString why = lookup.notFound ? QString() : lookup.error;
        endPhase(false, PhaseEnd::Refused, -1, lookup.error);
        if (m_proxy && failOver(tr("its name does not resolve: %1").arg(lookup.error)))
            return;
        if (m_proxy)
            finish({Diagnosis::ProxyUnreachable,
                tr("the proxy name %1 does not resolve: %2").arg(m_proxy->host, lookup.error), {}, {}});
        else if (lookup.notFound)
            finish({Diagnosis::DnsFailure, tr("%1 does not exist in DNS (no A or AAAA record)").arg(m_connectHost), {},
                {}});
        else
            finish({Diagnosis::DnsFailure, tr("%1 could not be resolved: %2").arg(m_connectHost, why), {}, {}});
        return;
    }
    if (!m_proxy) {
        for (const QHostAddress& address : lookup.addresses) {
            if (!m_result.addresses.contains(address.toString()))
                m_result.addresses << address.toString();
        }
        if (m_targetHost == m_request.probeHost && QHostAddress(m_request.probeHost).isNull())
            m_result.dnsNote = AddressClassifier::note(lookup.addresses);
    }
    endPhase(true, PhaseEnd::Completed);

    beginPhase(m_proxy ? QStringLiteral("tcp-proxy") : QStringLiteral("tcp"));
    m_tcp = std::make_unique<TcpRace>(
        m_proxy ? TcpRace::Target::Proxy : TcpRace::Target::Service, m_connectHost, m_timeoutMs);
    connect(m_tcp.get(), &TcpRace::finished, this, &CheckRunner::onTcp);
    m_tcp->start(lookup.addresses, m_connectPort);
}

// ---- TCP and the proxy's tunnel -------------------------------------------------------------------------

void CheckRunner::onTcp(const PhaseOutcome& outcome)
{
    if (!outcome.ok) {
        endPhase(false, outcome.end, -1, outcome.finding.detail);
        if (m_proxy && failOver(outcome.finding.detail))
            return;
        finish(outcome.finding);
        return;
    }
    m_socket = m_tcp->takeSocket();
    m_socket->setParent(this);
    m_result.connectedAddress = m_tcp->connectedAddress().toString();
    retire(m_tcp);
    endPhase(true, PhaseEnd::Completed);

    const Protocol protocol = m_request.protocol();
    const bool tunnel = protocol == Protocol::Https || protocol == Protocol::Wss || protocol == Protocol::Tcp;
    if (m_proxy && tunnel) {
        beginPhase(QStringLiteral("proxy"));
        // The first CONNECT goes without credentials: the proxy's answer shows what it wants, and credentials go
        // only to a scheme it offers.
        ProxyRoute anonymous = *m_proxy;
        anonymous.user.clear();
        anonymous.password.clear();
        m_tunnel = std::make_unique<ProxyTunnel>(m_socket, anonymous, m_context->blockPages.get(), m_timeoutMs);
        connect(m_tunnel.get(), &ProxyTunnel::finished, this, &CheckRunner::onTunnel);
        m_tunnel->start(m_targetHost, m_targetPort);
        return;
    }
    afterTunnel();
}

void CheckRunner::onTunnel(const PhaseOutcome& outcome)
{
    m_result.evidence << outcome.finding.evidence;
    if (!outcome.ok && outcome.finding.diagnosis == Diagnosis::ProxyAuthRequired) {
        authenticateTunnel(outcome);
        return;
    }
    if (!outcome.ok) {
        endPhase(false, outcome.end, outcome.bytes, outcome.finding.detail);
        Finding finding = outcome.finding;
        finding.evidence.clear(); // recorded above
        finish(finding);
        return;
    }
    retire(m_tunnel);
    m_tunnelOpen = true;
    endPhase(true, PhaseEnd::Completed, outcome.bytes);
    afterTunnel();
}

void CheckRunner::authenticateTunnel(const PhaseOutcome& refusal)
{
    ProxyAuthInfo& auth = m_result.proxyAuth;
    auth.offered = ProxyAuthenticator::schemesOf(m_tunnel->challenges());
    endPhase(false, refusal.end, refusal.bytes, refusal.finding.detail);
    if (m_proxy->authMode == ProxyAuthMode::None) {
        auth.turnedOff = true;
        finish({Diagnosis::ProxyAuthRequired, ProxyAuthenticator::describeFailure(auth, m_proxy->display()), {}, {}});
        return;
    }
    // The refused connection is done with; the authenticated tunnel is a connection of its own.
    retire(m_tunnel);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    beginPhase(QStringLiteral("proxy-auth"));
    ProxyAuthRequest request {*m_proxy, m_targetHost, m_targetPort, auth.offered, m_timeoutMs};
    // Each scheme tried may take up to the timeout.
    const int bound = m_timeoutMs * int(std::min<qsizetype>(auth.offered.size() + 1, 6));
    const int token = awaitStep(
        [this] {
            endPhase(false, PhaseEnd::TimedOut);
            finish({Diagnosis::ProxyAuthRequired,
                tr("authenticating at the proxy %1 did not complete in time").arg(m_proxy->display()), {}, {}});
        },
        bound);
    BackgroundJob::run(
        m_gate, [request = std::move(request)] { return ProxyAuthenticator::open(request); },
        [this, token](const ProxyAuthResult& result) {
            if (isCurrentStep(token))
                onAuthenticated(result);
        });
}

void CheckRunner::onAuthenticated(const ProxyAuthResult& result)
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    m_result.proxyAuth = result.info;
    m_result.evidence << result.evidence;
    if (!result.socket) {
        const QString detail = ProxyAuthenticator::describeFailure(result.info, m_proxy->display());
        endPhase(false, PhaseEnd::Refused, -1, detail);
        finish({Diagnosis::ProxyAuthRequired, detail, {}, {}});
        return;
    }
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(result.socket->descriptor(), QAbstractSocket::ConnectedState)) {
        const QString detail = tr("the authenticated tunnel could not be taken over: %1").arg(m_socket->errorString());
        endPhase(false, PhaseEnd::Refused, -1, detail);
        finish({Diagnosis::ProxyProtocolError, detail, {}, {}});
        return;
    }
    result.socket->release();
    m_tunnelOpen = true;
    endPhase(true, PhaseEnd::Completed);
    afterTunnel();
}

void CheckRunner::afterTunnel()
{
    switch (m_request.protocol()) {
    case Protocol::Tcp:
        finish({Diagnosis::Ok,
            m_proxy ? tr("TCP port %1 reachable through the proxy %2").arg(m_request.port).arg(m_proxy->display())
                    : tr("TCP port %1 open at %2").arg(m_request.port).arg(m_result.connectedAddress),
            {}, {}});
        return;
    case Protocol::Https:
    case Protocol::Wss:
        startTls();
        return;
    case Protocol::Http:
    case Protocol::Crl:
    case Protocol::Ocsp:
    case Protocol::Clock:
    case Protocol::Settings:
        sendRequest();
        return;
    }
}

// ---- TLS ------------------------------------------------------------------------------------------------

void CheckRunner::startTls()
{
    beginPhase(QStringLiteral("tls"));
    m_tls = std::make_unique<TlsHandshake>(m_socket, m_timeoutMs, !m_context->extraTrust.isEmpty(), m_tlsContexts);
    connect(m_tls.get(), &TlsHandshake::finished, this, &CheckRunner::onTlsDone);
    m_tls->start(m_context->sslConfiguration, m_request.probeHost);
}

void CheckRunner::onTlsDone()
{
    TlsFacts facts;
    facts.succeeded = m_tls->succeeded();
    facts.needsExtraAnchorCheck = m_tls->needsExtraAnchorCheck();
    facts.presented = m_socket->peerCertificateChain();
    facts.errors = m_tls->errors();
    facts.socketError = m_tls->socketError();
    facts.end = m_tls->end();
    facts.timeoutMs = m_timeoutMs;
    facts.host = m_request.probeHost;
    facts.port = m_request.port;
    if (facts.succeeded) {
        facts.protocol = protocolName(m_socket->sessionProtocol());
        facts.cipher = m_socket->sessionCipher().name();
    }
    retire(m_tls);
    if (facts.succeeded && m_context->knownChains.find(facts.presented, facts.needsExtraAnchorCheck)) {
        onTlsJudged(judgeTls(*m_context, facts)); // a chain judged before: no OpenSSL work left, no thread needed
        return;
    }
    // Chain building and the user's CAs are CPU work: off the I/O thread, so other checks' timers stay true.
    const int token = awaitStep([this] {
        endPhase(false, PhaseEnd::TimedOut);
        finish({Diagnosis::TlsFailed, tr("the certificate checks did not complete in time"), {}, {}});
    });
    BackgroundJob::run(
        m_gate, [context = m_context, facts = std::move(facts)] { return judgeTls(*context, facts); },
        [this, token](const TlsJudgement& judgement) {
            if (isCurrentStep(token))
                onTlsJudged(judgement);
        });
}

void CheckRunner::onTlsJudged(const TlsJudgement& judgement)
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    if (judgement.failure) {
        endPhase(false, PhaseEnd::Refused, -1, judgement.failure->detail);
        finish(*judgement.failure);
        return;
    }
    m_result.tls = judgement.details;
    m_interception = judgement.interception;
    m_publicRoot = judgement.publicRoot;
    if (m_interception)
        m_result.device = m_interception->device;
    endPhase(true, PhaseEnd::Completed);
    sendRequest();
}

// ---- HTTP, WebSocket, CRL, OCSP -------------------------------------------------------------------------

bool CheckRunner::answerMayNotBeTheService() const
{
    return m_interception || (m_proxy && !m_tunnelOpen);
}

HttpRequestSpec CheckRunner::requestSpec() const
{
    const Protocol protocol = m_request.protocol();
    HttpRequestSpec spec;
    spec.host = m_request.probeHost;
    spec.port = m_request.port;
    if (protocol == Protocol::Ocsp && m_ocspGetPass) {
        spec.target = m_ocspGetTarget;
    } else if (protocol == Protocol::Crl || protocol == Protocol::Ocsp) {
        const QUrl url(m_request.endpoint.url);
        spec.target = url.path(QUrl::FullyEncoded).toLatin1();
        if (spec.target.isEmpty())
            spec.target = "/";
        if (url.hasQuery())
            spec.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        if (protocol == Protocol::Ocsp) {
            spec.method = "POST";
            spec.body = m_ocspRequest;
            spec.contentType = "application/ocsp-request";
        }
    }
    if (m_proxy && !m_tunnelOpen && !Protocols::usesTls(protocol)) {
        spec.absoluteHost = m_targetHost;
        spec.absolutePort = m_targetPort;
        // No credentials: the proxy's answer shows whether it wants any and which schemes it offers, and a
        // password goes only to a scheme it offers (authenticateRequest).
    }
    if (protocol == Protocol::Wss)
        spec.webSocketKey = m_webSocketKey;
    return spec;
}

QString CheckRunner::exchangePhaseName() const
{
    switch (m_request.protocol()) {
    case Protocol::Wss:
        return QStringLiteral("websocket");
    case Protocol::Crl:
        return QStringLiteral("crl");
    case Protocol::Ocsp:
        return m_ocspGetPass ? QStringLiteral("ocsp-get") : QStringLiteral("ocsp");
    default:
        return QStringLiteral("http");
    }
}

void CheckRunner::sendRequest()
{
    const Protocol protocol = m_request.protocol();
    const bool revocation = protocol == Protocol::Crl || protocol == Protocol::Ocsp;
    beginPhase(exchangePhaseName());
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish({Diagnosis::HttpFailed,
            tr("%1 closed the connection before a request could be sent").arg(m_request.probeHost), {}, {}});
        return;
    }
    if (protocol == Protocol::Wss) {
        QByteArray nonce(16, Qt::Uninitialized);
        for (char& c : nonce)
            c = char(QRandomGenerator::global()->bounded(256));
        m_webSocketKey = nonce.toBase64();
    }
    // The service's own answer, verified by its certificate, needs its headers only; an answer that may be a
    // device's is read far enough to recognise a block page.
    qint64 bodyCap = 0;
    if (revocation)
        bodyCap = m_context->settings.maxBodyBytes;
    else if (protocol == Protocol::Wss)
        bodyCap = m_interception ? kPageBodyCap : kWebSocketBodyCap;
    else if (answerMayNotBeTheService() || protocol == Protocol::Http)
        bodyCap = kPageBodyCap;
    m_bodyCap = bodyCap;
    m_exchange = std::make_unique<HttpExchange>(m_socket, m_timeoutMs);
    connect(m_exchange.get(), &HttpExchange::finished, this, &CheckRunner::onExchanged);
    m_exchange->start(HttpMessages::request(requestSpec()), bodyCap, bodyCap == 0);
}

void CheckRunner::onExchanged()
{
    const HttpResponseParser& answer = m_exchange->answer();
    if (answer.hasStatus()) {
        m_result.httpStatus = answer.status();
        m_result.httpReason = answer.reason();
        const QDateTime date = parseHttpDate(answer.header("Date"));
        if (date.isValid()) {
            m_result.serverDate = date;
            m_result.receivedAt = QDateTime::currentDateTimeUtc();
        }
    }
    if (answer.status() == 407 && m_proxy && !m_tunnelOpen && !answer.header("Proxy-Authenticate").isEmpty()) {
        authenticateRequest();
        return;
    }
    const Protocol protocol = m_request.protocol();
    if (protocol == Protocol::Crl || protocol == Protocol::Ocsp)
        judgeRevocation();
    else
        judgeHttp();
}

void CheckRunner::authenticateRequest()
{
    const HttpResponseParser& answer = m_exchange->answer();
    QList<QByteArray> challenges;
    for (const auto& [key, value] : answer.headers()) {
        if (key.compare("Proxy-Authenticate", Qt::CaseInsensitive) == 0)
            challenges << value;
    }
    ProxyAuthInfo& auth = m_result.proxyAuth;
    auth.offered = ProxyAuthenticator::schemesOf(challenges);
    m_result.evidence << tr("proxy reply: HTTP %1").arg(answer.statusLine());
    const QString refusal
        = tr("the proxy %1 wants authentication (%2)").arg(m_proxy->display(), auth.offered.join(QStringLiteral(", ")));
    endPhase(false, m_exchange->end(), answer.bytesReceived(), refusal);
    if (m_proxy->authMode == ProxyAuthMode::None) {
        auth.turnedOff = true;
        finish({Diagnosis::ProxyAuthRequired, ProxyAuthenticator::describeFailure(auth, m_proxy->display()), {}, {}});
        return;
    }
    const HttpRequestSpec spec = requestSpec();
    ProxyFetchRequest request;
    request.proxy = *m_proxy;
    request.targetHost = m_targetHost;
    request.targetPort = m_targetPort;
    request.host = spec.host;
    request.port = spec.port;
    request.method = spec.method;
    request.target = spec.target;
    request.body = spec.body;
    request.contentType = spec.contentType;
    request.offered = auth.offered;
    request.maxBodyBytes = m_bodyCap;
    request.timeoutMs = m_timeoutMs;
    // The request on its own connection: libcurl's, which keeps it open through the schemes' round trips.
    dropConnection();
    beginPhase(QStringLiteral("proxy-auth"));
    const int bound = m_timeoutMs * int(std::min<qsizetype>(auth.offered.size() + 1, 6));
    const int token = awaitStep(
        [this] {
            endPhase(false, PhaseEnd::TimedOut);
            finish({Diagnosis::ProxyAuthRequired,
                tr("authenticating at the proxy %1 did not complete in time").arg(m_proxy->display()), {}, {}});
        },
        bound);
    BackgroundJob::run(
        m_gate, [request = std::move(request)] { return ProxyAuthenticator::fetch(request); },
        [this, token](const ProxyFetchResult& result) {
            if (isCurrentStep(token))
                onRequestAuthenticated(result);
        });
}

void CheckRunner::onRequestAuthenticated(const ProxyFetchResult& result)
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    m_result.proxyAuth = result.info;
    m_result.evidence << result.evidence;
    if (!result.answered) {
        const QString detail = ProxyAuthenticator::describeFailure(result.info, m_proxy->display());
        endPhase(false, PhaseEnd::Refused, -1, detail);
        finish({Diagnosis::ProxyAuthRequired, detail, {}, {}});
        return;
    }
    endPhase(true, PhaseEnd::Completed);
    // The answer is judged as the exchange's own: the proxy's refusal, a block page, the service's answer.
    beginPhase(exchangePhaseName());
    m_exchange = std::make_unique<HttpExchange>(nullptr, m_timeoutMs);
    m_exchange->replay(result.answer, result.timedOut, m_bodyCap, m_bodyCap == 0);
    onExchanged();
}

void CheckRunner::judgeHttp()
{
    const HttpResponseParser& answer = m_exchange->answer();
    const PhaseEnd end = m_exchange->end();
    const qint64 bytes = answer.bytesReceived();
    const QString via = m_proxy && !m_tunnelOpen ? tr("the proxy %1").arg(m_proxy->display()) : m_request.probeHost;
    if (!answer.hasStatus()) {
        // Silence is told from a close: a timeout is described by how long was waited, whatever was parsed.
        const QString why = end != PhaseEnd::TimedOut && answer.state() == HttpResponseParser::State::Error
            ? answer.errorString()
            : m_exchange->describeEnd();
        endPhase(false, end, bytes, why);
        if (end == PhaseEnd::TimedOut)
            finish({Diagnosis::HttpTimeout, tr("%1 accepted the connection but sent no HTTP answer: %2").arg(via, why),
                {}, {}});
        else
            finish({Diagnosis::HttpFailed, tr("%1 accepted the connection but sent no HTTP answer: %2").arg(via, why),
                {}, {}});
        return;
    }
    const BlockPageRules* rules = m_context->blockPages.get();
    // Through a proxy without a tunnel, the proxy may answer for itself.
    if (m_proxy && !m_tunnelOpen && rules) {
        if (const auto refusal
            = AnswerClassifier::proxyRefusal(answer, m_proxy->display(), false, m_request.probeHost, rules)) {
            endPhase(false, end, bytes, refusal->detail);
            finish(*refusal);
            return;
        }
    }
    // A block page answers in the service's place: behind TLS inspection, from a proxy, or on plain HTTP.
    if (rules && (answerMayNotBeTheService() || !Protocols::usesTls(m_request.protocol()))) {
        const auto origin = answerMayNotBeTheService() ? AnswerClassifier::Origin::NotTheService
                                                       : AnswerClassifier::Origin::Unverified;
        if (const auto blocked
            = AnswerClassifier::blockPage(*rules, answer, m_request.probeHost, m_result.device, origin)) {
            endPhase(false, end, bytes, blocked->detail);
            finish(*blocked);
            return;
        }
    }
    if (m_request.protocol() == Protocol::Wss) {
        const Finding finding = AnswerClassifier::webSocket(answer, m_webSocketKey, m_result.connectedAddress);
        endPhase(finding.diagnosis == Diagnosis::Ok, end, bytes, finding.detail);
        finish(finding);
        return;
    }
    endPhase(true, end, bytes);
    finish({Diagnosis::Ok,
        tr("HTTP %1 from %2")
            .arg(answer.statusLine(),
                m_proxy && !m_tunnelOpen ? tr("%1 (proxy)").arg(m_proxy->display()) : m_result.connectedAddress),
        {}, {}});
}

void CheckRunner::judgeRevocation()
{
    const HttpResponseParser& answer = m_exchange->answer();
    const PhaseEnd end = m_exchange->end();
    const qint64 bytes = answer.bytesReceived();
    const bool crl = m_request.protocol() == Protocol::Crl;
    const QString where = m_request.endpoint.url;
    const BlockPageRules* rules = m_context->blockPages.get();

    if (answer.hasStatus() && m_proxy && !m_tunnelOpen && rules) {
        if (const auto refusal = AnswerClassifier::proxyRefusal(answer, m_proxy->display(), false, where, rules)) {
            endPhase(false, end, bytes, refusal->detail);
            finish(*refusal);
            return;
        }
    }
    // Slow is not broken, and broken is not slow: a download still running at the timeout says so.
    if (end == PhaseEnd::TimedOut) {
        const QString why = m_exchange->describeEnd();
        endPhase(false, end, bytes, why);
        finish({crl ? Diagnosis::CrlTimeout : Diagnosis::OcspTimeout, tr("%1: %2").arg(where, why), {}, {}});
        return;
    }
    if (!answer.hasStatus() || answer.incomplete()) {
        const QString why
            = answer.state() == HttpResponseParser::State::Error ? answer.errorString() : m_exchange->describeEnd();
        endPhase(false, end, bytes, why);
        finish({crl ? Diagnosis::CrlInvalid : Diagnosis::OcspInvalid,
            tr("%1 sent no complete answer: %2").arg(where, why), {}, {}});
        return;
    }
    if (rules) {
        const auto origin = answerMayNotBeTheService() ? AnswerClassifier::Origin::NotTheService
                                                       : AnswerClassifier::Origin::Unverified;
        if (const auto blocked = AnswerClassifier::blockPage(*rules, answer, m_request.probeHost, {}, origin)) {
            endPhase(false, end, bytes, blocked->detail);
            finish(*blocked);
            return;
        }
    }
    endPhase(true, end, bytes);

    // Parsing a CRL (it may hold many thousands of entries) and verifying signatures is CPU work.
    const int token = awaitStep([this, crl] {
        finish({crl ? Diagnosis::CrlInvalid : Diagnosis::OcspInvalid, tr("the answer could not be checked in time"), {},
            {}});
    });
    BackgroundJob::run(
        m_gate,
        [crl, body = answer.body(), status = answer.status(),
            contentType = QString::fromLatin1(answer.header("Content-Type")), cut = end == PhaseEnd::Cut,
            issuer = m_request.endpoint.issuerCertificatePem, request = m_ocspRequest] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            RevocationVerdict verdict = crl
                ? CrlInspector::inspect(body, status, contentType, cut, issuer, now)
                : OcspInspector::inspect(body, status, contentType, cut, request, issuer, now);
            verdict.evidence.prepend(CheckRunner::tr("HTTP %1, %2 bytes%3")
                                         .arg(status)
                                         .arg(QLocale().toString(body.size()))
                                         .arg(cut ? CheckRunner::tr(" (cut at the size cap)") : QString()));
            return verdict;
        },
        [this, token](const RevocationVerdict& verdict) {
            if (isCurrentStep(token))
                onRevocationJudged(verdict);
        });
}

void CheckRunner::onRevocationJudged(const Finding& verdict)
{
    m_stepTimer.stop();
    m_stepTimeout = {};
    if (m_request.protocol() == Protocol::Crl) {
        finish(verdict);
        return;
    }
    concludeOcsp(verdict);
}

void CheckRunner::concludeOcsp(const Finding& verdict)
{
    const QString form = m_ocspGetPass ? QStringLiteral("GET") : QStringLiteral("POST");
    for (const QString& line : verdict.evidence)
        m_result.evidence << form + QStringLiteral(": ") + line;
    const bool ok = Diagnoses::status(verdict.diagnosis) != CheckStatus::Fail;
    if (!m_ocspGetPass) {
        // Windows asks responders with the GET form when the request is small: try that form too.
        const QUrl getUrl(OcspRequestBuilder::getUrl(m_request.endpoint.url, m_ocspRequest));
        if (getUrl.isValid() && !getUrl.isEmpty()) {
            m_postVerdict = Finding {verdict.diagnosis, verdict.detail, {}, verdict.device};
            m_ocspGetPass = true;
            m_ocspGetTarget = getUrl.path(QUrl::FullyEncoded).toLatin1();
            dropConnection();
            m_tunnelOpen = false;
            resolve();
            return;
        }
        finish({verdict.diagnosis, verdict.detail, {}, verdict.device});
        return;
    }

    const Finding& post = *m_postVerdict;
    const bool postOk = Diagnoses::status(post.diagnosis) != CheckStatus::Fail;
    if (postOk && ok)
        finish({post.diagnosis, tr("%1; the GET form is answered too").arg(post.detail), {}, post.device});
    else if (ok)
        finish({verdict.diagnosis, tr("%1 (GET form); POST failed: %2").arg(verdict.detail, post.detail), {},
            verdict.device});
    else if (postOk)
        finish({verdict.diagnosis == Diagnosis::OcspTimeout ? Diagnosis::OcspTimeout : Diagnosis::OcspInvalid,
            tr("answers OCSP over POST, but not the GET form Windows uses: %1").arg(verdict.detail), {},
            verdict.device});
    else
        finish({post.diagnosis, post.detail, {}, post.device});
}
