#include "SampleReport.h"
#include "reports/PdfReportWriter.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qWarning() << program << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext breaks lines where the layout wrapped and joins words hyphenated at a line end: compare text
// without white space and hyphens.
QString squeezed(QString text)
{
    text.remove(QChar(0x200B));
    text.remove('-');
    text.remove(QRegularExpression("\\s"));
    return text;
}

int pageCount(const QString& info)
{
    return QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1).toInt();
}
} // namespace

// The PDF is what gets attached to a ticket: it must say the verdict, every failure and its remedy, paginate
// with page numbers and repeated headers, keep long names on the page, and embed its fonts.
class TestPdfReportWriter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writePdf(const RunReport& report, const QString& name, const PdfReportWriter& writer = PdfReportWriter())
    {
        // NETREADY_REPORT_SAMPLES_DIR keeps the files, to look at them.
        const QString path = QDir(qEnvironmentVariable("NETREADY_REPORT_SAMPLES_DIR", m_dir.path())).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString error;
        if (!writer.write(report, &file, &error)) {
            qWarning() << error;
            return {};
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void containsVerdictFailuresAndRemedies()
    {
        const RunReport report = SampleReport::mixed();
        const QString path = writePdf(report, "mixed.pdf");
        QVERIFY(!path.isEmpty());
        const QString text = squeezed(run("pdftotext", {path, "-"}));
        QVERIFY2(text.contains("NOTREADY"), qPrintable(text.left(400)));
        for (const CheckResult& check : report.checks) {
            const CheckStatus status = check.status();
            if (status != CheckStatus::Fail && status != CheckStatus::Warn)
                continue;
            QVERIFY2(text.contains(squeezed(check.probe)), qPrintable(check.probe));
            QVERIFY2(text.contains(squeezed(check.remedy)), qPrintable(check.remedy));
        }
        QVERIFY(text.contains(squeezed(SampleReport::hostilePurpose)));
        QVERIFY(text.contains("Page1of"));
        QVERIFY(text.contains("AzureConnectors"));
    }

    void longRunHasManyPagesWithHeadersAndNumbers()
    {
        const QString path = writePdf(SampleReport::large(300), "large.pdf");
        QVERIFY(!path.isEmpty());
        const int pages = pageCount(run("pdfinfo", {path}));
        QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
        for (int page : {2, 3}) {
            const QString text
                = run("pdftotext", {"-f", QString::number(page), "-l", QString::number(page), path, "-"});
            QVERIFY2(text.contains("Endpoint") && text.contains("Diagnosis"), qPrintable(text.left(300)));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        }
    }

    // Japanese and Chinese text is drawn with real glyphs of an embedded CJK font (fonts-wqy-microhei from
    // scripts/install-deps), not boxes: pdftotext reads it back.
    void cjkTextHasRealGlyphs_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addRow("ja") << QLocale(QLocale::Japanese, QLocale::Japan)
                            << QStringLiteral("名前解決に失敗しました。プロキシの設定を確認してください。");
        QTest::addRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
                               << QStringLiteral("名称解析失败。请检查代理设置。");
    }

    void cjkTextHasRealGlyphs()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        RunReport report = SampleReport::mixed();
        report.language = locale.name();
        for (CheckResult& check : report.checks) {
            if (check.status() == CheckStatus::Fail)
                check.remedy = text;
        }
        const QString path = writePdf(report, "cjk-" + locale.name() + ".pdf");
        QVERIFY(!path.isEmpty());
        QVERIFY2(squeezed(run("pdftotext", {path, "-"})).contains(squeezed(text)), qPrintable(text));
        const QString fonts = run("pdffonts", {path});
        bool cjkEmbedded = false;
        for (const QString& line : fonts.split('\n', Qt::SkipEmptyParts)) {
            const QStringList columns = line.split(' ', Qt::SkipEmptyParts);
            if (line.contains("MicroHei", Qt::CaseInsensitive) && columns.size() >= 6
                && columns.at(columns.size() - 5) == "yes")
                cjkEmbedded = true;
        }
        QVERIFY2(cjkEmbedded, qPrintable(fonts));
    }

    void fontsAreEmbedded()
    {
        const QString path = writePdf(SampleReport::mixed(), "fonts.pdf");
        const QStringList lines = run("pdffonts", {path}).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // header, rule, at least one font
        for (const QString& line : lines.mid(2)) {
            const QStringList columns = line.split(' ', Qt::SkipEmptyParts);
            // name type [encoding] emb sub uni object ID: emb is the fifth column from the end.
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == "yes", qPrintable(line));
        }
    }

    // Every word pdftotext finds lies inside the page: long host names wrap instead of running off it.
    void longHostnamesStayOnThePage()
    {
        const QString path = writePdf(SampleReport::mixed(), "wrap.pdf", PdfReportWriter(QPageSize::A4));
        const QString boxes = run("pdftotext", {"-bbox", path, "-"});
        const QRegularExpression page("<page width=\"([\\d.]+)\"");
        const double width = page.match(boxes).captured(1).toDouble();
        QVERIFY(width > 500);
        const QRegularExpression word("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\"");
        int words = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const auto match = it.next();
            ++words;
            QVERIFY2(match.captured(2).toDouble() <= width - 20, qPrintable(match.captured(0)));
        }
        QVERIFY(words > 100);
        // It wraps after a dot or hyphen, never inside a label: each piece on a line is a "word" to pdftotext.
        const QString host = SampleReport::longHost;
        const QRegularExpression text("<word [^>]*>([^<]*)</word>");
        int fragments = 0;
        for (auto it = text.globalMatch(boxes); it.hasNext();) {
            const QString piece = it.next().captured(1).remove(QChar(0x200B));
            if (piece.size() < 8 || piece == host || !host.contains(piece))
                continue;
            ++fragments;
            QVERIFY2(host.endsWith(piece) || piece.endsWith('.') || piece.endsWith('-'), qPrintable(piece));
        }
        QVERIFY(fragments >= 2);
    }

    void pageSizeFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QPageSize::PageSizeId>("size");
        QTest::addRow("en_US") << "en_US" << QPageSize::Letter;
        QTest::addRow("fr_CA") << "fr_CA" << QPageSize::Letter;
        QTest::addRow("de_DE") << "de_DE" << QPageSize::A4;
        QTest::addRow("en_GB") << "en_GB" << QPageSize::A4;
    }

    void pageSizeFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QPageSize::PageSizeId, size);
        QCOMPARE(PdfReportWriter::defaultPageSize(QLocale(locale)), size);
        // The paper is the system's country's, whatever language the report is in (the default locale).
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        const QString path = writePdf(SampleReport::allPassed(), locale + ".pdf");
        QLocale::setDefault(previous);
        const bool letter = PdfReportWriter::defaultPageSize(QLocale::system()) == QPageSize::Letter;
        QVERIFY(run("pdfinfo", {path}).contains(letter ? QLatin1String("pts (letter)") : QLatin1String("pts (A4)")));
    }
};

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdfreportwriter.moc"
