#include "SampleReport.h"
#include "reports/JUnitReportWriter.h"

#include <QBuffer>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct TestCase
{
    QString suite;
    QString name;
    QString classname;
    QString outcome; // pass | failure | skipped
    QString message;
    QString text; // failure text or system-out
};

struct Suite
{
    QString name;
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    QHash<QString, QString> properties;
};

struct Parsed
{
    QString error;
    QXmlStreamAttributes root;
    QList<Suite> suites;
    QList<TestCase> cases;
};

Parsed parse(const QByteArray& xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    QString suite;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto attributes = reader.attributes();
        if (reader.name() == u"testsuites") {
            parsed.root = attributes;
        } else if (reader.name() == u"testsuite") {
            suite = attributes.value("name").toString();
            parsed.suites << Suite {suite, attributes.value("tests").toInt(), attributes.value("failures").toInt(),
                attributes.value("skipped").toInt(), {}};
        } else if (reader.name() == u"property") {
            parsed.suites.last().properties.insert(
                attributes.value("name").toString(), attributes.value("value").toString());
        } else if (reader.name() == u"testcase") {
            parsed.cases << TestCase {
                suite, attributes.value("name").toString(), attributes.value("classname").toString(), "pass", {}, {}};
        } else if (reader.name() == u"failure" || reader.name() == u"skipped") {
            parsed.cases.last().outcome = reader.name().toString();
            parsed.cases.last().message = attributes.value("message").toString();
            if (reader.name() == u"failure")
                parsed.cases.last().text = reader.readElementText();
        } else if (reader.name() == u"system-out") {
            parsed.cases.last().text = reader.readElementText();
        }
    }
    if (reader.hasError())
        parsed.error = reader.errorString();
    return parsed;
}

Parsed written(const RunReport& report)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!JUnitReportWriter().write(report, &buffer, &error))
        qWarning() << error;
    return parse(data);
}

QString checkIdOf(const TestCase& testCase)
{
    // classname is netready.<feature>.<check id>
    return testCase.classname.section('.', 2);
}
} // namespace

// CI systems and monitoring read the JUnit file: its counts must add up and match the run's summary.
class TestJUnitReportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchTheSummary_data()
    {
        QTest::addColumn<RunReport>("report");
        QTest::addRow("mixed") << SampleReport::mixed();
        QTest::addRow("all passed") << SampleReport::allPassed();
        QTest::addRow("large") << SampleReport::large(75);
    }

    void countsMatchTheSummary()
    {
        QFETCH(RunReport, report);
        const Parsed parsed = written(report);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const RunSummary summary = report.summary();

        QSet<QString> failedChecks;
        QSet<QString> skippedChecks;
        QSet<QString> allChecks;
        int failures = 0;
        int tests = 0;
        for (const Suite& suite : parsed.suites) {
            int suiteTests = 0;
            int suiteFailures = 0;
            int suiteSkipped = 0;
            for (const TestCase& testCase : parsed.cases) {
                if (testCase.suite != suite.name)
                    continue;
                ++suiteTests;
                allChecks.insert(checkIdOf(testCase));
                if (testCase.outcome == "failure") {
                    ++suiteFailures;
                    failedChecks.insert(checkIdOf(testCase));
                } else if (testCase.outcome == "skipped") {
                    ++suiteSkipped;
                    skippedChecks.insert(checkIdOf(testCase));
                }
            }
            QCOMPARE(suite.tests, suiteTests);
            QCOMPARE(suite.failures, suiteFailures);
            QCOMPARE(suite.skipped, suiteSkipped);
            failures += suiteFailures;
            tests += suiteTests;
        }
        QCOMPARE(allChecks.size(), summary.total);
        QCOMPARE(failedChecks.size(), summary.failed);
        QCOMPARE(skippedChecks.size(), summary.skipped);
        QCOMPARE(parsed.root.value("failures").toInt(), failures);
        QCOMPARE(parsed.root.value("tests").toInt(), tests);
    }

    void oneSuitePerFeature()
    {
        const Parsed parsed = written(SampleReport::mixed());
        QStringList names;
        for (const Suite& suite : parsed.suites)
            names << suite.name;
        QCOMPARE(names, QStringList({"cloud-flows", "desktop", "general"}));
        // Each suite says which language its messages are in, as a stable code.
        for (const Suite& suite : parsed.suites)
            QCOMPARE(suite.properties.value("language"), QStringLiteral("en"));
        // A check that serves two features is a testcase in both suites.
        int loginCases = 0;
        for (const TestCase& testCase : parsed.cases)
            loginCases += checkIdOf(testCase) == "aad-login:443" ? 1 : 0;
        QCOMPARE(loginCases, 2);
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("text");
        QTest::addRow("pass") << "aad-login:443"
                              << "pass"
                              << ""
                              << "";
        QTest::addRow("warning passes with output") << "flow-portal:443"
                                                    << "pass"
                                                    << ""
                                                    << "Exclude make.powerautomate.com from TLS inspection";
        QTest::addRow("timeout fails") << "servicebus-relay:9350"
                                       << "failure"
                                       << "Connection timed out"
                                       << "No answer from 192.0.2.10 within 10 s.";
        QTest::addRow("proxy auth fails") << "flow-api:443"
                                          << "failure"
                                          << "Proxy requires authentication"
                                          << "Proxy-Authenticate: Basic realm=\"corp\"";
        QTest::addRow("needs input skipped") << "dataverse:443"
                                             << "skipped"
                                             << "Needs your input"
                                             << "";
        QTest::addRow("hostile text escaped") << "custom-host:8443"
                                              << "failure"
                                              << "<img src=\"http://evil.example/x.png\""
                                              << "]]>";
    }

    void outcomes()
    {
        QFETCH(QString, id);
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        QFETCH(QString, text);
        const Parsed parsed = written(SampleReport::mixed());
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        bool found = false;
        for (const TestCase& testCase : parsed.cases) {
            if (checkIdOf(testCase) != id)
                continue;
            found = true;
            QCOMPARE(testCase.outcome, outcome);
            QVERIFY2(testCase.message.contains(message), qPrintable(testCase.message));
            QVERIFY2(testCase.text.contains(text), qPrintable(testCase.text));
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestJUnitReportWriter)
#include "tst_junitreportwriter.moc"
