#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Incremental, bounded parser for one HTTP/1.x response read off a raw socket. Hostile input can make it
// fail, never grow without limit: headers are capped at 64 KiB and the body at the given maximum.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class State
    {
        Headers,
        Body,
        Done,
        Error
    };

    // headersOnly: stop at the end of the headers (reachability checks need no body).
    explicit HttpResponseParser(qint64 maxBodyBytes, bool headersOnly = false);

    void feed(const QByteArray& data);
    // The answer ends here: the peer closed the connection, or the caller stops waiting. A body shorter than
    // its declared length is then incomplete (not cut: cutting is the size cap's doing).
    void finish();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done || m_state == State::Error; }
    bool hasStatus() const { return m_status > 0; }
    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    QString statusLine() const;
    QByteArray header(const QByteArray& name) const; // first match, case-insensitive
    const QList<std::pair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }
    bool truncated() const { return m_truncated; } // the body went past the cap and was cut
    bool incomplete() const { return m_incomplete; } // ended before the declared length or the last chunk
    qint64 declaredBodyBytes() const { return m_contentLength; } // Content-Length, or -1
    QString errorString() const { return m_error; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    static constexpr qsizetype kMaxHeaderBytes = qsizetype(64) * 1024;

private:
    void parseHeaders();
    void parseBody();
    void parseChunked();
    void appendBody(const QByteArray& data);
    void fail(const QString& message);

    qint64 m_maxBodyBytes;
    bool m_headersOnly;
    State m_state = State::Headers;
    QByteArray m_buffer;
    int m_status = 0;
    QString m_reason;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    qint64 m_chunkRemaining = -1; // -1: expecting a chunk-size line
    bool m_truncated = false;
    bool m_incomplete = false;
    qint64 m_bytesReceived = 0;
    QString m_error;
};
