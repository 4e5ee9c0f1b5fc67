#pragma once

#include "PhaseEnd.h"
#include "engine/HttpResponseParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAbstractSocket;

// The exchange phase of HTTP, WebSocket, CRL and OCSP checks: writes one request on a connected (or tunnelled,
// or encrypted) socket and reads the answer with a bounded parser until it is complete, the peer closes, the
// body reaches its cap or the timeout passes, and says which of these ended it.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    // The socket stays the caller's; the exchange only reads and writes it until finished(). Null for replay().
    HttpExchange(QAbstractSocket* socket, int timeoutMs, QObject* parent = nullptr);
    ~HttpExchange() override;

    // bodyCap 0 with headersOnly: the status line and headers are all that is read.
    void start(const QByteArray& request, qint64 bodyCap, bool headersOnly);
    // An answer read another way (by libcurl, through a proxy that wanted authentication), judged as if it had
    // been read here: what arrived, and whether the timeout cut it. Emits nothing: the exchange is over.
    void replay(const QByteArray& received, bool timedOut, qint64 bodyCap, bool headersOnly);

    const HttpResponseParser& answer() const { return *m_parser; }
    PhaseEnd end() const { return m_end; }
    int timeoutMs() const { return m_timeoutMs; }
    // "no HTTP answer within 10 s", "the connection closed after 412 of 1,180 bytes of the body"...
    QString describeEnd() const;

signals:
    void finished();

private:
    void onReadyRead();
    void conclude(PhaseEnd end);
    PhaseEnd closedEnd(PhaseEnd how) const;

    QPointer<QAbstractSocket> m_socket; // the caller's; may go first when a check is dropped
    int m_timeoutMs;
    QTimer m_timer;
    std::unique_ptr<HttpResponseParser> m_parser;
    PhaseEnd m_end = PhaseEnd::Completed;
    bool m_done = false;
};
