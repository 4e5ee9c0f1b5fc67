#pragma once

#include "CheckRequest.h"
#include "CheckResult.h"
#include "HttpResponseParser.h"
#include "ProxyResolver.h"
#include "revocation/RevocationVerdict.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;
struct ProbeContext;

// One check as an asynchronous state machine on a worker thread: DNS, TCP, proxy, TLS, HTTP (or WebSocket,
// CRL, OCSP), each phase bounded by the timeout. Emits finished() exactly once, unless aborted.
class CheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRunner)

public:
    CheckRunner(CheckRequest request, std::shared_ptr<const ProbeContext> context, QObject* parent = nullptr);
    ~CheckRunner() override;

    void start();
    // Stops at once without emitting finished(); the caller reports the check as cancelled.
    void abort();

signals:
    void finished(const CheckResult& result);

private:
    // One connection attempt to one address of the target; all addresses are tried at once.
    struct Attempt
    {
        QHostAddress address;
        QSslSocket* socket = nullptr;
        QString outcome; // empty while pending
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    };

    void dropAttempts();
    void beginPhase(const QString& name);
    void endPhase(bool ok, const QString& error = {});
    void finish(Diagnosis diagnosis, const QString& detail);

    void resolveTarget();
    void onResolved(const QStringList& addresses, const QString& error, bool notFound);
    void startInformationalLookup();
    void connectToAddresses(const QList<QHostAddress>& addresses);
    void onAttemptConnected(int index);
    void onAttemptFailed(int index, QAbstractSocket::SocketError error, const QString& message);
    void onTcpTimeout();
    void onConnected(QSslSocket* socket, const QHostAddress& address);

    void sendConnect();
    void onProxyReply();
    void afterTunnel();

    void startTls();
    void onSslErrors(const QList<QSslError>& errors);
    void onTlsEncrypted();
    void onTlsFailed(const QString& socketError);

    void sendHttpRequest();
    void onHttpData();
    void onHttpComplete();
    void evaluateHttp();
    void evaluateRevocation();
    void concludeOcsp(const RevocationVerdict& verdict);

    void onPhaseTimeout();
    void onSocketError(QAbstractSocket::SocketError error);
    QByteArray buildHttpRequest() const;

    void finishDeferred();

    // Deferred: the verdict is known, the informational DNS answer is still on its way.
    enum class Step
    {
        Idle,
        Dns,
        Tcp,
        ProxyConnect,
        Tls,
        Http,
        Deferred,
        Done
    };

    CheckRequest m_request;
    std::shared_ptr<const ProbeContext> m_context;
    CheckResult m_result;
    QString m_connectHost; // where TCP goes: the target (connect-to applied) or the proxy
    quint16 m_connectPort = 0;
    QString m_targetHost; // what the tunnel or absolute URI names (connect-to applied)
    quint16 m_targetPort = 0;
    std::optional<ProxyRoute> m_proxy;
    bool m_proxyHandshakeDone = false;

    Step m_step = Step::Idle;
    QElapsedTimer m_total;
    QElapsedTimer m_phaseClock;
    QString m_phaseName;
    QTimer m_phaseTimer;
    int m_lookupId = -1;
    int m_infoLookupId = -1;
    QList<Attempt> m_attempts;
    QSslSocket* m_socket = nullptr; // the connection that won
    QByteArray m_proxyBuffer;
    QList<QSslError> m_sslErrors;
    bool m_trustedByExtraCa = false;
    std::unique_ptr<HttpResponseParser> m_http;
    QByteArray m_requestBody; // OCSP request
    bool m_ocspGetPass = false; // the second OCSP exchange, in the RFC 6960 GET form
    QByteArray m_getTarget;
    std::optional<RevocationVerdict> m_postVerdict;
    QByteArray m_webSocketKey;
    std::optional<std::pair<Diagnosis, QString>> m_deferredFinish;
    bool m_interceptedWarning = false;
    QString m_interceptedDetail;
};
