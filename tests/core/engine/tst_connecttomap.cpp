#include "engine/ConnectToMap.h"

#include <QTest>

// The --connect-to rules as a check finds its own: the first matching rule in the order given, whatever the
// case of the host name, and rules without a host or port matching any.
class TestConnectToMap : public QObject
{
    Q_OBJECT

    static QList<ConnectToRule> rules(const QStringList& texts)
    {
        QList<ConnectToRule> parsed;
        for (const QString& text : texts) {
            QString error;
            const std::optional<ConnectToRule> rule = ConnectToRule::parse(text, &error);
            if (rule)
                parsed << *rule;
            else
                qWarning("%s", qPrintable(error));
        }
        return parsed;
    }

private slots:
    void firstMatchingRuleWins_data()
    {
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("connectsTo"); // host:port, or empty when no rule matches

        const QStringList named {QStringLiteral("a.test:443:127.0.0.1:1001"), QStringLiteral("b.test::127.0.0.1:1002")};
        QTest::addRow("host and port") << named << QStringLiteral("a.test") << 443 << QStringLiteral("127.0.0.1:1001");
        QTest::addRow("host in another case")
            << named << QStringLiteral("A.Test") << 443 << QStringLiteral("127.0.0.1:1001");
        QTest::addRow("other port") << named << QStringLiteral("a.test") << 80 << QString();
        QTest::addRow("any port") << named << QStringLiteral("b.test") << 8443 << QStringLiteral("127.0.0.1:1002");
        QTest::addRow("no rule for the host") << named << QStringLiteral("c.test") << 443 << QString();

        const QStringList anyFirst {QStringLiteral(":443:127.0.0.1:2001"), QStringLiteral("a.test:443:127.0.0.1:2002")};
        QTest::addRow("a rule for any host given first")
            << anyFirst << QStringLiteral("a.test") << 443 << QStringLiteral("127.0.0.1:2001");
        const QStringList namedFirst {QStringLiteral("a.test:443:127.0.0.1:3001"), QStringLiteral("::127.0.0.1:3002")};
        QTest::addRow("a named rule given first")
            << namedFirst << QStringLiteral("a.test") << 443 << QStringLiteral("127.0.0.1:3001");
        QTest::addRow("the rule for any host and port")
            << namedFirst << QStringLiteral("z.test") << 25 << QStringLiteral("127.0.0.1:3002");
        const QStringList samePort {QStringLiteral("a.test:80:127.0.0.1:4001"),
            QStringLiteral("a.test:443:127.0.0.1:4002"), QStringLiteral("a.test:443:127.0.0.1:4003")};
        QTest::addRow("the earlier of two rules for the same host and port")
            << samePort << QStringLiteral("a.test") << 443 << QStringLiteral("127.0.0.1:4002");
        QTest::addRow("no rules") << QStringList() << QStringLiteral("a.test") << 443 << QString();
    }

    void firstMatchingRuleWins()
    {
        QFETCH(QStringList, given);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, connectsTo);
        const QList<ConnectToRule> parsed = rules(given);
        QCOMPARE(parsed.size(), given.size());
        const ConnectToMap map(parsed);
        const ConnectToRule* rule = map.find(host, quint16(port));
        QCOMPARE(rule ? QStringLiteral("%1:%2").arg(rule->connectHost).arg(rule->connectPort) : QString(), connectsTo);
        // The same answer as trying every rule in order.
        const auto linear = std::find_if(
            parsed.cbegin(), parsed.cend(), [&](const ConnectToRule& r) { return r.matches(host, quint16(port)); });
        QCOMPARE(rule ? rule->connectPort : quint16(0), linear != parsed.cend() ? linear->connectPort : quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestConnectToMap)
#include "tst_connecttomap.moc"
