#include "FuzzEntries.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

// Replays every seed of tests/fuzz/corpus/<target>/ and every input that once crashed or hung a parser
// (tests/fuzz/regressions/<target>/) through the entry its fuzz target drives, built with the normal compiler:
// a parser that crashes, aborts or loops on one of them fails here, without libFuzzer.
class tst_FuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QString fuzzDir = qEnvironmentVariable("NETREADY_SOURCE_DIR") + QStringLiteral("/tests/fuzz");
        QVERIFY2(QDir(fuzzDir + QStringLiteral("/corpus")).exists(), qPrintable(fuzzDir));
        for (const FuzzEntries::Target& target : FuzzEntries::targets()) {
            int files = 0;
            for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
                QDirIterator it(fuzzDir + QLatin1Char('/') + kind + QLatin1Char('/') + target.name, QDir::Files,
                    QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString path = it.next();
                    QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(target.name), qPrintable(it.fileName()))
                        << target.name << path;
                    ++files;
                }
            }
            QVERIFY2(files > 0, qPrintable(QStringLiteral("no seeds for ") + target.name));
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const FuzzEntries::Entry entry = FuzzEntries::find(target);
        QVERIFY(entry);
        entry(file.readAll()); // a crash or an endless loop fails the test; anything that returns passes
    }

    void everyTargetHasADirectory()
    {
        const QString fuzzDir = qEnvironmentVariable("NETREADY_SOURCE_DIR") + QStringLiteral("/tests/fuzz/corpus");
        for (const FuzzEntries::Target& target : FuzzEntries::targets())
            QVERIFY2(QDir(fuzzDir).exists(target.name), qPrintable(target.name));
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
