#include "PacDownload.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace {
PacText readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, PacDownload::tr("the script %1 cannot be read: %2").arg(path, file.errorString())};
    if (file.size() > PacDownload::kMaxBytes)
        return {{}, PacDownload::tr("the script %1 is larger than %2 bytes").arg(path).arg(PacDownload::kMaxBytes)};
    return {QString::fromUtf8(file.read(PacDownload::kMaxBytes)), {}};
}
} // namespace

PacText PacDownload::fetch(const QUrl& location, int timeoutMs, const std::atomic<bool>* stop)
{
    if (location.isLocalFile())
        return readFile(location.toLocalFile());
    const QString where = location.toDisplayString(QUrl::RemoveUserInfo);

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(location);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));

    QEventLoop loop;
    QByteArray body;
    QString error;
    QTimer deadline;
    deadline.setSingleShot(true);
    QTimer poll; // a stop asked from another thread is seen within this interval
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        error = tr("%1 sent no complete script within %2 s").arg(where, QLocale().toString(timeoutMs / 1000.0, 'g', 3));
        loop.quit();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (stop && stop->load())
            loop.quit();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        body += reply->read(kMaxBytes + 1 - body.size());
        if (body.size() > kMaxBytes) {
            error = tr("%1 is larger than %2 bytes").arg(where).arg(kMaxBytes);
            loop.quit();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    if (!error.isEmpty())
        return {{}, error};
    if (stop && stop->load())
        return {{}, tr("stopped")};
    if (reply->error() != QNetworkReply::NoError)
        return {{}, tr("%1 could not be downloaded: %2").arg(where, reply->errorString())};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return {{}, tr("%1 answered HTTP %2 instead of the script").arg(where).arg(status)};
    body += reply->read(kMaxBytes + 1 - body.size());
    if (body.size() > kMaxBytes)
        return {{}, tr("%1 is larger than %2 bytes").arg(where).arg(kMaxBytes)};
    return {QString::fromUtf8(body), {}};
}
