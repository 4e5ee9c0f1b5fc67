#include "DnsmasqFixture.h"

#include <QStandardPaths>

bool DnsmasqFixture::addHost(const QString& name, const QString& address)
{
    QList<QPair<QString, QString>> records = m_records;
    records.append({name, address});
    stop();
    return start(records);
}

bool DnsmasqFixture::start(const QList<QPair<QString, QString>>& records)
{
    m_records = records;
    const QString dnsmasq = QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (dnsmasq.isEmpty()) {
        fail(QStringLiteral("dnsmasq is not installed (scripts/install-deps installs dnsmasq-base)"));
        return false;
    }
    QStringList arguments = {QStringLiteral("--keep-in-foreground"), QStringLiteral("--no-resolv"),
        QStringLiteral("--no-hosts"), QStringLiteral("--no-poll"), QStringLiteral("--bind-interfaces"),
        QStringLiteral("--listen-address=127.0.0.1"), QStringLiteral("--port=53"), QStringLiteral("--pid-file="),
        QStringLiteral("--log-facility=-"), QStringLiteral("--conf-file=/dev/null")};
    for (const auto& [name, address] : records)
        arguments << QStringLiteral("--address=/%1/%2").arg(name, address);
    // dnsmasq also answers on TCP 53: wait for that.
    return startAndWait(dnsmasq, arguments, 53);
}
