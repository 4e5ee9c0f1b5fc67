#include "OcspResponder.h"

#include <QDeadlineTimer>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTcpServer>

namespace {
constexpr int kStartTimeoutMs = 15000;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

OcspResponder::OcspResponder(TestPki& pki)
    : m_pki(pki)
{
}

OcspResponder::~OcspResponder()
{
    stop();
}

bool OcspResponder::inPrivateNetworkNamespace(QString* why)
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        if (!(interface.flags() & QNetworkInterface::IsLoopBack)) {
            if (why) {
                *why = QStringLiteral("interface %1 is not loopback; `openssl ocsp -port` would listen on it "
                                      "(run the test through run-in-private-network.sh)")
                           .arg(interface.name());
            }
            return false;
        }
    }
    return true;
}

bool OcspResponder::start()
{
    stop();
    if (!inPrivateNetworkNamespace(&m_error))
        return false;
    if (!m_pki.isValid()) {
        m_error = QStringLiteral("the test PKI is not valid: ") + m_pki.errorString();
        return false;
    }
    const TestPki::Leaf signer = m_signer.isNull() ? m_pki.issueOcspSigner() : m_signer;
    if (signer.isNull()) {
        m_error = QStringLiteral("cannot issue the OCSP signer: ") + m_pki.errorString();
        return false;
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    m_port = freeLoopbackPort();
    if (program.isEmpty() || m_port == 0) {
        m_error = QStringLiteral("no openssl command or no free port");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_pki.directory());
    m_process->start(program,
        {QStringLiteral("ocsp"), QStringLiteral("-index"), m_pki.indexPath(), QStringLiteral("-CA"), m_pki.caCertPath(),
            QStringLiteral("-rsigner"), signer.certPath, QStringLiteral("-rkey"), signer.keyPath,
            QStringLiteral("-port"), QString::number(m_port), QStringLiteral("-nmin"), QStringLiteral("1"),
            QStringLiteral("-ignore_err"), QStringLiteral("-timeout"), QStringLiteral("5")});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("openssl ocsp did not start: ") + m_process->errorString();
        stop();
        return false;
    }
    // Wait for its own word that it listens: a probe connection that sends nothing would hold the
    // single-threaded responder until its -timeout.
    const QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        output += m_process->readAll();
        if (output.contains("waiting for OCSP client connections"))
            return true;
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("openssl ocsp exited: ") + QString::fromLocal8Bit(output);
            stop();
            return false;
        }
    }
    m_error = QStringLiteral("openssl ocsp did not open port %1 within %2 ms").arg(m_port).arg(kStartTimeoutMs);
    stop();
    return false;
}

void OcspResponder::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to its PID
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

bool OcspResponder::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl OcspResponder::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}
