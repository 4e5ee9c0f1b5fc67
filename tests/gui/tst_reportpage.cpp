#include "ReportPage.h"

#include <QApplication>
#include <QTest>

// The Report page's pure helpers: one file dialog with a type per format, and the allowlist as text.
class TestReportPage final : public QObject
{
    Q_OBJECT

private slots:
    void pathForFilter_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("expected");
        QTest::addRow("html added") << "/tmp/readiness" << 0 << "/tmp/readiness.html";
        QTest::addRow("pdf added") << "/tmp/readiness" << 1 << "/tmp/readiness.pdf";
        QTest::addRow("json added") << "/tmp/readiness" << 2 << "/tmp/readiness.json";
        QTest::addRow("csv added") << "/tmp/readiness" << 3 << "/tmp/readiness.csv";
        QTest::addRow("junit added") << "/tmp/readiness" << 4 << "/tmp/readiness.xml";
        QTest::addRow("own extension kept") << "/tmp/readiness.JSON" << 0 << "/tmp/readiness.JSON";
        QTest::addRow("htm kept") << "/tmp/r.htm" << 2 << "/tmp/r.htm";
        QTest::addRow("dotted name") << "/tmp/run.2026-11-26" << 3 << "/tmp/run.2026-11-26.csv";
        QTest::addRow("unknown filter") << "/tmp/readiness" << -1 << "/tmp/readiness.html";
    }

    void pathForFilter()
    {
        QFETCH(QString, path);
        QFETCH(int, filter);
        QFETCH(QString, expected);
        const QStringList filters = ReportPage::saveFilters();
        QCOMPARE(filters.size(), 5);
        QCOMPARE(ReportPage::pathForFilter(path, filter >= 0 ? filters.at(filter) : QString()), expected);
    }

    void allowlistText()
    {
        const QString text
            = ReportPage::allowlistText({{"HTTPS (TCP 443)", {"*.flow.microsoft.com", "login.microsoftonline.com"}},
                                            {"TCP 9350-9354", {"*.servicebus.windows.net"}}},
                "Cloud flows call your services from Azure.");
        QCOMPARE(text,
            QString("HTTPS (TCP 443)\n  *.flow.microsoft.com\n  login.microsoftonline.com\n\n"
                    "TCP 9350-9354\n  *.servicebus.windows.net\n\n"
                    "Cloud flows call your services from Azure.\n"));
    }
};

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
