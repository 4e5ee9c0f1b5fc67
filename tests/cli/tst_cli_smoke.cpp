#include "NetreadyProcess.h"

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
        for (const char* option :
            {"--cli", "--cloud", "--features", "--catalog", "--extra-catalog", "--connect-to", "--proxy", "--no-proxy",
                "--ca-file", "--timeout", "--jobs", "--format", "--report", "--list-endpoints", "--dataverse-url",
                "--servicebus-namespace", "--check-chain-revocation", "--version", "--help"})
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
        QTest::addRow("compare and summarize")
            << QStringList {"--compare", "--summarize", "a", "b"} << "--compare and --summarize exclude each other";
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
};

QTEST_GUILESS_MAIN(TestCliSmoke)
#include "tst_cli_smoke.moc"
