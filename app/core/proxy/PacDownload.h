#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>

// The text of a proxy auto-config script, or why there is none.
struct PacText
{
    QString source;
    QString error;
};

// Reads a proxy auto-config script from a file or downloads it over HTTP(S), directly (a proxy is what the
// script decides, so it is not asked) and within a size and time bound. Blocks: call it on a background
// thread; it runs a short event loop of its own there.
class PacDownload final
{
    Q_DECLARE_TR_FUNCTIONS(PacDownload)

public:
    static constexpr qint64 kMaxBytes = qint64(1024) * 1024;

    // stop, when set from another thread, ends a download early.
    static PacText fetch(const QUrl& location, int timeoutMs, const std::atomic<bool>* stop = nullptr);
};
