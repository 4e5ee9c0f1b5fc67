#include "SampleReport.h"
#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/JUnitReportWriter.h"
#include "reports/JsonReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportWriter.h"

#include <QBuffer>
#include <QTest>

// --report picks the format from the file's extension; a device that is not writable is an error, not a crash.
class TestReportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void forFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("html") << "/tmp/r.html"
                              << "html";
        QTest::addRow("htm upper case") << "r.HTM"
                                        << "html";
        QTest::addRow("pdf") << "dir.v2/r.pdf"
                             << "pdf";
        QTest::addRow("json") << "r.json"
                              << "json";
        QTest::addRow("csv") << "r.Csv"
                             << "csv";
        QTest::addRow("junit xml") << "results.xml"
                                   << "junit";
        QTest::addRow("docx") << "r.docx"
                              << "";
        QTest::addRow("no extension") << "report"
                                      << "";
        QTest::addRow("double extension") << "r.json.txt"
                                          << "";
    }

    void forFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        const std::unique_ptr<ReportWriter> writer = ReportWriter::forFile(path);
        QString actual;
        if (dynamic_cast<HtmlReportWriter*>(writer.get()))
            actual = "html";
        else if (dynamic_cast<PdfReportWriter*>(writer.get()))
            actual = "pdf";
        else if (dynamic_cast<JsonReportWriter*>(writer.get()))
            actual = "json";
        else if (dynamic_cast<CsvReportWriter*>(writer.get()))
            actual = "csv";
        else if (dynamic_cast<JUnitReportWriter*>(writer.get()))
            actual = "junit";
        QCOMPARE(actual, format);
        if (!format.isEmpty())
            QVERIFY(ReportWriter::supportedExtensions().contains(QFileInfo(path).suffix().toLower()));
    }

    void closedDeviceIsAnError_data()
    {
        QTest::addColumn<QString>("extension");
        for (const QString& extension : ReportWriter::supportedExtensions())
            QTest::addRow("%s", qPrintable(extension)) << extension;
    }

    void closedDeviceIsAnError()
    {
        QFETCH(QString, extension);
        QBuffer closed;
        QString error;
        QVERIFY(!ReportWriter::forFile("r." + extension)->write(SampleReport::mixed(), &closed, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
