#include "CannedHttpServer.h"
#include "engine/PacEvaluator.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

// A proxy auto-config script downloaded from a loopback web server and asked on the evaluator's own thread:
// Qt's JavaScript engine on Linux, WinHTTP's on Windows (this test runs under Wine too). What each engine
// answers, and that a broken script ends in a diagnosis rather than a hang.
class tst_PacEvaluator : public QObject
{
    Q_OBJECT

private:
    // Asks the evaluator and waits (bounded) for its answer, keeping this thread's loop running for the server.
    static PacDecision ask(PacEvaluator& evaluator, const QString& url, const QString& host)
    {
        QMutex mutex;
        std::optional<PacDecision> answer;
        evaluator.evaluate(url, host, [&](const PacDecision& decision) {
            QMutexLocker lock(&mutex);
            answer = decision;
        });
        const auto done = [&] {
            QMutexLocker lock(&mutex);
            return answer.has_value();
        };
        if (!QTest::qWaitFor(done, 30000)) {
            PacDecision none;
            none.error = QStringLiteral("no answer within 30 s");
            return none;
        }
        QMutexLocker lock(&mutex);
        return *answer;
    }

    static QStringList routes(const PacDecision& decision)
    {
        QStringList shown;
        for (const PacRoute& route : decision.routes)
            shown << route.display();
        return shown;
    }

private slots:
    void routesByDomain()
    {
        CannedHttpServer web;
        QVERIFY(web.listen());
        web.setResponse(QStringLiteral("/proxy.pac"), 200,
            "function FindProxyForURL(url, host) {\n"
            "  if (dnsDomainIs(host, \".corp.test\") || isPlainHostName(host)) return \"DIRECT\";\n"
            "  if (shExpMatch(host, \"*.powerautomate.test\")) return \"PROXY 127.0.0.1:3128; PROXY 127.0.0.1:3129\";\n"
            "  return \"PROXY 127.0.0.1:8080; DIRECT\";\n}\n",
            "application/x-ns-proxy-autoconfig");
        PacEvaluator evaluator(web.url(QStringLiteral("/proxy.pac")), 4000);

        PacDecision decision
            = ask(evaluator, QStringLiteral("https://intranet.corp.test/"), QStringLiteral("intranet.corp.test"));
        QVERIFY2(decision.error.isEmpty(), qPrintable(decision.error));
        QCOMPARE(routes(decision), QStringList {"DIRECT"});

        decision = ask(
            evaluator, QStringLiteral("https://make.powerautomate.test/"), QStringLiteral("make.powerautomate.test"));
        QVERIFY2(decision.error.isEmpty(), qPrintable(decision.error));
#ifdef Q_OS_WIN
        // Wine's WinHTTP hands back only the first proxy of an answer; Windows' own, all of them.
        QVERIFY(!routes(decision).isEmpty());
        QCOMPARE(routes(decision).constFirst(), QStringLiteral("PROXY 127.0.0.1:3128"));
#else
        QCOMPARE(routes(decision), QStringList({"PROXY 127.0.0.1:3128", "PROXY 127.0.0.1:3129"}));
#endif

        decision = ask(evaluator, QStringLiteral("https://other.test/"), QStringLiteral("other.test"));
#ifdef Q_OS_WIN
        QCOMPARE(routes(decision).value(0), QStringLiteral("PROXY 127.0.0.1:8080"));
#else
        QCOMPARE(routes(decision), QStringList({"PROXY 127.0.0.1:8080", "DIRECT"}));
#endif
        QVERIFY(!decision.returned.isEmpty());
    }

    void brokenScriptIsDiagnosed_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("detail"); // what Qt's engine says; WinHTTP says less
        QTest::addRow("syntax error") << QByteArray("function FindProxyForURL(url, host) {\n return \"DIRECT\";\n}}\n")
                                      << "SyntaxError";
        QTest::addRow("throws") << QByteArray("function FindProxyForURL(url, host) { throw new Error(\"no rule\"); }")
                                << "no rule";
    }
    void brokenScriptIsDiagnosed()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, detail);
        CannedHttpServer web;
        QVERIFY(web.listen());
        web.setResponse(QStringLiteral("/proxy.pac"), 200, script, "application/x-ns-proxy-autoconfig");
        PacEvaluator evaluator(web.url(QStringLiteral("/proxy.pac")), 4000);
        const PacDecision decision = ask(evaluator, QStringLiteral("https://a.test/"), QStringLiteral("a.test"));
        QVERIFY(!decision.error.isEmpty());
        QVERIFY2(!decision.error.startsWith(QStringLiteral("no answer")), qPrintable(decision.error));
        QVERIFY(decision.routes.isEmpty());
#ifndef Q_OS_WIN
        QVERIFY2(decision.error.contains(detail), qPrintable(decision.error));
#else
        Q_UNUSED(detail)
#endif
    }

    // A script in a file (`--pac C:\\corp\\proxy.pac`, a path or a file:// URL): read by Netready and run by
    // Qt's engine, or on Windows by jsproxy.dll, since WinHTTP reads scripts from http(s) URLs only.
    void localFileScript_data()
    {
        QTest::addColumn<bool>("asUrl");
        QTest::addRow("path") << false;
        QTest::addRow("file URL") << true;
    }
    void localFileScript()
    {
        QFETCH(bool, asUrl);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("proxy.pac"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("function FindProxyForURL(url, host) {\n"
                   "  if (dnsDomainIs(host, \".corp.test\") || isPlainHostName(host)) return \"DIRECT\";\n"
                   "  return \"PROXY 127.0.0.1:8080; PROXY 127.0.0.1:8081; DIRECT\";\n}\n");
        file.close();
        // What ProxySetting makes of a path as the user types it, backslashes and all on Windows.
        const QUrl location = asUrl ? QUrl(QUrl::fromLocalFile(path).toString())
                                    : QUrl::fromLocalFile(QDir::fromNativeSeparators(QDir::toNativeSeparators(path)));
        QVERIFY(location.isLocalFile());
        PacEvaluator evaluator(location, 4000);

        PacDecision decision
            = ask(evaluator, QStringLiteral("https://intranet.corp.test/"), QStringLiteral("intranet.corp.test"));
        QVERIFY2(decision.error.isEmpty(), qPrintable(decision.error));
        QCOMPARE(routes(decision), QStringList {"DIRECT"});
        decision = ask(evaluator, QStringLiteral("https://other.test/"), QStringLiteral("other.test"));
        QVERIFY2(decision.error.isEmpty(), qPrintable(decision.error));
        QCOMPARE(routes(decision), QStringList({"PROXY 127.0.0.1:8080", "PROXY 127.0.0.1:8081", "DIRECT"}));
        QCOMPARE(decision.returned, QStringLiteral("PROXY 127.0.0.1:8080; PROXY 127.0.0.1:8081; DIRECT"));
    }

    void brokenLocalScriptIsDiagnosed_data()
    {
        brokenScriptIsDiagnosed_data();
    }
    void brokenLocalScriptIsDiagnosed()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("broken.pac")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script);
        file.close();
        PacEvaluator evaluator(QUrl::fromLocalFile(file.fileName()), 4000);
        const PacDecision decision = ask(evaluator, QStringLiteral("https://a.test/"), QStringLiteral("a.test"));
        QVERIFY(!decision.error.isEmpty());
        QVERIFY2(!decision.error.startsWith(QStringLiteral("no answer")), qPrintable(decision.error));
        QVERIFY(decision.routes.isEmpty());
#ifndef Q_OS_WIN
        QVERIFY2(decision.error.contains(detail), qPrintable(decision.error));
#else
        Q_UNUSED(detail)
#endif
    }

    void missingScriptIsDiagnosed()
    {
        CannedHttpServer web;
        QVERIFY(web.listen());
        PacEvaluator evaluator(web.url(QStringLiteral("/missing.pac")), 4000);
        const PacDecision decision = ask(evaluator, QStringLiteral("https://a.test/"), QStringLiteral("a.test"));
        QVERIFY2(decision.error.contains(QStringLiteral("could not be loaded")), qPrintable(decision.error));
    }
};

QTEST_GUILESS_MAIN(tst_PacEvaluator)
#include "tst_pacevaluator.moc"
