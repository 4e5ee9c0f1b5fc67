#include "SampleReport.h"
#include "reports/TextSummary.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// The terminal output and "Copy summary": worst first per feature, then the counts, the verdict, the remedies.
class TestTextSummary final : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english; // the plural forms: "1 check", "2 checks"

private slots:
    void initTestCase()
    {
        QVERIFY2(m_english.load("netready_en", NETREADY_QM_DIR), NETREADY_QM_DIR);
        QCoreApplication::installTranslator(&m_english);
    }

    void worstFirstWithinEachFeature()
    {
        const QStringList lines = TextSummary::render(SampleReport::mixed()).split('\n');
        const qsizetype cloudFlows = lines.indexOf("Cloud flows");
        const qsizetype desktop = lines.indexOf("Desktop flows runtime");
        QVERIFY(cloudFlows > 0 && desktop > cloudFlows);
        const QStringList order = {"FAIL", "WARN", "SKIP", "PASS"};
        int previous = -1;
        int rows = 0;
        for (qsizetype i = cloudFlows + 1; i < desktop && !lines[i].isEmpty(); ++i) {
            const int rank = int(order.indexOf(lines[i].trimmed().left(4)));
            QVERIFY2(rank >= previous, qPrintable(lines[i]));
            previous = rank;
            ++rows;
        }
        QCOMPARE(rows, 6);
    }

    void statesCountsVerdictAndRemedies_data()
    {
        QTest::addColumn<RunReport>("report");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<bool>("remedies");
        QTest::addRow("not ready") << SampleReport::mixed() << "Verdict: NOT READY" << true;
        QTest::addRow("ready") << SampleReport::allPassed() << "Verdict: READY" << false;
    }

    void statesCountsVerdictAndRemedies()
    {
        QFETCH(RunReport, report);
        QFETCH(QString, verdict);
        QFETCH(bool, remedies);
        const QString text = TextSummary::render(report);
        QVERIFY(text.contains(verdict + '\n'));
        const RunSummary summary = report.summary();
        QVERIFY(text.contains(QStringLiteral("Summary: %1 check%2: %3 passed")
                                  .arg(summary.total)
                                  .arg(QString::fromLatin1(summary.total == 1 ? "" : "s"))
                                  .arg(summary.passed)));
        QCOMPARE(text.contains("What to change:"), remedies);
        for (const CheckResult& check : report.checks) {
            const CheckStatus status = check.status();
            if (status == CheckStatus::Fail || status == CheckStatus::Warn)
                QVERIFY2(text.contains(check.remedy), qPrintable(check.id));
        }
        QVERIFY(text.contains("helpdesk-pc-17"));
    }

    // Only the chosen features get a section; a check of none of them is listed under General.
    void sectionsFollowTheSelection()
    {
        RunReport report = SampleReport::mixed();
        report.settings.features = {Feature::Desktop};
        report.checks[0].features = {Feature::Desktop, Feature::Gateway};
        const QStringList lines = TextSummary::render(report).split('\n');
        QVERIFY(lines.contains("Desktop flows runtime"));
        QVERIFY(!lines.contains("On-premises data gateway"));
        QVERIFY(!lines.contains("Cloud flows"));
        const qsizetype general = lines.indexOf("General");
        QVERIFY(general > 0);
        QVERIFY(lines[general + 1].contains("api.flow.microsoft.com:443"));
    }

    // Text from a server goes to a terminal: no escape sequences, no extra lines.
    void controlCharactersAreNeutralised()
    {
        RunReport report = SampleReport::mixed();
        report.checks[2].detail = "red \x1b[31malert\x1b[0m\nINJECTED LINE\x07";
        const QString text = TextSummary::render(report);
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x07)));
        QVERIFY(!text.contains(QChar(0x01)));
        QVERIFY(!text.contains("\nINJECTED LINE"));
        QVERIFY(text.contains("[31malert"));
    }
};

QTEST_GUILESS_MAIN(TestTextSummary)
#include "tst_textsummary.moc"
