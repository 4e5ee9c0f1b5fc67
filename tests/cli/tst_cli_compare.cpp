#include "LoopbackTlsServer.h"
#include "NetreadyProcess.h"
#include "ProcessFixture.h"
#include "ReportSchema.h"
#include "SquidFixture.h"
#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {
// One catalog endpoint of a run, and where --connect-to sends it (empty: through the proxy).
struct Endpoint
{
    QString id;
    QString host;
    int port = 443;
    QString target;
};

// How one run is made: its endpoints, and a proxy or not.
struct Run
{
    QList<Endpoint> endpoints;
    bool throughProxy = false;
};

using Outcome = NetreadyProcess::Outcome;
} // namespace

Q_DECLARE_METATYPE(Run)

// `netready --compare` and `--summarize` end to end, on reports the real executable wrote against loopback
// servers this test starts: a port opened between two runs, TLS inspection switched on, a catalog with an extra
// endpoint, a proxy added. Each category, the exit codes, every output file, and bad input.
// Runs inside a private network namespace (see run-in-private-network.sh); only 127.0.0.1 is contacted.
class TestCliCompare final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_ca;
    std::unique_ptr<TestPki> m_inspectionCa;
    std::unique_ptr<LoopbackTlsServer> m_good;
    std::unique_ptr<LoopbackTlsServer> m_inspected; // good.test, signed by the inspection CA
    std::unique_ptr<LoopbackTlsServer> m_late; // listens on m_latePort only for "after" runs
    std::unique_ptr<SquidFixture> m_squid;
    quint16 m_latePort = 0;
    QString m_caBundle;
    QString m_runtimeDir;
    int m_runs = 0;

    static QString at(quint16 port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

    static bool writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.value("XDG_RUNTIME_DIR").isEmpty())
            env.insert("XDG_RUNTIME_DIR", m_runtimeDir);
        return env;
    }

    Outcome netready(const QStringList& arguments) const
    {
        return NetreadyProcess::run(arguments, environment(), 60000);
    }

    static QString describe(const Outcome& outcome)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(outcome.exitCode)
            .arg(outcome.outText().left(3000), outcome.errText().left(3000));
    }

    // Runs netready --cli for the endpoints and returns the path of its JSON report (empty on failure).
    QString report(const Run& run, const QString& name, const QStringList& extra = {})
    {
        QJsonArray endpoints;
        for (const Endpoint& endpoint : run.endpoints) {
            endpoints << QJsonObject {{"id", endpoint.id}, {"host", endpoint.host}, {"port", endpoint.port},
                {"protocol", "https"}, {"clouds", QJsonArray {"public"}}, {"features", QJsonArray {"desktop"}},
                {"purpose", "test endpoint"}, {"source", "tst_cli_compare"}};
        }
        const QJsonObject catalog {{"schemaVersion", 1}, {"title", "tst_cli_compare"},
            {"expectedRoots",
                QJsonArray {
                    QJsonObject {{"name", "Netready Test CA"}, {"sha256", QString::fromLatin1(m_ca->caSha256Hex())}}}},
            {"endpoints", endpoints}};
        const QString catalogPath = m_dir.filePath(QStringLiteral("catalog-%1.json").arg(++m_runs));
        if (!writeFile(catalogPath, QJsonDocument(catalog).toJson()))
            return {};
        QStringList arguments {"--cli", "--catalog", catalogPath, "--ca-file", m_caBundle, "--timeout", "3"};
        if (run.throughProxy)
            arguments << "--proxy" << m_squid->url();
        else
            arguments << "--no-proxy";
        for (const Endpoint& endpoint : run.endpoints) {
            if (!endpoint.target.isEmpty())
                arguments << "--connect-to"
                          << QStringLiteral("%1:%2:%3").arg(endpoint.host).arg(endpoint.port).arg(endpoint.target);
        }
        const QString path = m_dir.filePath(name);
        arguments << "--report" << path << extra;
        const Outcome outcome = netready(arguments);
        if (outcome.exitCode != 0 && outcome.exitCode != 1) {
            qWarning("%s", qPrintable(describe(outcome)));
            return {};
        }
        return path;
    }

    static QString squeezed(QString text)
    {
        text.remove(QChar(0x200B));
        text.remove('-');
        text.remove(QRegularExpression("\\s"));
        return text;
    }

    Run good() const { return {{{"api", "good.test", 443, at(m_good->serverPort())}}}; }

private slots:
    void initTestCase()
    {
        QVERIFY2(!NetreadyProcess::binary().isEmpty(), "NETREADY_BINARY not set");
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        if (interfaces.size() != 1 || !(interfaces.constFirst().flags() & QNetworkInterface::IsLoopBack))
            QSKIP("needs the private network namespace of run-in-private-network.sh (unshare as root)");
        QVERIFY(m_dir.isValid());
        m_runtimeDir = m_dir.filePath("runtime");
        QVERIFY(QDir().mkpath(m_runtimeDir));
        QVERIFY(QFile::setPermissions(m_runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        m_ca = std::make_unique<TestPki>(QStringLiteral("Netready Test CA"));
        m_inspectionCa = std::make_unique<TestPki>(QStringLiteral("Corp Inspection CA"));
        QVERIFY(m_ca->isValid() && m_inspectionCa->isValid());
        const TestPki::Leaf good = m_ca->issueLeaf("good", {"good.test", "*.good.test"});
        const TestPki::Leaf inspected = m_inspectionCa->issueLeaf("inspected", {"good.test", "*.good.test"});
        QVERIFY(!good.isNull() && !inspected.isNull());
        m_caBundle = m_dir.filePath("bundle.pem");
        QVERIFY(writeFile(m_caBundle, (m_ca->caCertPem() + m_inspectionCa->caCertPem()).toUtf8()));

        using B = LoopbackTlsServer::Behaviour;
        m_good = std::make_unique<LoopbackTlsServer>(B::TlsHttp);
        m_inspected = std::make_unique<LoopbackTlsServer>(B::TlsHttp);
        m_late = std::make_unique<LoopbackTlsServer>(B::TlsHttp);
        QVERIFY(m_good->setIdentity(good.certPath, good.keyPath) && m_late->setIdentity(good.certPath, good.keyPath));
        QVERIFY(m_inspected->setIdentity(inspected.certPath, inspected.keyPath));
        QVERIFY(m_good->listenOnLoopback() && m_inspected->listenOnLoopback());
        m_latePort = ProcessFixture::freeTcpPort();
        QVERIFY(m_latePort != 0);

        m_squid = std::make_unique<SquidFixture>();
        SquidFixture::Options options;
        options.hostNames = {"good.test"};
        QVERIFY2(m_squid->start(options), qPrintable(m_squid->errorString()));
    }

    void cleanup() { m_late->close(); }

    void categories_data()
    {
        QTest::addColumn<Run>("before");
        QTest::addColumn<Run>("after");
        QTest::addColumn<bool>("openLatePort"); // the late server listens for the "after" run
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");

        const Run late {{{"api", "good.test", 443, at(m_latePort)}}};
        QTest::addRow("port opened") << late << late << true << "Fixed: failed before, passes now (1)" << 0
                                     << "good.test:443 https failed before (Connection refused) and passes now";
        Run inspected = good();
        inspected.endpoints[0].target = at(m_inspected->serverPort());
        QTest::addRow("TLS inspection switched on")
            << good() << inspected << false << "Changed severity (1)" << 0
            << "changed from Pass (Reachable) to Warning (TLS inspection replaced the certificate)";
        Run extended = good();
        extended.endpoints << Endpoint {"extra", "extra.good.test", 443, at(m_latePort)};
        QTest::addRow("catalog with an extra endpoint")
            << good() << extended << false << "Only in the later report (1)" << 0
            << "extra.good.test:443 https is checked only in the later "
               "report: Fail (Connection refused)";
        Run proxied {{{"api", "good.test", m_good->serverPort(), {}}}, true};
        Run direct {{{"api", "good.test", m_good->serverPort(), at(m_good->serverPort())}}};
        QTest::addRow("proxy added") << direct << proxied << false << "The proxy differs: direct before" << 0
                                     << "Unchanged checks: 1.";
        QTest::addRow("port closed") << good() << late << false << "Broke: passed before, fails now (1)" << 1
                                     << "good.test:443 https passed before (Reachable) and fails now: Connection "
                                        "refused";
    }

    void categories()
    {
        QFETCH(Run, before);
        QFETCH(Run, after);
        QFETCH(bool, openLatePort);
        QFETCH(QString, category);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        const QString earlier = report(before, tag + "-before.json");
        QVERIFY(!earlier.isEmpty());
        if (openLatePort)
            QVERIFY(m_late->listen(QHostAddress::LocalHost, m_latePort));
        const QString later = report(after, tag + "-after.json");
        QVERIFY(!later.isEmpty());

        const QString outputs = m_dir.filePath(tag);
        QVERIFY(QDir().mkpath(outputs));
        QStringList arguments {"--compare", earlier, later};
        for (const QString& name : QStringList {"c.txt", "c.json", "c.html", "c.pdf"})
            arguments << "--report" << QDir(outputs).filePath(name);
        const Outcome outcome = netready(arguments);
        QVERIFY2(outcome.exitCode == exitCode, qPrintable(describe(outcome)));
        const QString text = outcome.outText();
        QVERIFY2(text.contains(category), qPrintable(text));
        QVERIFY2(text.contains(sentence), qPrintable(text));
        QCOMPARE(QString::fromUtf8(readFile(QDir(outputs).filePath("c.txt"))), text);
        QVERIFY2(text.endsWith(QString("Written by netready %1.\n").arg(NETREADY_VERSION)), qPrintable(text));

        QString messages;
        QVERIFY2(ReportSchema::validateFile(QDir(outputs).filePath("c.json"), &messages, "compare.schema.json"),
            qPrintable(messages));
        const QJsonObject json = QJsonDocument::fromJson(readFile(QDir(outputs).filePath("c.json"))).object();
        QCOMPARE(json.value("somethingBroke").toBool(), exitCode == 1);

        QXmlStreamReader xml(readFile(QDir(outputs).filePath("c.html")));
        QString htmlText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                htmlText += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(htmlText.contains(sentence), qPrintable(htmlText));

        QProcess pdftotext;
        pdftotext.start("pdftotext", {"-enc", "UTF-8", QDir(outputs).filePath("c.pdf"), "-"});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        QVERIFY(squeezed(QString::fromUtf8(pdftotext.readAllStandardOutput())).contains(squeezed(sentence)));
    }

    void badInputExitsTwoAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QString>("message");
        const QString valid = report(good(), "valid.json");
        QVERIFY(!valid.isEmpty());
        const QString foreign = m_dir.filePath("package.json");
        QVERIFY(writeFile(foreign, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}"));
        const QString future = m_dir.filePath("future.json");
        QVERIFY(writeFile(future, readFile(valid).replace("\"schemaVersion\": 1", "\"schemaVersion\": 9")));
        const QString truncated = m_dir.filePath("truncated.json");
        QVERIFY(writeFile(truncated, readFile(valid).left(200)));
        QTest::addRow("not a report") << QStringList {foreign, valid} << "package.json: not a Netready report";
        QTest::addRow("unknown schema version") << QStringList {valid, future} << "report schema version 9";
        QTest::addRow("truncated") << QStringList {valid, truncated} << "truncated.json: not JSON";
        QTest::addRow("missing") << QStringList {valid, m_dir.filePath("nothing.json")} << "no such file";
        QTest::addRow("one report") << QStringList {valid} << "--compare needs two reports";
    }

    void badInputExitsTwoAndWritesNothing()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QString, message);
        const QString outputs = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(QDir().mkpath(outputs));
        const Outcome outcome
            = netready(QStringList {"--compare"} << inputs << "--report" << QDir(outputs).filePath("c.html"));
        QVERIFY2(outcome.exitCode == 2, qPrintable(describe(outcome)));
        QVERIFY2(outcome.errText().contains(message), qPrintable(describe(outcome)));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(QDir(outputs).isEmpty());
    }

    // Labels travel with the report, and the fleet view groups by them; a file that is not a report is listed.
    void summarizeAFolderOfLabelledRuns()
    {
        const QString fleet = m_dir.filePath("fleet");
        QVERIFY(QDir().mkpath(fleet));
        Run refused {{{"api", "good.test", 443, at(m_latePort)}}};
        const QString shown = m_dir.filePath("labels");
        QVERIFY(QDir().mkpath(shown));
        QVERIFY(!report(good(), "fleet/berlin-1.json",
            {"--label", "site=Berlin", "--label", "ring=pilot", "--report", shown + "/r.html", "--report",
                shown + "/r.csv", "--report", shown + "/r.xml", "--report", shown + "/r.pdf"})
                     .isEmpty());
        // Every format shows the labels.
        QVERIFY(readFile(shown + "/r.html").contains("ring=pilot, site=Berlin")
            || readFile(shown + "/r.html").contains("site=Berlin, ring=pilot"));
        QVERIFY(readFile(shown + "/r.csv").contains("site=Berlin ring=pilot"));
        QVERIFY(readFile(shown + "/r.xml").contains("<property name=\"label.site\" value=\"Berlin\"/>"));
        QProcess pdftotext;
        pdftotext.start("pdftotext", {shown + "/r.pdf", "-"});
        QVERIFY(pdftotext.waitForFinished(60000));
        QVERIFY(squeezed(QString::fromUtf8(pdftotext.readAllStandardOutput())).contains("site=Berlin"));
        QVERIFY(!report(refused, "fleet/paris-1.json", {"--label", "site=Paris"}).isEmpty());
        QVERIFY(writeFile(fleet + "/broken.json", "{\"schemaVersion\": 1, \"tool\": "));

        const QJsonObject berlin = QJsonDocument::fromJson(readFile(fleet + "/berlin-1.json")).object();
        QCOMPARE(berlin.value("labels").toObject(), QJsonObject({{"site", "Berlin"}, {"ring", "pilot"}}));
        QString messages;
        QVERIFY2(ReportSchema::validateFile(fleet + "/berlin-1.json", &messages), qPrintable(messages));

        const QString outputs = m_dir.filePath("fleet-out");
        QVERIFY(QDir().mkpath(outputs));
        const Outcome outcome = netready({"--summarize", fleet, "--report", outputs + "/fleet.html", "--report",
            outputs + "/fleet.csv", "--report", outputs + "/fleet.json"});
        QVERIFY2(outcome.exitCode == 1, qPrintable(describe(outcome)));
        const QString text = outcome.outText();
        QVERIFY2(text.contains("Reports read: 2; unreadable files: 1."), qPrintable(text));
        QVERIFY2(text.contains("good.test:443 https: failed on 1 of 2 machines (tcp-refused 1)"), qPrintable(text));
        QVERIFY2(text.contains("  Berlin: machines 1, not ready 0"), qPrintable(text));
        QVERIFY2(text.contains("  Paris: machines 1, not ready 1"), qPrintable(text));
        QVERIFY2(text.contains("broken.json: not JSON"), qPrintable(text));
        QVERIFY2(text.endsWith(QString("Written by netready %1.\n").arg(NETREADY_VERSION)), qPrintable(text));

        QVERIFY2(
            ReportSchema::validateFile(outputs + "/fleet.json", &messages, "fleet.schema.json"), qPrintable(messages));
        QVERIFY(
            readFile(outputs + "/fleet.csv")
                .contains(QString("good.test:443,https,2,1,tcp-refused 1,netready %1").arg(NETREADY_VERSION).toUtf8()));
        QXmlStreamReader xml(readFile(outputs + "/fleet.html"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void summarizeNothingReadableExitsTwo()
    {
        const QString folder = m_dir.filePath("empty-fleet");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + "/a.json", "[]"));
        const Outcome outcome = netready({"--summarize", folder, "--report", folder + "/fleet.html"});
        QVERIFY2(outcome.exitCode == 2, qPrintable(describe(outcome)));
        QVERIFY2(outcome.errText().contains("no readable report"), qPrintable(describe(outcome)));
        QVERIFY2(outcome.errText().contains("a.json: not a Netready report"), qPrintable(describe(outcome)));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(!QFile::exists(folder + "/fleet.html"));
    }

    void cleanupTestCase()
    {
        if (m_squid)
            m_squid->stop();
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
