#include "SampleReport.h"
#include "reports/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/resource.h>
#endif

namespace {
QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
}

#ifndef Q_OS_WIN
// Limits the size of files this process may write, so the next large write fails as on a full disk.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};
#endif
} // namespace

// --report files are checked before any check runs and written so that each is complete or untouched.
class TestReportFiles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validate_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message"); // part of the error
        const QString dir = m_dir.path();
        QDir(dir).mkdir("sub");
        writeFile(dir + "/existing.json", "{}");
        QTest::addRow("every format") << QStringList {dir + "/r.html", dir + "/r.htm", dir + "/r.PDF", dir + "/r.json",
            dir + "/r.csv", dir + "/r.xml", dir + "/existing.json"}
                                      << true << "";
        QTest::addRow("none") << QStringList() << true << "";
        QTest::addRow("unknown extension") << QStringList {dir + "/r.docx"} << false << "r.docx': unknown extension";
        QTest::addRow("no extension") << QStringList {dir + "/report"} << false << "unknown extension";
        QTest::addRow("missing directory") << QStringList {dir + "/missing/r.html"} << false << "r.html': directory";
        QTest::addRow("unwritable directory") << QStringList {"/proc/r.html"} << false << "cannot write";
        QTest::addRow("duplicate") << QStringList {dir + "/a.json", dir + "/sub/../a.json"} << false
                                   << "more than once";
        QDir(dir).mkdir("folder.html");
        QTest::addRow("is a directory") << QStringList {dir + "/folder.html"} << false << "is a directory";
        QTest::addRow("empty name") << QStringList {""} << false << "empty";
    }

    void validate()
    {
        QFETCH(QStringList, paths);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        QString error;
        QCOMPARE(ReportFiles::validate(paths, &error), valid);
        if (!valid)
            QVERIFY2(error.contains(message), qPrintable(error));
        // Validation leaves nothing behind.
        for (const QString& path : paths)
            QVERIFY(!QFileInfo(path).isFile() || path.endsWith("existing.json"));
        QCOMPARE(QDir(m_dir.path()).entryList({".netready-*"}, QDir::Files | QDir::Hidden).size(), 0);
    }

    // NETREADY_REPORT_SAMPLES_DIR keeps the files, to look at them.
    void writeAllWritesEveryFormat()
    {
        const QString dir = qEnvironmentVariable("NETREADY_REPORT_SAMPLES_DIR", m_dir.path());
        const QStringList paths
            = {dir + "/all.html", dir + "/all.pdf", dir + "/all.json", dir + "/all.csv", dir + "/all.xml"};
        QString error;
        QVERIFY2(ReportFiles::writeAll(SampleReport::mixed(), paths, &error), qPrintable(error));
        QVERIFY(contents(paths[0]).startsWith("<!DOCTYPE html>"));
        QVERIFY(contents(paths[1]).startsWith("%PDF-"));
        QVERIFY(contents(paths[2]).startsWith("{"));
        QVERIFY(contents(paths[3]).startsWith("\xEF\xBB\xBFid,"));
        QVERIFY(contents(paths[4]).startsWith("<?xml"));
    }

    void failedWriteLeavesTheOldFileIntact()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows has no per-process file size limit to make a write fail as on a full disk");
#else
        const QString path = m_dir.filePath("kept.html");
        writeFile(path, "previous report");
        QString error;
        {
            const FileSizeLimit limit(4096);
            QVERIFY(limit.isActive());
            QVERIFY(!ReportFiles::writeAll(SampleReport::large(100), {path}, &error));
        }
        QVERIFY2(error.contains("kept.html"), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("previous report"));
        const QStringList left = QDir(m_dir.path()).entryList({"kept.html*"}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList {"kept.html"});
#endif
    }

    void writeAllGoesOnAfterAFailure()
    {
        const QString good = m_dir.filePath("good.json");
        QString error;
        QVERIFY(!ReportFiles::writeAll(SampleReport::allPassed(), {"/proc/bad.json", good}, &error));
        QVERIFY(error.contains("/proc/bad.json"));
        QVERIFY(contents(good).startsWith("{"));
    }
};

QTEST_MAIN(TestReportFiles)
#include "tst_reportfiles.moc"
