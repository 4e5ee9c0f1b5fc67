#include "NetreadyProcess.h"

#include <QProcess>
#include <QSignalSpy>

NetreadyProcess::Outcome NetreadyProcess::run(const QStringList& arguments, const QProcessEnvironment& environment,
    int timeoutMs, const QString& workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}
