#include "SampleReport.h"
#include "reports/HtmlReportWriter.h"
#include "reports/ReportHtml.h"

#include <QBuffer>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

namespace {
// What a parse of the page found: the text of each element class, rows of the check tables, attributes.
struct ParsedPage
{
    QString error;
    QStringList elements;
    QList<std::pair<QString, QString>> attributes; // name, value
    QString text; // all text content, decoded
    QString style;
    QString summaryText; // inside div.summary
    QList<QStringList> rows; // per <tr> in tbody: status class, then each cell's text
    QStringList rowStatus;
};

ParsedPage parse(const QByteArray& html)
{
    ParsedPage page;
    QXmlStreamReader xml(html);
    int summaryDepth = -1;
    int depth = 0;
    bool inBody = false;
    bool inStyle = false;
    QStringList row;
    QString cell;
    bool inCell = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            page.elements << name;
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                page.attributes << std::pair {attribute.name().toString(), attribute.value().toString()};
            const QString cls = xml.attributes().value("class").toString();
            if (name == "div" && cls == "summary")
                summaryDepth = depth;
            if (name == "tbody")
                inBody = true;
            if (inBody && name == "tr")
                row.clear();
            if (inBody && name == "td") {
                if (row.isEmpty())
                    page.rowStatus << cls;
                inCell = true;
                cell.clear();
            }
            if (name == "style")
                inStyle = true;
            if (name == "br" && inCell)
                cell += '\n';
        } else if (xml.isEndElement()) {
            const QString name = xml.name().toString();
            if (depth == summaryDepth)
                summaryDepth = -1;
            --depth;
            if (name == "tbody")
                inBody = false;
            if (inBody && name == "td") {
                row << cell;
                inCell = false;
            }
            if (inBody && name == "tr")
                page.rows << row;
            if (name == "style")
                inStyle = false;
        } else if (xml.isCharacters()) {
            const QString text = xml.text().toString();
            if (inStyle) {
                page.style += text;
                continue;
            }
            page.text += text;
            if (summaryDepth >= 0)
                page.summaryText += text;
            if (inCell)
                cell += text;
        }
    }
    if (xml.hasError())
        page.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return page;
}

QByteArray written(const RunReport& report)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!HtmlReportWriter().write(report, &buffer, &error))
        qWarning() << error;
    return data;
}
} // namespace

// The HTML report is opened on other people's computers: it must be well-formed, self-contained, free of
// anything active, and still say everything the run found, worst first.
class TestHtmlReportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void isWellFormedAndSelfContained_data()
    {
        QTest::addColumn<RunReport>("report");
        QTest::addRow("mixed") << SampleReport::mixed();
        QTest::addRow("all passed") << SampleReport::allPassed();
        QTest::addRow("large") << SampleReport::large(50);
        QTest::addRow("with a region") << SampleReport::withRegion();
    }

    void isWellFormedAndSelfContained()
    {
        QFETCH(RunReport, report);
        const QByteArray html = written(report);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        const ParsedPage page = parse(html);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(page.elements.contains("table"));
        for (const char* forbidden : {"script", "img", "iframe", "object", "embed", "link", "a", "form"})
            QVERIFY2(!page.elements.contains(QString::fromLatin1(forbidden)), forbidden);
        for (const auto& [name, value] : page.attributes) {
            QVERIFY2(name != "src" && name != "href" && !name.startsWith("on"), qPrintable(name));
            QVERIFY2(!value.contains("http:") && !value.contains("https:"), qPrintable(value));
        }
        QVERIFY(!page.style.contains("url("));
        QVERIFY(!page.style.contains("@import"));
        QVERIFY(!html.toLower().contains("<script"));
    }

    // A run with a region lists the region's namespaces, each with its checks' results; preview ones are marked.
    void regionNamespacesAreListedWithTheirResults()
    {
        const QString html = QString::fromUtf8(written(SampleReport::withRegion()));
        const qsizetype start = html.indexOf("Service Bus namespaces of the region Europe");
        QVERIFY(start > 0);
        const QString section = html.mid(start, html.indexOf("</table>", start) - start);
        const QStringList rows = section.split("<tr>");
        const auto rowOf = [&](const QString& host) {
            const QString label = host.section('.', 0, 0);
            const auto it
                = std::find_if(rows.cbegin(), rows.cend(), [&](const QString& row) { return row.contains(label); });
            return it == rows.cend() ? QString() : *it;
        };
        const QString regular = rowOf(SampleReport::relayHost);
        QVERIFY2(regular.count("Pass") == 2 && !regular.contains("Fail") && !regular.contains("preview"),
            qPrintable(regular));
        QVERIFY2(regular.contains("https on port 443") && regular.contains("wss on port 443"), qPrintable(regular));
        const QString preview = rowOf(SampleReport::previewRelayHost);
        QVERIFY2(
            preview.contains("preview") && preview.contains("Fail") && preview.contains("Pass"), qPrintable(preview));
        QCOMPARE(rows.size(), 4); // the part before the header, the header, two namespaces

        QVERIFY(!QString::fromUtf8(written(SampleReport::mixed())).contains("Service Bus namespaces of the region"));
    }

    void hostileTextAppearsOnlyEscaped()
    {
        const QByteArray html = written(SampleReport::mixed());
        const ParsedPage page = parse(html);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(page.text.contains(SampleReport::hostilePurpose));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
        QVERIFY(html.contains("&lt;img src=&quot;http://evil.example/x.png&quot; onerror=&quot;alert(2)&quot;&gt;"));
        QVERIFY(page.text.contains("Server said: </li></ul><script>alert(3)</script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains('\x01'));
        QVERIFY(page.text.contains(QChar(QChar::ReplacementCharacter)));
    }

    void headerStatesTheCatalogDate()
    {
        const ParsedPage page = parse(written(SampleReport::mixed()));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(page.text.contains("Catalog date"));
        QVERIFY(page.text.contains("2026-11-01"));
        RunReport undated = SampleReport::mixed();
        undated.settings.catalogDate.clear();
        QVERIFY(!parse(written(undated)).text.contains("Catalog date"));
    }

    // Dates and times follow the chosen language's conventions (the default locale), with a four-digit year; the
    // page says its language.
    void timesFollowTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("started");
        QTest::addColumn<QString>("lang");
        QTest::addRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << "11/26/2026 9:30:00 AM UTC"
                            << "en";
        QTest::addRow("de") << QLocale(QLocale::German, QLocale::Germany) << "26.11.2026 09:30:00 UTC"
                            << "de";
        QTest::addRow("fr") << QLocale(QLocale::French, QLocale::France) << "26/11/2026 09:30:00 UTC"
                            << "fr";
        QTest::addRow("ja") << QLocale(QLocale::Japanese, QLocale::Japan) << "2026/11/26 9時30分00秒 UTC"
                            << "ja";
    }

    void timesFollowTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, started);
        QFETCH(QString, lang);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        const QString html = QString::fromUtf8(written(SampleReport::mixed()));
        const ParsedPage page = parse(html.toUtf8());
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY2(page.text.contains(started), qPrintable(page.text.left(600)));
        QVERIFY2(html.contains("<html lang=\"" + lang + "\""), qPrintable(html.left(200)));
    }

    void summaryIsStickyAndStatesTheVerdict_data()
    {
        QTest::addColumn<RunReport>("report");
        QTest::addColumn<QString>("verdict");
        QTest::addRow("not ready") << SampleReport::mixed() << "NOT READY";
        QTest::addRow("ready") << SampleReport::allPassed() << "READY";
    }

    void summaryIsStickyAndStatesTheVerdict()
    {
        QFETCH(RunReport, report);
        QFETCH(QString, verdict);
        const ParsedPage page = parse(written(report));
        QVERIFY(page.summaryText.contains(verdict));
        QVERIFY(page.summaryText.contains(QString::number(report.summary().total) + " check"));
        QVERIFY(QRegularExpression("div\\.summary\\s*\\{[^}]*position:\\s*sticky").match(page.style).hasMatch());
    }

    // Status is colour and text: a class that colours the cell, and the word itself.
    void statusHasColourAndText_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("label");
        QTest::addRow("pass") << "mscrl.microsoft.com"
                              << "pass"
                              << "Pass";
        QTest::addRow("warn") << "make.powerautomate.com"
                              << "warn"
                              << "Warning";
        QTest::addRow("fail") << "contoso-relay.servicebus.windows.net"
                              << "fail"
                              << "Fail";
        QTest::addRow("skipped") << "{dataverse}"
                                 << "skipped"
                                 << "Skipped";
    }

    void statusHasColourAndText()
    {
        QFETCH(QString, host);
        QFETCH(QString, cls);
        QFETCH(QString, label);
        const ParsedPage page = parse(written(SampleReport::mixed()));
        bool found = false;
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            if (!page.rows[i].value(1).startsWith(host))
                continue;
            found = true;
            QCOMPARE(page.rowStatus[i], cls);
            QVERIFY2(page.rows[i][0].contains(label), qPrintable(page.rows[i][0]));
        }
        QVERIFY(found);
        QVERIFY(QRegularExpression("td\\." + cls + "[^{]*\\{[^}]*background-color").match(page.style).hasMatch());
    }

    void rowsAreWorstFirst()
    {
        const ParsedPage page = parse(written(SampleReport::large(40)));
        const QStringList order = {"fail", "warn", "skipped", "pass"};
        QVERIFY(page.rowStatus.size() == 40);
        // Each table restarts at fail; within a table the order never goes back.
        int previous = -1;
        int tables = 1;
        for (const QString& status : page.rowStatus) {
            const int rank = int(order.indexOf(status));
            QVERIFY(rank >= 0);
            if (rank < previous)
                ++tables;
            previous = rank;
        }
        QCOMPARE(tables, 2); // cloud flows and desktop
    }

    void everyProblemHasItsRemedyAndEvidence()
    {
        const RunReport report = SampleReport::mixed();
        const ParsedPage page = parse(written(report));
        for (const CheckResult& check : report.checks) {
            if (check.status() == CheckStatus::Pass)
                continue;
            QVERIFY2(page.text.contains(check.remedy), qPrintable(check.id));
        }
        QVERIFY(page.text.contains("Proxy-Authenticate: Basic realm=\"corp\""));
        QVERIFY(page.text.contains("Issued by: CN=Corp Inspection CA"));
        QVERIFY(page.text.contains("Phase tcp: failed after 10.0 s: timed out"));
        QVERIFY(page.text.contains("retired"));
        QVERIFY(page.text.contains("AzureConnectors"));
        QVERIFY(page.text.contains("blocked.example.com resolves only to 0.0.0.0"));
        QVERIFY(page.text.contains("helpdesk-pc-17"));
        QVERIFY(page.text.contains("http://proxy.corp.example:3128"));
        QVERIFY(page.text.contains("/etc/netready/extra-hosts.json"));
    }

    // The PDF prints the same document through QTextDocument: the hostile text must stay text there too.
    void printMediumStaysTextInQTextDocument()
    {
        QTextDocument document;
        document.setHtml(ReportHtml::build(SampleReport::mixed(), ReportHtml::Medium::Print));
        const QString text = document.toPlainText().remove(QChar(0x200B));
        QVERIFY(text.contains(SampleReport::hostilePurpose));
        QVERIFY(text.contains("NOT READY"));
        QVERIFY(text.contains(SampleReport::longHost));
        QVERIFY(!text.contains("position: sticky"));
    }
};

QTEST_MAIN(TestHtmlReportWriter)
#include "tst_htmlreportwriter.moc"
