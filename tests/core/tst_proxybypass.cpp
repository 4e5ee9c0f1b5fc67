#include "ProxyBypass.h"

#include <QTest>

// Which hosts a Power Automate component's bypass list sends direct: .NET regular expressions (Power Automate's
// registry values and .config files) against "scheme://host[:port]", WinHTTP's wildcard patterns against the host.
class tst_ProxyBypass final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<int>("syntax");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("matched"); // the entry that matched; empty: through the proxy

        const int dotNet = int(ProxyBypass::Syntax::DotNet);
        const int winHttp = int(ProxyBypass::Syntax::WinHttp);
        QTest::addRow(".NET: an expression found in the URI")
            << dotNet << QStringList {"contoso\\.com$"} << false << "https"
            << "crm.contoso.com" << 443 << "contoso\\.com$";
        QTest::addRow(".NET: case does not matter") << dotNet << QStringList {"CONTOSO"} << false << "https"
                                                    << "crm.contoso.com" << 443 << "CONTOSO";
        QTest::addRow(".NET: not found") << dotNet << QStringList {"fabrikam"} << false << "https"
                                         << "crm.contoso.com" << 443 << "";
        QTest::addRow(".NET: the scheme is part of the URI")
            << dotNet << QStringList {"^https://login\\."} << false << "https"
            << "login.microsoftonline.com" << 443 << "^https://login\\.";
        QTest::addRow(".NET: a port other than the scheme's is part of the URI")
            << dotNet << QStringList {":5671$"} << false << "https"
            << "relay.servicebus.windows.net" << 5671 << ":5671$";
        QTest::addRow(".NET: the default port is not") << dotNet << QStringList {":443$"} << false << "https"
                                                       << "relay.servicebus.windows.net" << 443 << "";
        QTest::addRow(".NET: '*.contoso.com' is no expression and matches nothing")
            << dotNet << QStringList {"*.contoso.com"} << false << "https"
            << "crm.contoso.com" << 443 << "";
        QTest::addRow(".NET: bypass on local, a name without a dot") << dotNet << QStringList {} << true << "https"
                                                                     << "intranet" << 443 << "BypassProxyOnLocal";
        QTest::addRow(".NET: bypass on local, loopback") << dotNet << QStringList {} << true << "https"
                                                         << "127.0.0.1" << 443 << "BypassProxyOnLocal";
        QTest::addRow(".NET: bypass on local does not take a dotted name")
            << dotNet << QStringList {} << true << "https"
            << "crm.contoso.com" << 443 << "";
        QTest::addRow("WinHTTP: a wildcard pattern") << winHttp << QStringList {"*.contoso.com"} << false << "https"
                                                     << "crm.contoso.com" << 443 << "*.contoso.com";
        QTest::addRow("WinHTTP: the whole host must match")
            << winHttp << QStringList {"contoso.com"} << false << "https"
            << "crm.contoso.com" << 443 << "";
        QTest::addRow("WinHTTP: a dot is a dot") << winHttp << QStringList {"crm.contoso.com"} << false << "https"
                                                 << "crmxcontoso.com" << 443 << "";
        QTest::addRow("WinHTTP: host and port")
            << winHttp << QStringList {"*.servicebus.windows.net:5671"} << false << "https"
            << "relay.servicebus.windows.net" << 5671 << "*.servicebus.windows.net:5671";
        QTest::addRow("WinHTTP: <local>") << winHttp << QStringList {"<local>"} << false << "https"
                                          << "intranet" << 443 << "<local>";
        QTest::addRow("WinHTTP: <local> does not take a dotted name")
            << winHttp << QStringList {"<local>"} << false << "https"
            << "crm.contoso.com" << 443 << "";
        QTest::addRow("empty entries are skipped") << winHttp << QStringList {"", "  "} << false << "https"
                                                   << "crm.contoso.com" << 443 << "";
    }

    void matches()
    {
        QFETCH(int, syntax);
        QFETCH(QStringList, entries);
        QFETCH(bool, local);
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, matched);

        ProxyBypass bypass;
        bypass.syntax = ProxyBypass::Syntax(syntax);
        bypass.entries = entries;
        bypass.local = local;
        QString entry;
        QCOMPARE(bypass.matches(scheme, host, quint16(port), &entry), !matched.isEmpty());
        QCOMPARE(entry, matched);
        QCOMPARE(bypass.isEmpty(), entries.isEmpty() && !local);
    }
};

QTEST_APPLESS_MAIN(tst_ProxyBypass)
#include "tst_proxybypass.moc"
