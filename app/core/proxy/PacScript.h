#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class PacHost;

// What a proxy auto-config script answered for one URL, or why it gave no answer.
struct PacEvaluation
{
    bool ok = false;
    QString returned; // FindProxyForURL's answer as the script wrote it: "PROXY a:8080; DIRECT"
    QString error; // when !ok: the exception, or that it did not return within the bound
    bool timedOut = false;
};

// A proxy auto-config script, loaded once and asked for one URL at a time: on Linux and macOS in Qt's
// JavaScript engine with the standard PAC functions, on Windows by WinHTTP (the engine Windows' own services
// use). Every call ends within its bound: a script that loops is interrupted from a watchdog thread. Use it on
// one thread only: the one that made it.
class PacScript final
{
    Q_DECLARE_TR_FUNCTIONS(PacScript)

public:
    // host answers the DNS and clock functions; it must outlive the script.
    PacScript(PacHost& host, int boundMs);
    ~PacScript();
    PacScript(const PacScript&) = delete;
    PacScript& operator=(const PacScript&) = delete;

    // Runs the script's top level. location is where it came from (a URL or file), which WinHTTP reads
    // again itself. False and a message (syntax error and line, exception, no FindProxyForURL) when unusable.
    bool load(const QString& source, const QString& location, QString* error);
    PacEvaluation evaluate(const QString& url, const QString& host);
    // Ends a running call at once; safe from any thread while the script exists.
    void interrupt();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
