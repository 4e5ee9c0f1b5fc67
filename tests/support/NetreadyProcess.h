#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the netready executable under test ($NETREADY_BINARY) the way a user or a script does and keeps what
// it left: exit code, stdout and stderr. Stopped by its PID when it outlives the timeout.
class NetreadyProcess final
{
public:
    NetreadyProcess() = delete;

    struct Outcome
    {
        int exitCode = -1; // -1: did not start, crashed or did not finish
        QByteArray out;
        QByteArray err;

        QString outText() const { return QString::fromUtf8(out); }
        QString errText() const { return QString::fromUtf8(err); }
    };

    static QString binary() { return qEnvironmentVariable("NETREADY_BINARY"); }

    // The calling thread's event loop keeps running while netready does, so servers the test runs in this
    // thread keep answering it. An empty workingDirectory keeps the test's own.
    static Outcome run(const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment(QProcessEnvironment::InheritFromParent),
        int timeoutMs = 30000, const QString& workingDirectory = QString());
};
