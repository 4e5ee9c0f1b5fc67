#include "HttpResponseParser.h"

#include <QCoreApplication>

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes, bool headersOnly)
    : m_maxBodyBytes(maxBodyBytes)
    , m_headersOnly(headersOnly)
{
}

QString HttpResponseParser::statusLine() const
{
    return m_reason.isEmpty() ? QString::number(m_status) : QString::number(m_status) + QLatin1Char(' ') + m_reason;
}

QByteArray HttpResponseParser::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponseParser::feed(const QByteArray& data)
{
    if (isDone())
        return;
    m_bytesReceived += data.size();
    m_buffer += data;
    if (m_state == State::Headers)
        parseHeaders();
    if (m_state == State::Body)
        parseBody();
}

void HttpResponseParser::finish()
{
    if (isDone())
        return;
    if (m_state == State::Headers) {
        fail(m_bytesReceived == 0 ? tr("the connection closed without an answer")
                                  : tr("the connection closed in the middle of the headers"));
        return;
    }
    if (m_chunked || m_contentLength >= 0) {
        // Declared length not reached: keep what arrived, flag it as incomplete.
        m_incomplete = true;
    }
    m_state = State::Done;
}

void HttpResponseParser::fail(const QString& message)
{
    m_state = State::Error;
    m_error = message;
    m_buffer.clear();
}

void HttpResponseParser::parseHeaders()
{
    if (!m_buffer.startsWith("HTTP/") && m_buffer.size() >= 5) {
        fail(tr("the answer is not HTTP"));
        return;
    }
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                fail(tr("the headers are larger than 64 KiB"));
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);

        const QList<QByteArray> statusParts = lines.constFirst().trimmed().split(' ');
        bool ok = false;
        const int status = statusParts.size() >= 2 ? statusParts.at(1).toInt(&ok) : 0;
        if (!ok || status < 100 || status > 999 || !statusParts.constFirst().startsWith("HTTP/1.")) {
            fail(tr("the answer is not HTTP"));
            return;
        }
        m_headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_headers.emplace_back(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        // Informational answers (100 Continue) precede the real one; 101 is final for an upgrade.
        if (status >= 100 && status < 200 && status != 101)
            continue;
        m_status = status;
        m_reason = QString::fromLatin1(statusParts.mid(2).join(' ')).left(200);
        break;
    }

    if (m_headersOnly || m_status == 101 || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return;
    }
    m_chunked = header("Transfer-Encoding").toLower().contains("chunked");
    if (!m_chunked && !header("Content-Length").isEmpty()) {
        bool ok = false;
        m_contentLength = header("Content-Length").toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            fail(tr("the Content-Length header is invalid"));
            return;
        }
    }
    m_state = State::Body;
}

void HttpResponseParser::appendBody(const QByteArray& data)
{
    const qint64 room = m_maxBodyBytes - m_body.size();
    if (data.size() > room) {
        m_body += data.left(room);
        m_truncated = true;
        m_state = State::Done;
        m_buffer.clear();
        return;
    }
    m_body += data;
}

void HttpResponseParser::parseBody()
{
    if (m_chunked) {
        parseChunked();
        return;
    }
    if (m_contentLength >= 0) {
        const qint64 missing = m_contentLength - m_body.size();
        const QByteArray part = m_buffer.left(missing);
        m_buffer.remove(0, part.size());
        appendBody(part);
        if (m_state == State::Body && m_body.size() >= m_contentLength)
            m_state = State::Done;
        return;
    }
    appendBody(m_buffer);
    m_buffer.clear();
}

void HttpResponseParser::parseChunked()
{
    while (m_state == State::Body) {
        if (m_chunkRemaining < 0) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0) {
                if (m_buffer.size() > 1024)
                    fail(tr("a chunk header is malformed"));
                return;
            }
            bool ok = false;
            const QByteArray sizeText = m_buffer.left(lineEnd).split(';').constFirst().trimmed();
            m_chunkRemaining = sizeText.toLongLong(&ok, 16);
            m_buffer.remove(0, lineEnd + 2);
            if (!ok || m_chunkRemaining < 0) {
                fail(tr("a chunk header is malformed"));
                return;
            }
            if (m_chunkRemaining == 0) {
                m_state = State::Done; // trailers are not needed
                return;
            }
        }
        if (m_buffer.isEmpty())
            return;
        const QByteArray part = m_buffer.left(m_chunkRemaining);
        m_buffer.remove(0, part.size());
        m_chunkRemaining -= part.size();
        appendBody(part);
        if (m_chunkRemaining == 0) {
            if (m_buffer.size() < 2)
                return; // wait for the CRLF that ends the chunk
            m_buffer.remove(0, 2);
            m_chunkRemaining = -1;
        }
    }
}
