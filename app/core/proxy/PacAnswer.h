#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One entry of a proxy auto-config answer: DIRECT, or an HTTP proxy ("PROXY host:port", "HTTP host:port").
struct PacRoute
{
    bool direct = true;
    QString host;
    quint16 port = 0;

    QString display() const; // "DIRECT" or "PROXY host:port", as a script writes it
};

// The routes a script's answer names, in order, as browsers and WinINET try them. Entries Netready cannot use
// (SOCKS, HTTPS proxies, unknown words) are passed over with a note.
struct PacAnswer
{
    Q_DECLARE_TR_FUNCTIONS(PacAnswer)

public:
    QList<PacRoute> routes;
    QStringList notes;

    // An empty answer means DIRECT, as in browsers.
    static PacAnswer parse(const QString& returned);
};
