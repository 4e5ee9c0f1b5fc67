#include "Rfc4180.h"
#include "SampleReport.h"
#include "reports/CsvReportWriter.h"

#include <QBuffer>
#include <QTest>

namespace {
QByteArray written(const RunReport& report)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CsvReportWriter().write(report, &buffer, &error))
        qWarning() << error;
    return data;
}

QList<QStringList> rowsOf(const RunReport& report)
{
    const QByteArray data = written(report);
    if (!data.startsWith("\xEF\xBB\xBF"))
        return {};
    QString error;
    const QList<QStringList> rows = Rfc4180::parse(QString::fromUtf8(data.mid(3)), &error);
    if (!error.isEmpty())
        qWarning() << error;
    return rows;
}
} // namespace

// The CSV opens in a spreadsheet: it must parse back to exactly the run's rows, and never run a formula.
class TestCsvReportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void parsesBackToTheChecks()
    {
        const RunReport report = SampleReport::mixed();
        const QList<QStringList> rows = rowsOf(report);
        QCOMPARE(rows.size(), report.checks.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.mid(0, 6), QStringList({"id", "endpointId", "host", "probe", "port", "protocol"}));
        QCOMPARE(header.last(), "language"); // columns are only ever added at the end
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), header.size());
        const auto column = [&](const char* name) { return header.indexOf(QString::fromLatin1(name)); };

        QStringList ids;
        for (const QStringList& row : rows.mid(1)) {
            ids << row[column("id")];
            const auto it = std::find_if(report.checks.begin(), report.checks.end(),
                [&](const CheckResult& c) { return c.id == row[column("id")]; });
            QVERIFY(it != report.checks.end());
            QCOMPARE(row[column("host")], it->host);
            QCOMPARE(row[column("probe")], it->probe);
            QCOMPARE(row[column("port")], it->port ? QString::number(it->port) : QString());
            QCOMPARE(row[column("status")], CheckStatuses::id(it->status()));
            QCOMPARE(row[column("diagnosis")], Diagnoses::code(it->diagnosis));
            QCOMPARE(row[column("remedy")], it->remedy);
            QCOMPARE(row[column("purpose")], it->purpose);
            QCOMPARE(row[column("retired")], QString::fromLatin1(it->retired ? "yes" : "no"));
            QCOMPARE(row[column("durationMs")], QString::number(it->durationMs));
            QCOMPARE(row[column("tool")], QString(report.toolName + ' ' + report.toolVersion)); // the version
            QCOMPARE(row[column("language")], report.language); // the free texts' language, on every row
        }
        QCOMPARE(ids.size(), report.checks.size());
        QCOMPARE(rows[1][column("status")], "fail");
        QCOMPARE(rows.last()[column("status")], "pass");
        const auto hostile = std::find_if(
            rows.begin(), rows.end(), [&](const QStringList& row) { return row[0] == "custom-host:8443"; });
        QVERIFY(hostile != rows.end());
        QVERIFY((*hostile)[column("evidence")].contains("Server said: </li></ul><script>alert(3)</script>"));
        QVERIFY((*hostile)[column("evidence")].contains('\n'));
    }

    void cellsAreQuotedAndNeutralised_data()
    {
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "Sign-in"
                               << "Sign-in";
        QTest::addRow("formula") << "=1+2"
                                 << "'=1+2";
        QTest::addRow("plus") << "+cmd|' /C calc'!A0"
                              << "'+cmd|' /C calc'!A0";
        QTest::addRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::addRow("at") << "@SUM(A1:A2)"
                            << "'@SUM(A1:A2)";
        QTest::addRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::addRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::addRow("comma") << "a, b"
                               << "a, b";
        QTest::addRow("quotes") << "say \"hi\""
                                << "say \"hi\"";
        QTest::addRow("line break") << "one\r\ntwo"
                                    << "one\r\ntwo";
        QTest::addRow("umlaut") << "Prüfung für Zürich"
                                << "Prüfung für Zürich";
        QTest::addRow("hostile html") << SampleReport::hostilePurpose << SampleReport::hostilePurpose;
        QTest::addRow("formula later") << "a=1"
                                       << "a=1";
    }

    void cellsAreQuotedAndNeutralised()
    {
        QFETCH(QString, purpose);
        QFETCH(QString, expected);
        const QList<QStringList> rows = rowsOf(SampleReport::withPurpose(purpose));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].value(rows[0].indexOf("purpose")), expected);
    }

    void usesCrLfAndUtf8WithBom()
    {
        const QByteArray data = written(SampleReport::allPassed());
        QVERIFY(data.startsWith("\xEF\xBB\xBFid,endpointId,"));
        QVERIFY(data.endsWith("\r\n"));
        QCOMPARE(data.count("\r\n"), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvReportWriter)
#include "tst_csvreportwriter.moc"
