#include "HttpExchange.h"

#include <QAbstractSocket>
#include <QLocale>

HttpExchange::HttpExchange(QAbstractSocket* socket, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_timeoutMs(timeoutMs)
    , m_parser(std::make_unique<HttpResponseParser>(0, true))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { conclude(PhaseEnd::TimedOut); });
}

HttpExchange::~HttpExchange()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HttpExchange::start(const QByteArray& request, qint64 bodyCap, bool headersOnly)
{
    m_parser = std::make_unique<HttpResponseParser>(bodyCap, headersOnly);
    connect(m_socket, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        onReadyRead(); // what arrived before the close still counts
        if (m_done)
            return;
        m_parser->finish();
        conclude(closedEnd(error == QAbstractSocket::RemoteHostClosedError ? PhaseEnd::Closed : PhaseEnd::Reset));
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        onReadyRead();
        if (m_done)
            return;
        m_parser->finish();
        conclude(closedEnd(PhaseEnd::Closed));
    });
    m_timer.start(m_timeoutMs);
    m_socket->write(request);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpExchange::replay(const QByteArray& received, bool timedOut, qint64 bodyCap, bool headersOnly)
{
    m_parser = std::make_unique<HttpResponseParser>(bodyCap, headersOnly);
    m_parser->feed(received);
    m_done = true;
    if (m_parser->isDone()) {
        m_end = m_parser->truncated() ? PhaseEnd::Cut : PhaseEnd::Completed;
        return;
    }
    m_parser->finish();
    m_end = timedOut ? PhaseEnd::TimedOut : closedEnd(PhaseEnd::Closed);
}

void HttpExchange::onReadyRead()
{
    if (m_done)
        return;
    m_parser->feed(m_socket->readAll());
    if (m_parser->isDone())
        conclude(m_parser->truncated() ? PhaseEnd::Cut : PhaseEnd::Completed);
}

PhaseEnd HttpExchange::closedEnd(PhaseEnd how) const
{
    // A body without a declared length ends with the connection: that close completes the answer.
    const bool complete = m_parser->state() == HttpResponseParser::State::Done && m_parser->hasStatus()
        && !m_parser->incomplete() && !m_parser->truncated();
    return complete ? PhaseEnd::Completed : how;
}

void HttpExchange::conclude(PhaseEnd end)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (end == PhaseEnd::TimedOut)
        m_parser->finish(); // stop waiting: what arrived is judged as it is
    m_end = end;
    if (m_socket)
        m_socket->disconnect(this);
    emit finished();
}

QString HttpExchange::describeEnd() const
{
    const HttpResponseParser& answer = *m_parser;
    const QString seconds = QLocale().toString(m_timeoutMs / 1000.0, 'g', 3);
    const QString received = QLocale().toString(answer.bytesReceived());
    switch (m_end) {
    case PhaseEnd::Completed:
        return tr("the answer arrived complete");
    case PhaseEnd::Cut:
        return tr("the answer was cut at the size cap of %1 bytes").arg(QLocale().toString(answer.body().size()));
    case PhaseEnd::TimedOut:
        if (!answer.hasStatus())
            return answer.bytesReceived() == 0
                ? tr("no HTTP answer within %1 s").arg(seconds)
                : tr("the answer was still incomplete after %1 s (%2 bytes of headers)").arg(seconds, received);
        if (answer.declaredBodyBytes() >= 0)
            return tr("the download was still running after %1 s: %2 of %3 bytes")
                .arg(seconds, QLocale().toString(answer.body().size()), QLocale().toString(answer.declaredBodyBytes()));
        return tr("the download was still running after %1 s: %2 bytes so far")
            .arg(seconds, QLocale().toString(answer.body().size()));
    case PhaseEnd::Closed:
    case PhaseEnd::Reset:
    case PhaseEnd::Refused:
        if (answer.bytesReceived() == 0)
            return tr("the connection was closed without an answer");
        if (!answer.hasStatus())
            return tr("the connection was closed after %1 bytes, before the headers ended").arg(received);
        if (answer.incomplete() && answer.declaredBodyBytes() >= 0)
            return tr("the connection was closed after %1 of %2 bytes of the body")
                .arg(QLocale().toString(answer.body().size()), QLocale().toString(answer.declaredBodyBytes()));
        return tr("the connection was closed after the answer (%1 bytes)").arg(received);
    }
    return {};
}
