#include "LanguageRunFixture.h"
#include "NetreadyProcess.h"
#include "ProcessFixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
// pdftotext breaks lines where the layout wrapped: compare text without white space and hyphens.
QString squeezed(QString text)
{
    text.remove(QChar(0x200B));
    text.remove('-');
    text.remove(QRegularExpression("\\s"));
    return text;
}
} // namespace

// `netready --cli --lang CODE --report x.pdf`: the PDF's text, read back with pdftotext, carries the verdict and
// the diagnosis title in the language chosen, Japanese and Chinese in real glyphs (a CJK font from
// scripts/install-deps), not boxes.
class TestCliLanguagesPdf final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

private slots:
    void initTestCase()
    {
        QVERIFY2(!NetreadyProcess::binary().isEmpty(), "NETREADY_BINARY not set");
        QVERIFY(m_dir.isValid());
        m_catalog = LanguageRunFixture::writeCatalog(m_dir);
        QVERIFY(!m_catalog.isEmpty());
    }

    void pdfReportIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : LanguageRunFixture::languages())
            QTest::addRow("%s", qPrintable(language)) << language;
    }

    void pdfReportIsTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load("netready_" + language, NETREADY_QM_DIR), NETREADY_QM_DIR);
        const struct
        {
            const char* context;
            const char* source;
        } sources[] = {{"RunSummary", "NOT READY"}, {"Diagnoses", "Connection refused"}};
        QStringList expected;
        for (const auto& source : sources) {
            const QString text = translator.translate(source.context, source.source);
            QVERIFY2(!text.isEmpty() && text != QLatin1String(source.source),
                qPrintable(QString("'%1' is not translated into %2").arg(QLatin1String(source.source), language)));
            expected << text;
        }

        const quint16 closedPort = ProcessFixture::freeTcpPort();
        QVERIFY(closedPort != 0);
        const QString pdf = m_dir.filePath("report-" + language + ".pdf");
        const NetreadyProcess::Outcome outcome = NetreadyProcess::run(
            LanguageRunFixture::arguments(language, m_catalog, closedPort) << QStringLiteral("--report") << pdf);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(outcome.errText()));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext did not finish");
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = squeezed(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        for (const QString& words : std::as_const(expected))
            QVERIFY2(text.contains(squeezed(words)), qPrintable(QString("'%1' missing from:\n%2").arg(words, text)));
        QVERIFY2(!text.contains(QLatin1String("NOTREADY")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguagesPdf)
#include "tst_cli_languages_pdf.moc"
