#include "NetreadyProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Fleet tools run `netready --cli` as a service account: no home directory (or one it cannot write), no
// display, no session. The run must still work, stay quiet on stderr and write nothing but its reports.
class TestCliServiceAccount final : public QObject
{
    Q_OBJECT

private:
    // Every file below a folder, relative to it: what a run left there.
    static QStringList filesBelow(const QString& folder)
    {
        QStringList files;
        QDir dir(folder);
        for (const QString& entry : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString path = dir.filePath(entry);
            files << entry;
            if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink()) {
                for (const QString& inner : filesBelow(path))
                    files << entry + QLatin1Char('/') + inner;
            }
        }
        files.sort();
        return files;
    }

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("NETREADY_BINARY"), "NETREADY_BINARY not set"); }

    void runsWithoutHomeOrDisplay_data()
    {
        QTest::addColumn<bool>("homeSet");
        QTest::addColumn<bool>("loopbackRun"); // else --list-endpoints
        QTest::addRow("no HOME, list endpoints") << false << false;
        QTest::addRow("no HOME, loopback run with reports") << false << true;
        QTest::addRow("unwritable HOME, list endpoints") << true << false;
        QTest::addRow("unwritable HOME, loopback run with reports") << true << true;
    }

    void runsWithoutHomeOrDisplay()
    {
        QFETCH(bool, homeSet);
        QFETCH(bool, loopbackRun);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString home = scratch.filePath(QStringLiteral("home"));
        const QString work = scratch.filePath(QStringLiteral("work")); // the working directory
        const QString reports = scratch.filePath(QStringLiteral("reports"));
        for (const QString& folder : {home, work, reports})
            QVERIFY(QDir().mkpath(folder));
        // Read-only, as a service account's home often is (root ignores modes, so the contents are checked too).
        QVERIFY(QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        // What a service gets: a bare environment. XDG folders, when set, point into the home.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        // A sanitizer build's options (its suppressions) belong to the build, not to what a service sees; so does
        // the ThreadSanitizer build's library path (its QtCore built with ThreadSanitizer, docs/testing.md).
        for (const char* name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS", "LD_LIBRARY_PATH"}) {
            if (qEnvironmentVariableIsSet(name))
                environment.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
        }
        if (homeSet) {
            environment.insert(QStringLiteral("HOME"), home);
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
            environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        }

        QStringList arguments {QStringLiteral("--cli")};
        QTcpServer server;
        QList<QTcpSocket*> accepted;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                accepted << socket;
        });
        QStringList expectedReports;
        if (loopbackRun) {
            QVERIFY(server.listen(QHostAddress::LocalHost));
            const QString catalog = scratch.filePath(QStringLiteral("catalog.json"));
            QFile catalogFile(catalog);
            QVERIFY(catalogFile.open(QIODevice::WriteOnly));
            catalogFile.write(
                QStringLiteral("{\"schemaVersion\":1,\"title\":\"service\",\"endpoints\":[{\"id\":\"local\","
                               "\"host\":\"localhost\",\"port\":%1,\"protocol\":\"tcp\",\"clouds\":"
                               "[\"public\"],\"features\":[\"desktop\"],\"purpose\":\"test\","
                               "\"source\":\"test\"}]}")
                    .arg(server.serverPort())
                    .toUtf8());
            catalogFile.close();
            arguments << QStringLiteral("--catalog") << catalog << QStringLiteral("--no-proxy");
            expectedReports = {QStringLiteral("run.html"), QStringLiteral("run.json"), QStringLiteral("run.pdf")};
            for (const QString& report : std::as_const(expectedReports))
                arguments << QStringLiteral("--report") << QDir(reports).filePath(report);
        } else {
            arguments << QStringLiteral("--list-endpoints") << QStringLiteral("--cloud") << QStringLiteral("public");
        }

        const NetreadyProcess::Outcome outcome = NetreadyProcess::run(arguments, environment, 60000, work);
        qDeleteAll(accepted);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.errText()));
        QVERIFY(!outcome.out.isEmpty());
        QCOMPARE(filesBelow(reports), expectedReports);
        QCOMPARE(filesBelow(home), QStringList());
        QCOMPARE(filesBelow(work), QStringList());
        QVERIFY(QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
};

QTEST_GUILESS_MAIN(TestCliServiceAccount)
#include "tst_cli_service_account.moc"
