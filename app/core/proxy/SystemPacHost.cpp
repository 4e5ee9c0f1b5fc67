#include "SystemPacHost.h"

#include "engine/check/AddressLookup.h"

#include <QNetworkInterface>

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

SystemPacHost::SystemPacHost(int lookupBoundMs)
    : m_lookupBoundMs(lookupBoundMs)
{
}

QList<QHostAddress> SystemPacHost::resolve(const QString& host)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return {literal};
    // getaddrinfo cannot be cancelled: it finishes on a thread of its own, whose late answer nobody reads.
    auto promise = std::make_shared<std::promise<QList<QHostAddress>>>();
    std::future<QList<QHostAddress>> answer = promise->get_future();
    std::thread([promise, host] { promise->set_value(AddressLookup::resolve(host).addresses); }).detach();
    if (answer.wait_for(std::chrono::milliseconds(m_lookupBoundMs)) != std::future_status::ready)
        return {};
    return answer.get();
}

QList<QHostAddress> SystemPacHost::localAddresses()
{
    QList<QHostAddress> global;
    QList<QHostAddress> loopback;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.isLoopback())
                loopback << address;
            else if (!address.isLinkLocal())
                global << address;
        }
    }
    QList<QHostAddress> addresses = global.isEmpty() ? loopback : global;
    // IPv4 first: myIpAddress() answers with the first IPv4 address, as browsers do.
    std::stable_sort(addresses.begin(), addresses.end(), [](const QHostAddress& a, const QHostAddress& b) {
        return a.protocol() == QAbstractSocket::IPv4Protocol && b.protocol() != QAbstractSocket::IPv4Protocol;
    });
    return addresses;
}

QDateTime SystemPacHost::now()
{
    return QDateTime::currentDateTime();
}
