#pragma once

#include <QObject>
#include <QString>

// Finds out, off the GUI thread, which proxy the system would use for the service's https addresses
// (environment, WinHTTP/IE settings or PAC), so the Network page can show it. It asks the engine's own
// resolver, so the page shows what the checks will use.
class SystemProxyLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemProxyLookup)

public:
    explicit SystemProxyLookup(QObject* parent = nullptr);

    void start();
    // "http://proxy.corp.example:8080" or "none (direct connection)", with the reason a system proxy was passed
    // over; never credentials.
    static QString describe(const QString& route, const QString& note);

signals:
    void found(const QString& description);
};
