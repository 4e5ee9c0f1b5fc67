#include "NetreadyProcess.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

// Starts the real netready executable and checks what a user sees on the terminal.
class TestCliSmoke final : public QObject
{
    Q_OBJECT

private:
    using Outcome = NetreadyProcess::Outcome;

    static Outcome run(const QStringList& arguments) { return NetreadyProcess::run(arguments); }

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("NETREADY_BINARY"), "NETREADY_BINARY not set"); }

    void version()
    {
        const Outcome outcome = run({QStringLiteral("--version")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.outText(), QStringLiteral("netready " NETREADY_VERSION "\n"));
    }

    void helpListsEveryOption()
    {
        const Outcome outcome = run({QStringLiteral("--help")});
        QCOMPARE(outcome.exitCode, 0);
        for (const char* option : {"--cli", "--cloud", "--features", "--catalog", "--extra-catalog", "--connect-to",
                 "--proxy", "--no-proxy", "--ca-file", "--timeout", "--jobs", "--format", "--report",
                 "--list-endpoints", "--dataverse-url", "--servicebus-namespace", "--region", "--list-regions",
                 "--check-chain-revocation", "--lang", "--version", "--help"})
            QVERIFY2(outcome.outText().contains(QLatin1String(option)), option);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown option") << QStringList {"--frobnicate"} << "frobnicate";
        QTest::addRow("unknown cloud") << QStringList {"--cli", "--cloud", "mars"} << "unknown cloud 'mars'";
        QTest::addRow("unknown feature") << QStringList {"--cli", "--features", "desktop,teleport"}
                                         << "unknown feature 'teleport'";
        QTest::addRow("bad timeout") << QStringList {"--cli", "--timeout", "0"} << "--timeout: '0'";
        QTest::addRow("bad jobs") << QStringList {"--cli", "--jobs", "many"} << "--jobs: 'many'";
        QTest::addRow("bad proxy") << QStringList {"--cli", "--proxy", "ftp://x:1"} << "--proxy";
        QTest::addRow("bad proxy-as") << QStringList {"--cli", "--proxy-as", "robot"}
                                      << "--proxy-as: 'robot' is neither 'service' nor 'me'";
        QTest::addRow("proxy and no-proxy")
            << QStringList {"--cli", "--proxy", "http://127.0.0.1:1", "--no-proxy"} << "exclude each other";
        QTest::addRow("bad connect-to") << QStringList {"--cli", "--connect-to", "a:b"} << "--connect-to 'a:b'";
        QTest::addRow("missing ca file") << QStringList {"--cli", "--ca-file", "/nonexistent/ca.pem"}
                                         << "does not exist";
        QTest::addRow("stray argument") << QStringList {"--cli", "extra"} << "unexpected argument 'extra'";
        QTest::addRow("label without value")
            << QStringList {"--cli", "--label", "site"} << "--label: 'site' is not KEY=VALUE";
        QTest::addRow("label with a bad key")
            << QStringList {"--cli", "--label", "my site=x"} << "--label: 'my site=x' is not KEY=VALUE";
        QTest::addRow("label twice") << QStringList {"--cli", "--label", "site=a", "--label", "site=b"}
                                     << "--label: 'site' is given more than once";
        QTest::addRow("compare one report") << QStringList {"--compare", "a.json"} << "--compare needs two reports";
        QTest::addRow("compare three reports")
            << QStringList {"--compare", "a.json", "b.json", "c.json"} << "--compare needs two reports";
        QTest::addRow("summarize nothing") << QStringList {"--summarize"} << "--summarize needs report files";
        QTest::addRow("unknown region, with the valid ones")
            << QStringList {"--cli", "--region", "Atlantis"}
            << "--region: unknown region 'Atlantis' (expected one of: Asia, Australia, Canada, Europe, France";
        QTest::addRow("region in the gcc cloud")
            << QStringList {"--cli", "--cloud", "gcc", "--region", "Europe"}
            << "--region: Microsoft's list of namespaces by region is for the public cloud's desktop flows runtime";
        QTest::addRow("region in the china cloud, cloud given after")
            << QStringList {"--cli", "--region", "europe", "--cloud", "china"} << "for the china cloud give";
        QTest::addRow("unknown language, with the valid ones") << QStringList {"--lang", "xx",
            "--help"} << "--lang: 'xx' is not a language of Netready; use one of en, de, fr, es, ja, zh_CN";
        QTest::addRow("traditional Chinese") << QStringList {"--cli", "--lang", "zh-TW"} << "--lang: 'zh-TW'";
        QTest::addRow("compare and summarize")
            << QStringList {"--compare", "--summarize", "a", "b"} << "--compare and --summarize exclude each other";
    }

    // Every region of the shipped list, with its count, and how to use one.
    void listRegions()
    {
        const Outcome outcome = run({QStringLiteral("--list-regions")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.errText()));
        const QString text = outcome.outText();
        QVERIFY2(text.contains(QStringLiteral("page of 2025-02-11")), qPrintable(text));
        for (const char* row : {"\\n  United States +148  \\(12 preview\\)\\n", "\\n  Sweden +  1\\n",
                 "\\n  Europe +90  \\(2 preview\\)\\n", "\\n  South Africa +  3\\n"})
            QVERIFY2(text.contains(QRegularExpression(QLatin1String(row))), row);
        const QRegularExpression rowPattern(
            QStringLiteral("^  \\S.*\\S +\\d+(  \\(\\d+ preview\\))?$"), QRegularExpression::MultilineOption);
        auto rows = rowPattern.globalMatch(text);
        int count = 0;
        while (rows.hasNext() && count < 100) {
            rows.next();
            ++count;
        }
        QCOMPARE(count, 18);
        QVERIFY(text.contains(QStringLiteral("--region NAME")));
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.errText().contains(message), qPrintable(outcome.errText()));
        QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.outText()));
    }

    // --lang takes a language's code in the usual spellings; the help follows it.
    void languageSpellings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected"); // a line of the help in that language
        const QString english = "Language of the wizard";
        const QString german = "Sprache des Assistenten";
        QTest::addRow("en") << "en" << english;
        QTest::addRow("de") << "de" << german;
        QTest::addRow("DE") << "DE" << german;
        QTest::addRow("de_DE") << "de_DE" << german;
        QTest::addRow("de-AT") << "de-AT" << german;
        for (const char* code : {"fr", "fr-FR", "es", "es_MX", "ja", "ja_JP", "zh_CN", "zh-CN", "zh_cn", "zh"})
            QTest::addRow("%s", code) << code << QString();
    }

    void languageSpellings()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const Outcome outcome = run({"--lang", code, "--help"});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.errText()));
        QVERIFY(outcome.outText().contains("--lang"));
        if (!expected.isEmpty())
            QVERIFY2(outcome.outText().contains(expected), qPrintable(outcome.outText()));
    }

    void withoutDisplayNoAbort_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << QStringList {QStringLiteral("--some-typo")} << QStringLiteral("some-typo");
        QTest::newRow("wizard") << QStringList {} << QStringLiteral("--cli");
    }

    // Over ssh or from a service there is no display: a message and exit 2, never Qt's abort.
    void withoutDisplayNoAbort()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows always has its window system");
#endif
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        const Outcome outcome = NetreadyProcess::run(arguments, environment);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.errText().contains(message), qPrintable(outcome.errText()));
        QVERIFY2(outcome.errText().contains(QStringLiteral("netready --help")), qPrintable(outcome.errText()));
        QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCliSmoke)
#include "tst_cli_smoke.moc"
