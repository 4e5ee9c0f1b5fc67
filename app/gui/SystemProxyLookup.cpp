#include "SystemProxyLookup.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QPointer>
#include <QThread>
#include <QUrl>

SystemProxyLookup::SystemProxyLookup(QObject* parent)
    : QObject(parent)
{
}

QString SystemProxyLookup::describe(const QList<QNetworkProxy>& proxies)
{
    QStringList found;
    for (const QNetworkProxy& proxy : proxies) {
        switch (proxy.type()) {
        case QNetworkProxy::HttpProxy:
        case QNetworkProxy::HttpCachingProxy:
            found << QStringLiteral("http://%1:%2").arg(proxy.hostName()).arg(proxy.port());
            break;
        case QNetworkProxy::Socks5Proxy:
            found << QStringLiteral("socks5://%1:%2").arg(proxy.hostName()).arg(proxy.port());
            break;
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::DefaultProxy:
        case QNetworkProxy::FtpCachingProxy:
            break;
        }
    }
    found.removeDuplicates();
    if (found.isEmpty())
        return tr("none (direct connection)");
    return found.join(QStringLiteral(", "));
}

void SystemProxyLookup::start()
{
    // PAC or WPAD lookups can take seconds, so ask in a thread of its own. The thread deletes itself when
    // done; a closed window no longer hears the answer (QPointer).
    QPointer<SystemProxyLookup> receiver(this);
    QThread* thread = QThread::create([receiver] {
        const QNetworkProxyQuery query(QUrl(QStringLiteral("https://login.microsoftonline.com/")));
        const QString description = describe(QNetworkProxyFactory::systemProxyForQuery(query));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [receiver, description] {
                if (receiver)
                    emit receiver->found(description);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
