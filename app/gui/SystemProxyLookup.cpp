#include "SystemProxyLookup.h"

#include "engine/ProxyResolver.h"
#include "proxy/SystemPacUrl.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

SystemProxyLookup::SystemProxyLookup(QObject* parent)
    : QObject(parent)
{
}

QString SystemProxyLookup::describe(const QString& route, const QString& note)
{
    if (!route.isEmpty())
        return route;
    return note.isEmpty() ? tr("none (direct connection)") : tr("none (direct connection): %1").arg(note);
}

void SystemProxyLookup::start()
{
    // PAC or WPAD lookups can take seconds, so ask in a thread of its own. The thread deletes itself when
    // done; a closed window no longer hears the answer (QPointer).
    QPointer<SystemProxyLookup> receiver(this);
    QThread* thread = QThread::create([receiver] {
        QString note;
        const QString route = ProxyResolver::describeSystemProxy(&note);
        QString description = describe(route, note);
        // Where the system names a proxy auto-config script (Windows), say which one chose the proxy.
        const QString script = SystemPacUrl::current();
        if (!script.isEmpty())
            description = tr("%1, chosen by the proxy auto-config script %2").arg(description, script);
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
