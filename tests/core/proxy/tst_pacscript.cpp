#include "proxy/PacHost.h"
#include "proxy/PacScript.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

namespace {
// Answers the script's lookups from a table and gives a fixed time, so no test touches real DNS or the clock.
class FakePacHost final : public PacHost
{
public:
    QHash<QString, QList<QHostAddress>> names;
    QList<QHostAddress> local {QHostAddress(QStringLiteral("10.1.2.3")), QHostAddress(QStringLiteral("fd00::3"))};
    QDateTime clock;
    QStringList asked;

    QList<QHostAddress> resolve(const QString& host) override
    {
        asked << host;
        return names.value(host.toLower());
    }
    QList<QHostAddress> localAddresses() override { return local; }
    QDateTime now() override { return clock; }
};

QList<QHostAddress> addresses(std::initializer_list<const char*> texts)
{
    QList<QHostAddress> list;
    for (const char* text : texts)
        list << QHostAddress(QString::fromLatin1(text));
    return list;
}
} // namespace

// The standard PAC functions, each called from a script the way PAC files call them, and how a script that is
// broken, throws or loops ends.
class tst_PacScript : public QObject
{
    Q_OBJECT

private:
    FakePacHost m_host;

    // Evaluates expression inside FindProxyForURL and returns it as a string.
    QString call(const QString& expression)
    {
        PacScript script(m_host, 2000);
        QString error;
        const QString source
            = QStringLiteral("function FindProxyForURL(url, host) { return String(%1); }").arg(expression);
        if (!script.load(source, QStringLiteral("test.pac"), &error))
            return QStringLiteral("load error: ") + error;
        const PacEvaluation evaluation
            = script.evaluate(QStringLiteral("https://host.example/"), QStringLiteral("host.example"));
        return evaluation.ok ? evaluation.returned : QStringLiteral("error: ") + evaluation.error;
    }

private slots:
    void init()
    {
        m_host = FakePacHost {};
        m_host.names.insert(QStringLiteral("intranet.corp.example"), addresses({"10.20.30.40"}));
        m_host.names.insert(QStringLiteral("dual.example"), addresses({"2001:db8::7", "192.0.2.7"}));
        m_host.names.insert(QStringLiteral("v6only.example"), addresses({"2001:db8::8"}));
        // Wednesday 2026-03-04 14:30:15 UTC.
        m_host.clock = QDateTime(QDate(2026, 3, 4), QTime(14, 30, 15), QTimeZone::utc());
    }

    void functions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::addRow("isPlainHostName plain") << "isPlainHostName('www')"
                                               << "true";
        QTest::addRow("isPlainHostName dotted") << "isPlainHostName('www.example.com')"
                                                << "false";
        QTest::addRow("isPlainHostName ipv6") << "isPlainHostName('::1')"
                                              << "false";
        QTest::addRow("dnsDomainIs yes") << "dnsDomainIs('www.corp.example', '.corp.example')"
                                         << "true";
        QTest::addRow("dnsDomainIs case") << "dnsDomainIs('WWW.Corp.Example', '.corp.example')"
                                          << "true";
        QTest::addRow("dnsDomainIs no") << "dnsDomainIs('www.example.com', '.corp.example')"
                                        << "false";
        QTest::addRow("localHostOrDomainIs exact") << "localHostOrDomainIs('www.corp.example', 'www.corp.example')"
                                                   << "true";
        QTest::addRow("localHostOrDomainIs plain") << "localHostOrDomainIs('www', 'www.corp.example')"
                                                   << "true";
        QTest::addRow("localHostOrDomainIs other domain")
            << "localHostOrDomainIs('www.other.example', 'www.corp.example')"
            << "false";
        QTest::addRow("localHostOrDomainIs other host") << "localHostOrDomainIs('home', 'www.corp.example')"
                                                        << "false";
        QTest::addRow("dnsDomainLevels 0") << "dnsDomainLevels('www')"
                                           << "0";
        QTest::addRow("dnsDomainLevels 2") << "dnsDomainLevels('www.corp.example')"
                                           << "2";
        QTest::addRow("shExpMatch star") << "shExpMatch('http://home.corp.example/a/b', '*/a/*')"
                                         << "true";
        QTest::addRow("shExpMatch question") << "shExpMatch('ab.example', 'a?.example')"
                                             << "true";
        QTest::addRow("shExpMatch dot is literal") << "shExpMatch('abxexample', 'ab.example')"
                                                   << "false";
        QTest::addRow("shExpMatch anchored") << "shExpMatch('www.example.com.evil', '*.example.com')"
                                             << "false";
        QTest::addRow("dnsResolve") << "dnsResolve('intranet.corp.example')"
                                    << "10.20.30.40";
        QTest::addRow("dnsResolve picks IPv4") << "dnsResolve('dual.example')"
                                               << "192.0.2.7";
        QTest::addRow("dnsResolve unknown") << "dnsResolve('nowhere.example')"
                                            << "null";
        QTest::addRow("dnsResolve IPv6 only") << "dnsResolve('v6only.example')"
                                              << "null";
        QTest::addRow("isResolvable yes") << "isResolvable('intranet.corp.example')"
                                          << "true";
        QTest::addRow("isResolvable no") << "isResolvable('nowhere.example')"
                                         << "false";
        QTest::addRow("isInNet name") << "isInNet('intranet.corp.example', '10.0.0.0', '255.0.0.0')"
                                      << "true";
        QTest::addRow("isInNet address") << "isInNet('192.168.1.9', '192.168.1.0', '255.255.255.0')"
                                         << "true";
        QTest::addRow("isInNet outside") << "isInNet('192.168.2.9', '192.168.1.0', '255.255.255.0')"
                                         << "false";
        QTest::addRow("isInNet high bit") << "isInNet('200.1.2.3', '200.0.0.0', '255.0.0.0')"
                                          << "true";
        QTest::addRow("isInNet unresolvable") << "isInNet('nowhere.example', '0.0.0.0', '0.0.0.0')"
                                              << "false";
        QTest::addRow("myIpAddress") << "myIpAddress()"
                                     << "10.1.2.3";
        QTest::addRow("dnsResolveEx") << "dnsResolveEx('dual.example')"
                                      << "2001:db8::7;192.0.2.7";
        QTest::addRow("dnsResolveEx unknown") << "dnsResolveEx('nowhere.example') === ''"
                                              << "true";
        QTest::addRow("isResolvableEx v6") << "isResolvableEx('v6only.example')"
                                           << "true";
        QTest::addRow("isResolvableEx no") << "isResolvableEx('nowhere.example')"
                                           << "false";
        QTest::addRow("myIpAddressEx") << "myIpAddressEx()"
                                       << "10.1.2.3;fd00::3";
        QTest::addRow("isInNetEx v6") << "isInNetEx('2001:db8::7', '2001:db8::/32')"
                                      << "true";
        QTest::addRow("isInNetEx v4") << "isInNetEx('198.95.249.79', '198.95.0.0/16')"
                                      << "true";
        QTest::addRow("isInNetEx outside") << "isInNetEx('198.96.1.1', '198.95.0.0/16')"
                                           << "false";
        QTest::addRow("sortIpAddressList")
            << "sortIpAddressList('10.2.3.9;2001:4898:28:3:201:2ff:feea:fc14;::1;10.2.3.10')"
            << "::1;2001:4898:28:3:201:2ff:feea:fc14;10.2.3.9;10.2.3.10";
        QTest::addRow("sortIpAddressList invalid") << "sortIpAddressList('10.2.3.9;nonsense')"
                                                   << "false";
        QTest::addRow("getClientVersion") << "getClientVersion()"
                                          << "1.0";
        QTest::addRow("weekdayRange day") << "weekdayRange('WED', 'GMT')"
                                          << "true";
        QTest::addRow("weekdayRange other day") << "weekdayRange('THU', 'GMT')"
                                                << "false";
        QTest::addRow("weekdayRange range") << "weekdayRange('MON', 'FRI', 'GMT')"
                                            << "true";
        QTest::addRow("weekdayRange wraps") << "weekdayRange('FRI', 'MON', 'GMT')"
                                            << "false";
        QTest::addRow("weekdayRange wraps in") << "weekdayRange('TUE', 'MON', 'GMT')"
                                               << "true";
        QTest::addRow("dateRange day") << "dateRange(4, 'GMT')"
                                       << "true";
        QTest::addRow("dateRange month") << "dateRange('MAR', 'GMT')"
                                         << "true";
        QTest::addRow("dateRange year") << "dateRange(2026, 'GMT')"
                                        << "true";
        QTest::addRow("dateRange other year") << "dateRange(2025, 'GMT')"
                                              << "false";
        QTest::addRow("dateRange months") << "dateRange('JAN', 'MAR', 'GMT')"
                                          << "true";
        QTest::addRow("dateRange months wrap") << "dateRange('NOV', 'FEB', 'GMT')"
                                               << "false";
        QTest::addRow("dateRange day month") << "dateRange(1, 'MAR', 15, 'MAR', 'GMT')"
                                             << "true";
        QTest::addRow("dateRange month year") << "dateRange('OCT', 2025, 'FEB', 2026, 'GMT')"
                                              << "false";
        QTest::addRow("dateRange full") << "dateRange(1, 'JAN', 2026, 31, 'DEC', 2026, 'GMT')"
                                        << "true";
        QTest::addRow("timeRange hour") << "timeRange(14, 'GMT')"
                                        << "true";
        QTest::addRow("timeRange hours") << "timeRange(9, 17, 'GMT')"
                                         << "true";
        QTest::addRow("timeRange night wraps") << "timeRange(22, 6, 'GMT')"
                                               << "false";
        QTest::addRow("timeRange minutes") << "timeRange(14, 0, 14, 30, 'GMT')"
                                           << "true";
        QTest::addRow("timeRange seconds") << "timeRange(14, 30, 16, 14, 30, 20, 'GMT')"
                                           << "false";
    }
    void functions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        QCOMPARE(call(expression), expected);
    }

    void localTimeFunctionsReadTheLocalClock()
    {
        const QDateTime local = m_host.clock.toLocalTime();
        const QString hour = QString::number(local.time().hour());
        QCOMPARE(call(QStringLiteral("timeRange(%1)").arg(hour)), QStringLiteral("true"));
        QCOMPARE(call(QStringLiteral("dateRange(%1)").arg(local.date().day())), QStringLiteral("true"));
    }

    void routesByDomain()
    {
        PacScript script(m_host, 2000);
        QString error;
        QVERIFY2(script.load(QStringLiteral("function FindProxyForURL(url, host) {\n"
                                            "  if (dnsDomainIs(host, '.corp.example')) return 'DIRECT';\n"
                                            "  return 'PROXY a.example:8080; PROXY b.example:8080; DIRECT';\n"
                                            "}"),
                     QStringLiteral("test.pac"), &error),
            qPrintable(error));
        QCOMPARE(
            script.evaluate(QStringLiteral("https://intranet.corp.example/"), QStringLiteral("intranet.corp.example"))
                .returned,
            QStringLiteral("DIRECT"));
        QCOMPARE(
            script.evaluate(QStringLiteral("https://make.powerautomate.com/"), QStringLiteral("make.powerautomate.com"))
                .returned,
            QStringLiteral("PROXY a.example:8080; PROXY b.example:8080; DIRECT"));
    }

    void syntaxErrorNamesTheLine()
    {
        PacScript script(m_host, 2000);
        QString error;
        QVERIFY(!script.load(QStringLiteral("function FindProxyForURL(url, host) {\n  return 'DIRECT'\n}}\n"),
            QStringLiteral("broken.pac"), &error));
        QVERIFY2(error.contains(QStringLiteral("SyntaxError")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    }

    void missingFunctionIsNamed()
    {
        PacScript script(m_host, 2000);
        QString error;
        QVERIFY(!script.load(QStringLiteral("var x = 1;"), QStringLiteral("empty.pac"), &error));
        QVERIFY2(error.contains(QStringLiteral("FindProxyForURL")), qPrintable(error));
    }

    void throwingScriptIsReported()
    {
        PacScript script(m_host, 2000);
        QString error;
        QVERIFY(script.load(
            QStringLiteral("function FindProxyForURL(url, host) { throw new Error('no rule for ' + host); }"),
            QStringLiteral("throws.pac"), &error));
        const PacEvaluation evaluation
            = script.evaluate(QStringLiteral("https://a.example/"), QStringLiteral("a.example"));
        QVERIFY(!evaluation.ok);
        QVERIFY(!evaluation.timedOut);
        QVERIFY2(evaluation.error.contains(QStringLiteral("no rule for a.example")), qPrintable(evaluation.error));
    }

    void nonStringAnswerIsReported()
    {
        PacScript script(m_host, 2000);
        QString error;
        QVERIFY(script.load(
            QStringLiteral("function FindProxyForURL(url, host) { return 42; }"), QStringLiteral("n.pac"), &error));
        const PacEvaluation evaluation
            = script.evaluate(QStringLiteral("https://a.example/"), QStringLiteral("a.example"));
        QVERIFY(!evaluation.ok);
        QVERIFY2(evaluation.error.contains(QStringLiteral("not a string")), qPrintable(evaluation.error));
    }

    void endlessLoopIsInterrupted()
    {
        PacScript script(m_host, 300);
        QString error;
        QVERIFY(script.load(QStringLiteral("function FindProxyForURL(url, host) { for (;;) {} }"),
            QStringLiteral("loops.pac"), &error));
        const PacEvaluation evaluation
            = script.evaluate(QStringLiteral("https://a.example/"), QStringLiteral("a.example"));
        QVERIFY(!evaluation.ok);
        QVERIFY(evaluation.timedOut);
        QVERIFY2(evaluation.error.contains(QStringLiteral("did not return within")), qPrintable(evaluation.error));
        // The engine is usable again after the interruption.
        QVERIFY(script.load(QStringLiteral("function FindProxyForURL(url, host) { return 'DIRECT'; }"),
            QStringLiteral("fixed.pac"), &error));
        QCOMPARE(script.evaluate(QStringLiteral("https://a.example/"), QStringLiteral("a.example")).returned,
            QStringLiteral("DIRECT"));
    }

    void endlessTopLevelIsInterrupted()
    {
        PacScript script(m_host, 300);
        QString error;
        QVERIFY(!script.load(QStringLiteral("while (true) {}"), QStringLiteral("loops.pac"), &error));
        QVERIFY2(error.contains(QStringLiteral("did not return within")), qPrintable(error));
    }

    void lookupsPerCallAreBounded()
    {
        PacScript script(m_host, 2000);
        QString error;
        QVERIFY(script.load(QStringLiteral("function FindProxyForURL(url, host) {\n"
                                           "  for (var i = 0; i < 100; ++i) dnsResolve('n' + i + '.example');\n"
                                           "  return 'DIRECT';\n}"),
            QStringLiteral("many.pac"), &error));
        QCOMPARE(script.evaluate(QStringLiteral("https://a.example/"), QStringLiteral("a.example")).returned,
            QStringLiteral("DIRECT"));
        QCOMPARE(m_host.asked.size(), 32);
    }
};

QTEST_GUILESS_MAIN(tst_PacScript)
#include "tst_pacscript.moc"
