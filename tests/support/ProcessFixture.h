#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>

// A server program a test starts (squid, dnsmasq, openssl): started with a bounded wait until its port
// answers, stopped by its PID when the fixture goes, whatever the test's outcome.
class ProcessFixture
{
public:
    ProcessFixture() = default;
    ~ProcessFixture();
    ProcessFixture(const ProcessFixture&) = delete;
    ProcessFixture& operator=(const ProcessFixture&) = delete;

    QString errorString() const { return m_error; }
    qint64 pid() const { return m_process.processId(); }
    void stop();

    // A loopback TCP port nobody listens on right now.
    static quint16 freeTcpPort();

protected:
    // Starts program and waits (at most timeoutMs) until address:port accepts, or for UDP servers just until
    // the process has started and not exited.
    bool startAndWait(const QString& program, const QStringList& arguments, quint16 tcpPort, int timeoutMs = 15000,
        const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    void fail(const QString& message) { m_error = message; }
    // The environment of the program started next (default: the test's own).
    void setEnvironment(const QProcessEnvironment& environment) { m_process.setProcessEnvironment(environment); }
    QString output();

private:
    QProcess m_process;
    QString m_error;
};
