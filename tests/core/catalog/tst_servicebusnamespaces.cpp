#include "catalog/ServiceBusNamespaces.h"

#include <QTest>

// Service Bus namespaces as typed: names get the cloud's domain, host names must be in the cloud's domain.
class TestServiceBusNamespaces final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("hosts");

        QTest::addRow("empty") << "" << Cloud::Public << true << QStringList();
        QTest::addRow("one name") << "contoso-relay" << Cloud::Public << true
                                  << QStringList {"contoso-relay.servicebus.windows.net"};
        QTest::addRow("several, mixed separators and case")
            << "Relay-One, relay-two;relay-three  relay-one" << Cloud::Public << true
            << QStringList {"relay-one.servicebus.windows.net", "relay-two.servicebus.windows.net",
                   "relay-three.servicebus.windows.net"};
        QTest::addRow("host name") << "prodeastus-1.servicebus.windows.net" << Cloud::Public << true
                                   << QStringList {"prodeastus-1.servicebus.windows.net"};
        QTest::addRow("gcc gets us gov domain")
            << "agency-relay" << Cloud::Gcc << true << QStringList {"agency-relay.servicebus.usgovcloudapi.net"};
        QTest::addRow("gcc high host") << "agency-relay.servicebus.usgovcloudapi.net" << Cloud::GccHigh << true
                                       << QStringList {"agency-relay.servicebus.usgovcloudapi.net"};
        QTest::addRow("china") << "contoso-relay" << Cloud::China << true
                               << QStringList {"contoso-relay.servicebus.chinacloudapi.cn"};
        QTest::addRow("public host in gcc")
            << "contoso-relay.servicebus.windows.net" << Cloud::Gcc << false << QStringList();
        QTest::addRow("public host in china")
            << "contoso-relay.servicebus.windows.net" << Cloud::China << false << QStringList();
        QTest::addRow("too short") << "abc" << Cloud::Public << false << QStringList();
        QTest::addRow("starts with digit") << "1relay-name" << Cloud::Public << false << QStringList();
        QTest::addRow("ends with hyphen") << "relay-name-" << Cloud::Public << false << QStringList();
        QTest::addRow("underscore") << "relay_name" << Cloud::Public << false << QStringList();
        QTest::addRow("other domain") << "relay-name.example.com" << Cloud::Public << false << QStringList();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Cloud, cloud);
        QFETCH(bool, valid);
        QFETCH(QStringList, hosts);
        const ServiceBusNamespaces::Result result = ServiceBusNamespaces::parse(text, cloud);
        QCOMPARE(result.valid, valid);
        QCOMPARE(result.hosts, valid ? hosts : QStringList());
        QCOMPARE(result.reason.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestServiceBusNamespaces)
#include "tst_servicebusnamespaces.moc"
