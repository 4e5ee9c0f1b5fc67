#include "AddressClassifier.h"

#include <QCoreApplication>

namespace {
bool inAny(const QHostAddress& address, std::initializer_list<const char*> subnets)
{
    for (const char* subnet : subnets) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
            return true;
    }
    return false;
}
} // namespace

AddressClassifier::Kind AddressClassifier::classify(const QHostAddress& address)
{
    QHostAddress plain = address;
    bool isMappedV4 = false;
    const quint32 v4 = address.toIPv4Address(&isMappedV4);
    if (isMappedV4)
        plain = QHostAddress(v4);
    if (plain.isNull() || plain == QHostAddress(QHostAddress::AnyIPv4) || plain == QHostAddress(QHostAddress::AnyIPv6)
        || inAny(plain, {"0.0.0.0/8"}))
        return Kind::Sinkhole;
    if (plain.isLoopback())
        return Kind::Loopback;
    if (plain.isLinkLocal())
        return Kind::LinkLocal;
    if (inAny(plain, {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"}))
        return Kind::Private;
    return Kind::Public;
}

QString AddressClassifier::note(const QList<QHostAddress>& addresses)
{
    if (addresses.isEmpty())
        return {};
    bool sinkhole = false;
    for (const QHostAddress& address : addresses) {
        const Kind kind = classify(address);
        if (kind == Kind::Public)
            return {};
        sinkhole = sinkhole || kind == Kind::Sinkhole;
    }
    return sinkhole ? QCoreApplication::translate(
               "AddressClassifier", "resolves only to a sinkhole address (a DNS filter blocks it)")
                    : QCoreApplication::translate("AddressClassifier",
                        "resolves only to private or loopback addresses (split DNS or a private endpoint)");
}
