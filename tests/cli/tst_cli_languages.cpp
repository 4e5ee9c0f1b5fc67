#include "LanguageRunFixture.h"
#include "NetreadyProcess.h"
#include "ProcessFixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// `netready --cli --lang CODE`: the text report on stdout speaks the language chosen, its diagnosis titles and
// its verdict included.
class TestCliLanguages final : public QObject
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

    void textReportIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : LanguageRunFixture::languages())
            QTest::addRow("%s", qPrintable(language)) << language;
    }

    void textReportIsTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load("netready_" + language, NETREADY_QM_DIR), NETREADY_QM_DIR);
        const struct
        {
            const char* context;
            const char* source;
        } sources[] = {{"Diagnoses", "Connection refused"}, {"RunSummary", "NOT READY"}};
        QStringList expected;
        for (const auto& source : sources) {
            const QString text = translator.translate(source.context, source.source);
            QVERIFY2(!text.isEmpty() && text != QLatin1String(source.source),
                qPrintable(QString("'%1' is not translated into %2").arg(QLatin1String(source.source), language)));
            expected << text;
        }

        const quint16 closedPort = ProcessFixture::freeTcpPort();
        QVERIFY(closedPort != 0);
        const NetreadyProcess::Outcome outcome
            = NetreadyProcess::run(LanguageRunFixture::arguments(language, m_catalog, closedPort));
        QVERIFY2(outcome.exitCode == 1,
            qPrintable(QString("exit code %1:\n%2").arg(outcome.exitCode).arg(outcome.errText())));
        const QString out = outcome.outText();
        for (const QString& text : std::as_const(expected))
            QVERIFY2(out.contains(text), qPrintable(QString("'%1' missing from:\n%2").arg(text, out)));
        // The English words are gone too: the title and the verdict are not printed twice.
        QVERIFY2(!out.contains(QLatin1String("Connection refused")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("NOT READY")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "tst_cli_languages.moc"
