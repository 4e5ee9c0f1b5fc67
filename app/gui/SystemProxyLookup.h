#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QString>

// Finds out, off the GUI thread, which proxy the system would use for an https address (environment,
// WinHTTP/IE settings or PAC, through Qt's system proxy support), so the Network page can show it.
class SystemProxyLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemProxyLookup)

public:
    explicit SystemProxyLookup(QObject* parent = nullptr);

    void start();
    // "http://proxy.corp.example:8080" or "none (direct connection)"; never credentials.
    static QString describe(const QList<QNetworkProxy>& proxies);

signals:
    void found(const QString& description);
};
