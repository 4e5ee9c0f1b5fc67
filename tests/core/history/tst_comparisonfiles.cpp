#include "HistorySamples.h"
#include "ReportSchema.h"
#include "history/ComparisonFiles.h"
#include "history/ComparisonWording.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using HistorySamples::Spec;

// A comparison in each of its files: text, JSON (against docs/compare.schema.json), HTML (parsed, escaped) and
// PDF (read back with pdftotext). Each must carry every category's sentence and the verdict change.
class TestComparisonFiles final : public QObject
{
    Q_OBJECT

private:
    static QString hostile() { return QStringLiteral("<script>alert(1)</script>&x"); }

    // One check of each category, and a host name written to attack the HTML.
    static ReportComparison sample()
    {
        const QList<Spec> before {
            {"fixed", "fixed.example.com", 443, Protocol::Https, Diagnosis::TcpRefused},
            {"broke", "broke.example.com", 443, Protocol::Https, Diagnosis::Ok},
            {"still", "still.example.com", 443, Protocol::Https, Diagnosis::TcpTimeout},
            {"changed", "changed.example.com", 443, Protocol::Https, Diagnosis::Ok},
            {"dropped", "dropped.example.com", 443, Protocol::Https, Diagnosis::Ok},
            {"same", "same.example.com", 443, Protocol::Https, Diagnosis::Ok},
        };
        const QList<Spec> after {
            {"fixed", "fixed.example.com", 443, Protocol::Https, Diagnosis::Ok},
            {"broke", "broke.example.com", 443, Protocol::Https, Diagnosis::ProxyDenied},
            {"still", "still.example.com", 443, Protocol::Https, Diagnosis::TlsUntrusted},
            {"changed", "changed.example.com", 443, Protocol::Https, Diagnosis::TlsIntercepted},
            {"added", hostile(), 443, Protocol::Https, Diagnosis::TcpRefused},
            {"same", "same.example.com", 443, Protocol::Https, Diagnosis::Ok},
        };
        return ReportComparison::compare(HistorySamples::saved(HistorySamples::run(before), "before.json"),
            HistorySamples::saved(HistorySamples::run(after), "after.json"));
    }

    static QByteArray written(const ReportComparison& comparison, const QString& name)
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!ComparisonFiles::write(comparison, name, &buffer, &error))
            qWarning("%s", qPrintable(error));
        return data;
    }

    static QStringList expectedSentences(const ReportComparison& comparison)
    {
        QStringList sentences {ComparisonWording::verdictSentence(comparison)};
        for (const ReportComparison::Category category : ReportComparison::reportedCategories()) {
            for (const ReportComparison::Entry& entry : comparison.entries(category))
                sentences << ComparisonWording::sentence(entry);
        }
        return sentences;
    }

    static QString squeezed(QString text)
    {
        text.remove(QChar(0x200B));
        text.remove('-');
        text.remove(QRegularExpression("\\s"));
        return text;
    }

private slots:
    void everyCategoryOnce()
    {
        const ReportComparison comparison = sample();
        for (const ReportComparison::Category category : ReportComparison::reportedCategories())
            QCOMPARE(comparison.count(category), 1);
        QCOMPARE(comparison.count(ReportComparison::Category::Unchanged), 1);
        QCOMPARE(comparison.exitCode(), 1);
    }

    void text()
    {
        const ReportComparison comparison = sample();
        const QString text = QString::fromUtf8(written(comparison, "c.txt"));
        for (const QString& sentence : expectedSentences(comparison))
            QVERIFY2(text.contains(sentence), qPrintable(sentence + "\n---\n" + text));
        for (const ReportComparison::Category category : ReportComparison::reportedCategories())
            QVERIFY(text.contains(ComparisonWording::categoryTitle(category) + " (1)"));
    }

    void json()
    {
        const ReportComparison comparison = sample();
        const QByteArray data = written(comparison, "c.json");
        QString messages;
        QVERIFY2(ReportSchema::validate(data, &messages, "compare.schema.json"), qPrintable(messages));
        const QJsonObject root = QJsonDocument::fromJson(data).object();
        QCOMPARE(root.value("kind").toString(), QStringLiteral("comparison"));
        QCOMPARE(root.value("somethingBroke").toBool(), true);
        QCOMPARE(root.value("counts").toObject().value("unchanged").toInt(), 1);
        QStringList categories;
        for (const QJsonValue& change : root.value("changes").toArray())
            categories << change.toObject().value("category").toString();
        QCOMPARE(categories, QStringList({"broke", "fixed", "still-failing", "changed", "added", "dropped"}));
        const QJsonObject broke = root.value("changes").toArray().at(0).toObject();
        QCOMPARE(broke.value("before").toObject().value("diagnosis").toString(), QStringLiteral("ok"));
        QCOMPARE(broke.value("after").toObject().value("diagnosis").toString(), QStringLiteral("proxy-denied"));
        QVERIFY(root.value("changes").toArray().at(4).toObject().value("before").isNull());
    }

    void html()
    {
        const ReportComparison comparison = sample();
        const QString html = QString::fromUtf8(written(comparison, "c.html"));
        QXmlStreamReader xml(html);
        QString text;
        int scripts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("script"))
                ++scripts;
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(scripts, 0);
        QVERIFY(html.contains("default-src 'none'"));
        QVERIFY(!html.contains(hostile()));
        for (const QString& sentence : expectedSentences(comparison))
            QVERIFY2(text.contains(sentence), qPrintable(sentence));
    }

    void pdf()
    {
        const ReportComparison comparison = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath("c.pdf");
        QString error;
        QVERIFY2(ComparisonFiles::writeAll(comparison, {path}, &error), qPrintable(error));
        QProcess pdftotext;
        pdftotext.start("pdftotext", {"-enc", "UTF-8", path, "-"});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = squeezed(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        for (const QString& sentence : expectedSentences(comparison))
            QVERIFY2(text.contains(squeezed(sentence)), qPrintable(sentence));
    }

    void unknownExtensionIsRefusedBeforeAnythingIsWritten()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ComparisonFiles::validate({dir.filePath("c.html"), dir.filePath("c.docx")}, &error));
        QVERIFY2(error.contains("unknown extension 'docx'"), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestComparisonFiles)
#include "tst_comparisonfiles.moc"
