#include "ProcessFixture.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

ProcessFixture::~ProcessFixture()
{
    stop();
}

void ProcessFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 ProcessFixture::freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString ProcessFixture::output()
{
    return QString::fromUtf8(m_process.readAll()).right(2000);
}

bool ProcessFixture::startAndWait(
    const QString& program, const QStringList& arguments, quint16 tcpPort, int timeoutMs, const QHostAddress& address)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        fail(QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString()));
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            fail(QStringLiteral("%1 exited early: %2").arg(program, output()));
            return false;
        }
        if (tcpPort == 0) {
            if (m_process.waitForFinished(300))
                continue; // exited: reported above
            return true;
        }
        QTcpSocket probe;
        probe.connectToHost(address, tcpPort);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    fail(QStringLiteral("%1 did not listen on port %2 within %3 ms: %4")
             .arg(program)
             .arg(tcpPort)
             .arg(timeoutMs)
             .arg(output()));
    stop();
    return false;
}
