#pragma once

#include "CheckResult.h"
#include "PhaseOutcome.h"
#include "engine/CheckRequest.h"
#include "engine/HttpMessages.h"
#include "engine/ProxyRoutes.h"
#include "engine/ResultGate.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class HttpExchange;
class ProxyTunnel;
class QSslSocket;
class TcpRace;
class TlsContextShare;
class TlsHandshake;
struct AddressLookupResult;
struct ProxyAuthResult;
struct ProxyFetchResult;
struct ProbeContext;
struct TlsJudgement;

// A trusted chain ends at a root of the public web PKI that the service's list does not name: the check's detail
// says so when it passes, its evidence always. Empty otherwise.
struct PublicRootNote
{
    QString detail;
    QString evidence;
};

// One check on a worker thread: chains its phases (route, name resolution, TCP race, proxy tunnel, TLS, and
// the exchange: HTTP, WebSocket, CRL or OCSP), records how each ended, and turns what came back into one
// diagnosis. Blocking work (name lookups, the system proxy, certificate and revocation checks) runs on
// background threads. Emits finished() exactly once, unless destroyed first (which aborts everything).
class CheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRunner)

public:
    CheckRunner(CheckRequest request, std::shared_ptr<const ProbeContext> context, TlsContextShare* tlsContexts,
        QObject* parent = nullptr);
    ~CheckRunner() override;

    void start();

signals:
    void finished(const CheckResult& result);

private:
    void onRoute(const RouteDecision& route);
    void onPacDecision(const PacDecision& pac);
    void useRoute(std::optional<ProxyRoute> proxy);
    // With a proxy auto-config script, a proxy that cannot be reached gives way to the script's next route, as
    // in browsers and WinINET. False when there is none left.
    bool failOver(const QString& why);
    void resolve();
    void onResolved(const AddressLookupResult& lookup);
    void onTcp(const PhaseOutcome& outcome);
    void onTunnel(const PhaseOutcome& outcome);
    void authenticateTunnel(const PhaseOutcome& refusal);
    void onAuthenticated(const ProxyAuthResult& result);
    void afterTunnel();
    void startTls();
    void onTlsDone();
    void onTlsJudged(const TlsJudgement& judgement);
    void sendRequest();
    void onExchanged();
    // A plain-HTTP request the proxy answered with 407: sent again through libcurl with the schemes it offers.
    void authenticateRequest();
    void onRequestAuthenticated(const ProxyFetchResult& result);
    void judgeHttp();
    void judgeRevocation();
    void onRevocationJudged(const Finding& verdict);
    void concludeOcsp(const Finding& verdict);
    void startInformationalLookup();
    // Bounds a wait no phase object bounds; onTimeout runs when it passes. Returns the token a late answer
    // must present to be heard.
    int awaitStep(std::function<void()> onTimeout, int timeoutMs = -1);
    bool isCurrentStep(int token) const { return token == m_stepToken && !m_done; }

    void beginPhase(const QString& name);
    void endPhase(bool ok, PhaseEnd end, qint64 bytes = -1, const QString& error = {});
    void finish(const Finding& finding);
    void finishNow(const Finding& finding);
    void dropConnection();
    HttpRequestSpec requestSpec() const;
    QString exchangePhaseName() const;
    bool answerMayNotBeTheService() const;

    CheckRequest m_request;
    std::shared_ptr<const ProbeContext> m_context;
    TlsContextShare* m_tlsContexts; // the worker's, shared by the checks of its thread
    CheckResult m_result;
    int m_timeoutMs = 0;

    QString m_targetHost; // what the tunnel or absolute URI names (connect-to applied)
    quint16 m_targetPort = 0;
    QString m_connectHost; // where TCP goes: the target or the proxy
    quint16 m_connectPort = 0;
    std::optional<ProxyRoute> m_proxy;
    QList<PacRoute> m_pacRoutes; // the script's routes; m_pacIndex is the one in use
    qsizetype m_pacIndex = 0;
    bool m_tunnelOpen = false;

    QSslSocket* m_socket = nullptr;
    std::unique_ptr<TcpRace> m_tcp;
    std::unique_ptr<ProxyTunnel> m_tunnel;
    std::unique_ptr<TlsHandshake> m_tls;
    std::unique_ptr<HttpExchange> m_exchange;

    QElapsedTimer m_total;
    QElapsedTimer m_phaseClock;
    QString m_phaseName;
    QTimer m_stepTimer; // bounds the steps no phase object bounds: a lookup, a background judgement
    std::function<void()> m_stepTimeout;
    int m_stepToken = 0;

    QByteArray m_ocspRequest;
    QByteArray m_ocspGetTarget;
    bool m_ocspGetPass = false;
    std::optional<Finding> m_postVerdict;
    QByteArray m_webSocketKey;
    qint64 m_bodyCap = 0; // how far the exchange reads the answer's body
    std::optional<Finding> m_interception; // TLS inspection seen; stands as a warning when nothing fails later
    PublicRootNote m_publicRoot; // the chain ends at a public root the service's list does not name

    bool m_infoLookupPending = false;
    std::optional<Finding> m_deferred; // the verdict, waiting for the informational lookup
    bool m_done = false;

    ResultGate m_gate {this};
};
