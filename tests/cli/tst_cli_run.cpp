#include "LoopbackTlsServer.h"
#include "NetreadyProcess.h"
#include "ProcessFixture.h"
#include "ReportSchema.h"
#include "Rfc4180.h"
#include "SquidFixture.h"
#include "TestPki.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <csignal>
#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace {
// One catalog endpoint and where --connect-to sends it.
struct Spec
{
    QString id;
    QString host;
    QString probe; // empty: the host itself
    int port = 443;
    QString protocol = QStringLiteral("https");
    QString feature = QStringLiteral("desktop");
    QString target; // "127.0.0.1:PORT" or empty
    QString diagnosis; // expected
    QString purpose = QStringLiteral("test endpoint");

    QString probed() const { return probe.isEmpty() ? host : probe; }
    QString status() const
    {
        return diagnosis == QLatin1String("ok")             ? QStringLiteral("pass")
            : diagnosis == QLatin1String("tls-intercepted") ? QStringLiteral("warn")
            : diagnosis == QLatin1String("needs-input") || diagnosis == QLatin1String("cancelled")
            ? QStringLiteral("skipped")
            : QStringLiteral("fail");
    }
};

using Outcome = NetreadyProcess::Outcome;

} // namespace

Q_DECLARE_METATYPE(QList<Spec>)

// `netready --cli` end to end: the real executable against loopback servers this test starts (a good TLS
// server from a test CA, one from a second "inspection" CA, a silent one, a closed port, a real squid), with a
// catalog written by the test. Exit codes, every bad-input class, Ctrl+C, stdout in both formats and all five
// report files. Runs inside a private network namespace (see run-in-private-network.sh).
class TestCliRun final : public QObject
{
    Q_OBJECT

private:
    static QString hostilePurpose() { return QStringLiteral("<script>alert(1)</script> & \"x\""); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_ca;
    std::unique_ptr<TestPki> m_inspectionCa;
    std::unique_ptr<LoopbackTlsServer> m_good;
    std::unique_ptr<LoopbackTlsServer> m_inspected;
    std::unique_ptr<LoopbackTlsServer> m_silent;
    quint16 m_closedPort = 0;
    QString m_caBundle; // the test CA and the inspection CA, one PEM file
    QList<Spec> m_mixed;
    QString m_mixedCatalog;
    int m_dirCounter = 0;
    QString m_runtimeDir;

    static QString at(const std::unique_ptr<LoopbackTlsServer>& server)
    {
        return QStringLiteral("127.0.0.1:%1").arg(server->serverPort());
    }

    int connectionsSeen() const
    {
        return m_good->connectionsSeen() + m_inspected->connectionsSeen() + m_silent->connectionsSeen();
    }

    // A new empty directory for one run's reports.
    QString freshDirectory()
    {
        const QString path = m_dir.filePath(QStringLiteral("run%1").arg(++m_dirCounter));
        return QDir().mkpath(path) ? path : QString();
    }

    static QStringList entries(const QString& directory)
    {
        return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

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

    QByteArray catalogJson(const QList<Spec>& specs) const
    {
        QJsonArray endpoints;
        for (const Spec& spec : specs) {
            QJsonObject endpoint {{"id", spec.id}, {"host", spec.host}, {"port", spec.port},
                {"protocol", spec.protocol}, {"clouds", QJsonArray {"public"}}, {"features", QJsonArray {spec.feature}},
                {"purpose", spec.purpose}, {"source", "tst_cli_run"}};
            if (!spec.probe.isEmpty())
                endpoint.insert("probe", spec.probe);
            endpoints << endpoint;
        }
        const QJsonObject root {{"schemaVersion", 1}, {"title", "tst_cli_run"},
            {"expectedRoots",
                QJsonArray {
                    QJsonObject {{"name", "Netready Test CA"}, {"sha256", QString::fromLatin1(m_ca->caSha256Hex())}}}},
            {"endpoints", endpoints}};
        return QJsonDocument(root).toJson();
    }

    QString writeCatalog(const QString& name, const QList<Spec>& specs) const
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, catalogJson(specs)) ? path : QString();
    }

    // A valid run of the catalog; `drop` leaves out options (and their values) so a caller can replace them.
    QStringList arguments(const QString& catalog, const QList<Spec>& specs, const QStringList& drop = {}) const
    {
        const QList<QStringList> options
            = {{"--catalog", catalog}, {"--no-proxy"}, {"--ca-file", m_caBundle}, {"--timeout", "3"}, {"--jobs", "8"}};
        QStringList result {"--cli"};
        for (const QStringList& option : options) {
            if (!drop.contains(option.constFirst()))
                result << option;
        }
        for (const Spec& spec : specs) {
            if (!spec.target.isEmpty())
                result << "--connect-to"
                       << QStringLiteral("%1:%2:%3").arg(spec.probed()).arg(spec.port).arg(spec.target);
        }
        return result;
    }

    // Runs netready while this thread's event loop keeps serving the loopback servers.
    Outcome run(const QStringList& arguments, int timeoutMs = 30000) const
    {
        return NetreadyProcess::run(arguments, environment(), timeoutMs);
    }

    // As a service runs it: no USER. With a session's runtime directory: without one (root in CI, no login
    // session), Qt's GUI application object that a PDF report needs warns about XDG_RUNTIME_DIR on stderr.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("USER");
        env.remove("USERNAME");
        if (env.value("XDG_RUNTIME_DIR").isEmpty())
            env.insert("XDG_RUNTIME_DIR", m_runtimeDir);
        return env;
    }

    // The processes other than netready whose command line or environment holds `secret`: "pid (name)".
    static QStringList processesShowing(const QByteArray& secret)
    {
        const QString netready = QFileInfo(NetreadyProcess::binary()).canonicalFilePath();
        QStringList found;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& pid : pids) {
            bool number = false;
            pid.toInt(&number);
            if (!number || QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath() == netready)
                continue;
            for (const char* part : {"cmdline", "environ"}) {
                QFile file(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(part)));
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                    found << QStringLiteral("%1 (%2)").arg(
                        pid, QString::fromUtf8(readFile("/proc/" + pid + "/comm")).trimmed());
            }
        }
        return found;
    }

    static QString describe(const Outcome& outcome)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(outcome.exitCode)
            .arg(QString::fromUtf8(outcome.out.left(3000)), QString::fromUtf8(outcome.err.left(3000)));
    }

    // Runs a helper program (at most 60 s) and returns its stdout, with its stderr when it failed.
    static QString tool(const QString& program, const QStringList& toolArguments, bool* succeeded = nullptr)
    {
        QProcess process;
        process.start(program, toolArguments);
        const bool finished = process.waitForFinished(60000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        const bool ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (succeeded)
            *succeeded = ok;
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        return ok ? out : out + QString::fromUtf8(process.readAllStandardError());
    }

    static QJsonObject parseJson(const QByteArray& data, QString* error)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        *error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        return document.object();
    }

    // pdftotext breaks lines where the layout wrapped and hyphenates: compare without white space and hyphens.
    static QString squeezed(QString text)
    {
        text.remove(QChar(0x200B));
        text.remove('-');
        text.remove(QRegularExpression("\\s"));
        return text;
    }

    static QHash<QString, QJsonObject> checksById(const QJsonObject& report)
    {
        QHash<QString, QJsonObject> result;
        for (const QJsonValue& value : report.value("checks").toArray())
            result.insert(value.toObject().value("id").toString(), value.toObject());
        return result;
    }

    // The summary must count exactly the statuses of the checks.
    static bool summaryMatchesChecks(const QJsonObject& report, QString* why)
    {
        QHash<QString, int> counts;
        const QJsonArray checks = report.value("checks").toArray();
        for (const QJsonValue& value : checks)
            ++counts[value.toObject().value("status").toString()];
        const QJsonObject summary = report.value("summary").toObject();
        const bool same = summary.value("total").toInt() == checks.size()
            && summary.value("passed").toInt() == counts.value("pass")
            && summary.value("warnings").toInt() == counts.value("warn")
            && summary.value("failed").toInt() == counts.value("fail")
            && summary.value("skipped").toInt() == counts.value("skipped")
            && summary.value("ready").toBool() == (counts.value("fail") == 0);
        *why = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
        return same;
    }

    // Every check of the run has the diagnosis and status its spec expects.
    static void compareChecks(const QJsonObject& report, const QList<Spec>& specs)
    {
        const QHash<QString, QJsonObject> checks = checksById(report);
        QCOMPARE(checks.size(), specs.size());
        for (const Spec& spec : specs) {
            const QJsonObject check = checks.value(spec.id);
            const QString seen = QString::fromUtf8(QJsonDocument(check).toJson(QJsonDocument::Compact));
            QVERIFY2(check.value("diagnosis").toString() == spec.diagnosis, qPrintable(spec.id + ": " + seen));
            QVERIFY2(check.value("status").toString() == spec.status(), qPrintable(spec.id + ": " + seen));
        }
    }

    // The table of `--format text`: section title -> rows of [status, endpoint, protocol, ...].
    static QHash<QString, QList<QStringList>> textTable(const QString& text, QStringList* order)
    {
        QHash<QString, QList<QStringList>> table;
        const QStringList lines = text.split('\n');
        static const QRegularExpression row("^  (PASS|WARN|FAIL|SKIP)  +(\\S+) +(\\S+) +");
        QString section;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (line.startsWith(QLatin1String("Summary:")))
                break;
            if (lines.at(i - 1).isEmpty() && !line.isEmpty() && !line.startsWith(' ')) {
                section = line;
                *order << section;
                continue;
            }
            const QRegularExpressionMatch match = row.match(line);
            if (!section.isEmpty() && match.hasMatch())
                table[section] << QStringList {match.captured(1), match.captured(2), match.captured(3)};
        }
        return table;
    }

    static QString featureTitle(const QString& feature)
    {
        return feature == QLatin1String("cloud-flows") ? QStringLiteral("Cloud flows")
                                                       : QStringLiteral("Desktop flows runtime");
    }

    static QString textStatus(const QString& status)
    {
        return status == QLatin1String("skipped") ? QStringLiteral("SKIP") : status.toUpper();
    }

    QList<Spec> goodSpecs() const
    {
        return {
            {"flow-api", "good.test", {}, 443, "https", "cloud-flows", at(m_good), "ok", hostilePurpose()},
            {"desktop-api", "api.good.test", {}, 443, "https", "desktop", at(m_good), "ok"},
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!NetreadyProcess::binary().isEmpty(), "NETREADY_BINARY not set");
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        const bool privateNetwork
            = interfaces.size() == 1 && (interfaces.constFirst().flags() & QNetworkInterface::IsLoopBack);
        if (!privateNetwork)
            QSKIP("needs the private network namespace of run-in-private-network.sh (unshare as root)");
        QVERIFY(m_dir.isValid());
        m_runtimeDir = m_dir.filePath("runtime");
        QVERIFY(QDir().mkpath(m_runtimeDir));
        QVERIFY(QFile::setPermissions(m_runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        m_ca = std::make_unique<TestPki>(QStringLiteral("Netready Test CA"));
        m_inspectionCa = std::make_unique<TestPki>(QStringLiteral("Corp Inspection CA"));
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
        QVERIFY2(m_inspectionCa->isValid(), qPrintable(m_inspectionCa->errorString()));
        const TestPki::Leaf good = m_ca->issueLeaf(QStringLiteral("good"), {"good.test", "*.good.test"});
        const TestPki::Leaf inspected = m_inspectionCa->issueLeaf(QStringLiteral("inspected"), {"inspected.test"});
        QVERIFY(!good.isNull() && !inspected.isNull());
        m_caBundle = m_dir.filePath("bundle.pem");
        QVERIFY(writeFile(m_caBundle, (m_ca->caCertPem() + m_inspectionCa->caCertPem()).toUtf8()));

        using B = LoopbackTlsServer::Behaviour;
        m_good = std::make_unique<LoopbackTlsServer>(B::TlsHttp);
        m_inspected = std::make_unique<LoopbackTlsServer>(B::TlsHttp);
        m_silent = std::make_unique<LoopbackTlsServer>(B::Silent);
        QVERIFY(m_good->setIdentity(good.certPath, good.keyPath));
        QVERIFY(m_inspected->setIdentity(inspected.certPath, inspected.keyPath));
        QVERIFY(m_good->listenOnLoopback() && m_inspected->listenOnLoopback() && m_silent->listenOnLoopback());
        m_closedPort = ProcessFixture::freeTcpPort();
        QVERIFY(m_closedPort != 0);

        const QString closed = QStringLiteral("127.0.0.1:%1").arg(m_closedPort);
        m_mixed = goodSpecs();
        m_mixed << Spec {"inspected", "inspected.test", {}, 443, "https", "desktop", at(m_inspected), "tls-intercepted"}
                << Spec {"refused", "refused.test", {}, 443, "https", "cloud-flows", closed, "tcp-refused"}
                << Spec {"relay-tcp", "relay.refused.test", {}, 5671, "tcp", "desktop", closed, "tcp-refused"}
                << Spec {"dataverse", "*.dynamics.com", "{dataverse}", 443, "https", "cloud-flows", {}, "needs-input"};
        m_mixedCatalog = writeCatalog("mixed.json", m_mixed);
        QVERIFY(!m_mixedCatalog.isEmpty());
    }

    void exitCodeAndTextTable_data()
    {
        QTest::addColumn<QList<Spec>>("specs");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QList<Spec> warned = goodSpecs();
        warned << m_mixed.at(2);
        QTest::addRow("all pass") << goodSpecs() << 0 << "READY";
        QTest::addRow("pass and warn") << warned << 0 << "READY WITH WARNINGS";
        QTest::addRow("mixed: pass, warn, fail, skipped") << m_mixed << 1 << "NOT READY";
    }

    void exitCodeAndTextTable()
    {
        QFETCH(QList<Spec>, specs);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        const QString catalog = writeCatalog(QStringLiteral("exit-%1.json").arg(specs.size()), specs);
        const Outcome outcome = run(arguments(catalog, specs));
        QVERIFY2(outcome.exitCode == exitCode, qPrintable(describe(outcome)));
        const QString text = QString::fromUtf8(outcome.out);

        // One section per feature, in the order chosen, each check a row under its own feature.
        QStringList sections;
        const QHash<QString, QList<QStringList>> table = textTable(text, &sections);
        QStringList expectedSections;
        for (const QString& feature : QStringList {"cloud-flows", "desktop"}) {
            if (std::any_of(specs.cbegin(), specs.cend(), [&](const Spec& s) { return s.feature == feature; }))
                expectedSections << featureTitle(feature);
        }
        QCOMPARE(sections, expectedSections);
        QHash<QString, int> counts;
        for (const Spec& spec : specs) {
            ++counts[spec.status()];
            const QList<QStringList> rows = table.value(featureTitle(spec.feature));
            // A check that needs input was never probed: the table names the documented host.
            const bool probed = !spec.probe.isEmpty() && !spec.probe.startsWith(QLatin1Char('{'));
            const QString endpoint = QStringLiteral("%1:%2").arg(probed ? spec.probe : spec.host).arg(spec.port);
            const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList& row) {
                return row.at(0) == textStatus(spec.status()) && row.at(1) == endpoint && row.at(2) == spec.protocol;
            });
            QVERIFY2(listed, qPrintable(spec.id + " not in its table:\n" + text));
        }
        qsizetype rows = 0;
        for (const QList<QStringList>& section : table)
            rows += section.size();
        QCOMPARE(rows, specs.size());

        const QString summary = QStringLiteral("Summary: %1 checks: %2 passed, %3 with warnings, %4 failed, %5 skipped")
                                    .arg(specs.size())
                                    .arg(counts.value("pass"))
                                    .arg(counts.value("warn"))
                                    .arg(counts.value("fail"))
                                    .arg(counts.value("skipped"));
        const QStringList lines = text.split('\n');
        QVERIFY2(lines.contains(summary), qPrintable(summary + "\n---\n" + text));
        QVERIFY2(lines.contains("Verdict: " + verdict), qPrintable(text));
        QVERIFY2(lines.indexOf(summary) < lines.indexOf("Verdict: " + verdict), qPrintable(text));
        // Failures and warnings come with what to change.
        for (const Spec& spec : specs) {
            if (spec.status() == QLatin1String("fail") || spec.status() == QLatin1String("warn"))
                QVERIFY2(text.section("What to change:", 1).contains(spec.probed()), qPrintable(spec.id + "\n" + text));
        }
    }

    void badInputExitsTwoAndRunsNothing_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");

        const QString regularFile = m_dir.filePath("regular-file");
        QVERIFY(writeFile(regularFile, "not a directory\n"));
        const QString notPem = m_dir.filePath("not-a-certificate.pem");
        QVERIFY(writeFile(notPem, "-----BEGIN NOTHING-----\nhello\n-----END NOTHING-----\n"));
        const QString malformed = m_dir.filePath("malformed.json");
        QVERIFY(writeFile(malformed, "{\"schemaVersion\": 1, \"endpoints\": [\n  {\"id\": \"a\",,}\n]}\n"));
        QList<Spec> badProtocol = {m_mixed.constFirst()};
        badProtocol.first().protocol = QStringLiteral("gopher");
        const QString schemaError = writeCatalog("schema-error.json", badProtocol);
        const QString duplicateId = writeCatalog("duplicate-id.json", {m_mixed.at(1)});

        QTest::addRow("unknown cloud") << "" << QStringList {"--cloud", "mars"} << "unknown cloud 'mars'";
        QTest::addRow("unknown feature") << "" << QStringList {"--features", "desktop,teleport"}
                                         << "unknown feature 'teleport'";
        QTest::addRow("connect-to without ports")
            << "" << QStringList {"--connect-to", "good.test"} << "--connect-to 'good.test'";
        QTest::addRow("connect-to with a bad port")
            << "" << QStringList {"--connect-to", "good.test:443:127.0.0.1:99999"} << "'99999' is not a port";
        QTest::addRow("connect-to without target")
            << "" << QStringList {"--connect-to", "good.test:443::443"} << "CONNECT_HOST must not be empty";
        QTest::addRow("proxy scheme") << "--no-proxy" << QStringList {"--proxy", "ftp://127.0.0.1:3128"}
                                      << "proxy scheme 'ftp' is not supported";
        QTest::addRow("proxy without port")
            << "--no-proxy" << QStringList {"--proxy", "http://user:secret@127.0.0.1"} << "needs a port";
        QTest::addRow("proxy with a path")
            << "--no-proxy" << QStringList {"--proxy", "http://user:secret@127.0.0.1:3128/x"} << "must not have a path";
        QTest::addRow("proxy not a URL") << "--no-proxy" << QStringList {"--proxy", "http://[bad:secret"}
                                         << "is not a proxy URL";
        QTest::addRow("proxy and no-proxy")
            << "" << QStringList {"--proxy", "http://127.0.0.1:3128"} << "exclude each other";
        QTest::addRow("pac and no-proxy") << "" << QStringList {"--pac", regularFile} << "exclude each other";
        QTest::addRow("pac file missing")
            << "--no-proxy" << QStringList {"--pac", m_dir.filePath("missing.pac")} << "is not a readable file";
        QTest::addRow("pac scheme") << "--no-proxy" << QStringList {"--pac", "ftp://127.0.0.1/proxy.pac"}
                                    << "scheme 'ftp' is not supported";
        QTest::addRow("pac URL without host")
            << "--no-proxy" << QStringList {"--pac", "http:///proxy.pac"} << "is not a file or URL";
        QTest::addRow("missing CA file") << "--ca-file" << QStringList {"--ca-file", m_dir.filePath("missing.pem")}
                                         << "does not exist";
        QTest::addRow("CA file not PEM") << "--ca-file" << QStringList {"--ca-file", notPem}
                                         << "holds no PEM certificate";
        QTest::addRow("CA file is a directory")
            << "--ca-file" << QStringList {"--ca-file", m_dir.path()} << "is not a readable file";
        QTest::addRow("report directory missing")
            << "" << QStringList {"--report", m_dir.filePath("missing/r.json")} << "does not exist";
        QTest::addRow("report directory is a file")
            << "" << QStringList {"--report", regularFile + "/r.json"} << "is not a directory";
        QTest::addRow("report directory not writable")
            << "" << QStringList {"--report", "/proc/netready-r.json"} << "cannot write in directory '/proc'";
        QTest::addRow("report path is a directory")
            << "" << QStringList {"--report", m_dir.filePath("dir.json")} << "is a directory";
        QVERIFY(QDir().mkpath(m_dir.filePath("dir.json")));
        QTest::addRow("report extension unknown")
            << "" << QStringList {"--report", m_dir.filePath("r.docx")} << "unknown extension 'docx'";
        QTest::addRow("report given twice")
            << "" << QStringList {"--report", "REPORTS/out.json"} << "given more than once";
        QTest::addRow("catalog missing") << "--catalog" << QStringList {"--catalog", m_dir.filePath("none.json")}
                                         << "does not exist";
        QTest::addRow("catalog malformed JSON")
            << "--catalog" << QStringList {"--catalog", malformed} << malformed + ": line 2, column";
        QTest::addRow("catalog schema error")
            << "--catalog" << QStringList {"--catalog", schemaError} << "unknown protocol 'gopher'";
        QTest::addRow("extra catalog repeats an id")
            << "" << QStringList {"--extra-catalog", duplicateId} << "duplicate id 'desktop-api'";
        QTest::addRow("timeout zero") << "--timeout" << QStringList {"--timeout", "0"} << "--timeout: '0'";
        QTest::addRow("timeout too long") << "--timeout" << QStringList {"--timeout", "301"} << "--timeout: '301'";
        QTest::addRow("timeout not a number")
            << "--timeout" << QStringList {"--timeout", "soon"} << "--timeout: 'soon'";
        QTest::addRow("jobs zero") << "--jobs" << QStringList {"--jobs", "0"} << "--jobs: '0'";
        QTest::addRow("jobs too many") << "--jobs" << QStringList {"--jobs", "513"} << "--jobs: '513'";
        QTest::addRow("jobs not a number") << "--jobs" << QStringList {"--jobs", "many"} << "--jobs: 'many'";
        QTest::addRow("dataverse URL without a domain")
            << "" << QStringList {"--dataverse-url", "https://org"} << "--dataverse-url: 'https://org'";
        QTest::addRow("service bus namespace not a host")
            << "" << QStringList {"--servicebus-namespace", "a b"} << "--servicebus-namespace: 'a b'";
        QTest::addRow("environment of another cloud")
            << "" << QStringList {"--dataverse-url", "https://org.crm.microsoftdynamics.us"}
            << "{dataverse}: 'org.crm.microsoftdynamics.us' is not a host under *.dynamics.com";
        QTest::addRow("input at the wildcard's apex")
            << "" << QStringList {"--input", "dataverse=dynamics.com"} << "'dynamics.com' is not a host under";
        QTest::addRow("input neither host nor URL")
            << "" << QStringList {"--input", "dataverse=ftp://org.crm.dynamics.com"}
            << "is neither a host name nor an http(s) URL";
        QTest::addRow("dataverse URL with another port")
            << "" << QStringList {"--dataverse-url", "https://org.crm.dynamics.com:8443"}
            << "--dataverse-url: 'https://org.crm.dynamics.com:8443': leave out the port 8443";
        QTest::addRow("dataverse URL with a user name")
            << "" << QStringList {"--dataverse-url", "https://me:secret@org.crm.dynamics.com"}
            << "--dataverse-url: 'org.crm.dynamics.com': leave out the user name";
        QTest::addRow("input an IP address")
            << "" << QStringList {"--input", "dataverse=10.0.0.1"} << "--input: '10.0.0.1' is an IP address";
        QTest::addRow("input port out of range")
            << "" << QStringList {"--input", "dataverse=org.crm.dynamics.com:70000"} << "'70000' is not a port";
        QTest::addRow("dataverse host that is no environment")
            << "" << QStringList {"--dataverse-url", "org.example.dynamics.com"}
            << "{dataverse}: 'org.example.dynamics.com' is not an environment address of the Public (commercial) "
               "cloud: it ends in .crm.dynamics.com";
        QTest::addRow("service bus namespace of another cloud")
            << "" << QStringList {"--servicebus-namespace", "relay.servicebus.chinacloudapi.cn"}
            << "{servicebus-namespace}: 'relay.servicebus.chinacloudapi.cn' is not a Service Bus namespace of the "
               "Public (commercial) cloud (expected a name or name.servicebus.windows.net)";
        QTest::addRow("input without a value")
            << "" << QStringList {"--input", "azure-apim="} << "--input: 'azure-apim='";
        QTest::addRow("format unknown") << "" << QStringList {"--format", "xml"} << "--format: 'xml'";
        QTest::addRow("proxy-auth unknown")
            << "" << QStringList {"--proxy-auth", "kerberos"}
            << "--proxy-auth: unknown scheme 'kerberos' (expected: auto, negotiate, ntlm, digest, basic, none)";
        QTest::addRow("proxy-user without a proxy")
            << "" << QStringList {"--proxy-user", "alice"} << "--proxy-user needs a proxy";
        QTest::addRow("proxy-user without a password, no terminal")
            << "--no-proxy" << QStringList {"--proxy", "http://127.0.0.1:1", "--proxy-user", "alice"}
            << "--proxy-user: no password: set NETREADY_PROXY_PASSWORD";
    }

    void badInputExitsTwoAndRunsNothing()
    {
        QFETCH(QString, drop);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        // Valid reports of every format next to the bad input: none of them may be written.
        const QString reports = freshDirectory();
        QVERIFY(!reports.isEmpty());
        extra.replaceInStrings("REPORTS/", reports + "/");
        QStringList args = arguments(m_mixedCatalog, m_mixed, drop.isEmpty() ? QStringList() : QStringList {drop});
        for (const QString& format : QStringList {"json", "html", "csv", "xml", "pdf"})
            args << "--report" << QStringLiteral("%1/out.%2").arg(reports, format);
        args << extra;

        const int connectionsBefore = connectionsSeen();
        const Outcome outcome = run(args);
        QVERIFY2(outcome.exitCode == 2, qPrintable(describe(outcome)));
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.startsWith("netready: "), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(!err.contains("secret"), qPrintable(err));
        QVERIFY2(outcome.out.isEmpty(), qPrintable(describe(outcome)));
        QVERIFY2(entries(reports).isEmpty(), qPrintable(entries(reports).join(", ")));
        QVERIFY(!QFileInfo::exists(regularFileChild(extra)));
        // Nothing ran: give a run that had started the time to connect, then count.
        QTest::qWait(100);
        QCOMPARE(connectionsSeen(), connectionsBefore);
    }

    void jsonOnStdoutMatchesTheSchema()
    {
        const Outcome outcome = run(arguments(m_mixedCatalog, m_mixed) << "--format"
                                                                       << "json");
        QVERIFY2(outcome.exitCode == 1, qPrintable(describe(outcome)));
        QString error;
        const QJsonObject report = parseJson(outcome.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + "\n" + describe(outcome)));

        const QString path = m_dir.filePath("stdout.json");
        QVERIFY(writeFile(path, outcome.out));
        QString output;
        QVERIFY2(ReportSchema::validateFile(path, &output), qPrintable(output));

        QVERIFY2(summaryMatchesChecks(report, &error), qPrintable(error));
        compareChecks(report, m_mixed);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject summary = report.value("summary").toObject();
        QCOMPARE(summary.value("verdictText").toString(), QStringLiteral("NOT READY"));
        QCOMPARE(summary.value("failed").toInt(), 2);
        QCOMPARE(report.value("cancelled").toBool(), false);
        QCOMPARE(report.value("selection").toObject().value("catalogs").toArray(), QJsonArray {m_mixedCatalog});
        const QJsonObject environment = report.value("environment").toObject();
        QCOMPARE(environment.value("proxyMode").toString(), QStringLiteral("none"));
        QCOMPARE(environment.value("proxy"), QJsonValue(QJsonValue::Null));
        // Without USER in the environment the report still names the account that ran it.
        const passwd* account = ::getpwuid(::geteuid());
        QVERIFY(account);
        QCOMPARE(environment.value("user").toString(), QString::fromLocal8Bit(account->pw_name));
        const QJsonObject inspected = checksById(report).value("inspected");
        QCOMPARE(inspected.value("tls").toObject().value("root").toString(), QStringLiteral("Corp Inspection CA"));
        const QJsonObject good = checksById(report).value("flow-api");
        QCOMPARE(good.value("tls").toObject().value("root").toString(), QStringLiteral("Netready Test CA"));
        QCOMPARE(good.value("purpose").toString(), hostilePurpose());
    }

    // --proxy-as me: desktop flows tested with the user's own proxy; off Windows the components' settings are not
    // read, and every report says so and lists each component with the system proxy standing in.
    void proxyAsInEveryReport()
    {
        const QString html = m_dir.filePath("proxy-as.html");
        const Outcome outcome = run(arguments(m_mixedCatalog, m_mixed, {"--no-proxy"}) << "--proxy-as"
                                                                                       << "me"
                                                                                       << "--format"
                                                                                       << "json"
                                                                                       << "--report" << html);
        QVERIFY2(outcome.exitCode == 1, qPrintable(describe(outcome)));
        QString error;
        const QJsonObject report = parseJson(outcome.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + "\n" + describe(outcome)));
        const QString path = m_dir.filePath("proxy-as.json");
        QVERIFY(writeFile(path, outcome.out));
        QString output;
        QVERIFY2(ReportSchema::validateFile(path, &output), qPrintable(output));

        const QJsonObject environment = report.value("environment").toObject();
        QCOMPARE(environment.value("proxyAs").toString(), QStringLiteral("me"));
        QCOMPARE(environment.value("componentProxiesRead").toBool(true), false);
        const QJsonArray components = environment.value("componentProxies").toArray();
        QCOMPARE(components.size(), 7);
        QStringList ids;
        for (const QJsonValue& component : components) {
            ids << component.toObject().value("component").toString();
            QCOMPARE(component.toObject().value("source").toString(), QStringLiteral("not-read"));
        }
        QVERIFY2(ids.contains("desktop-flows-service") && ids.contains("gateway-service"), qPrintable(ids.join(',')));
        const QString notes = environment.value("notes").toVariant().toStringList().join('\n');
        QVERIFY2(notes.contains(QStringLiteral("exist only on Windows")), qPrintable(notes));
        const QString page = QString::fromUtf8(readFile(html));
        QVERIFY(page.contains(QStringLiteral("Proxies of the Power Automate components")));
        QVERIFY(page.contains(QStringLiteral("exist only on Windows")));
    }

    // A region tests its every namespace of Microsoft's list (South Africa: three, one row of the page listed twice);
    // without one, the catalog's namespace stands alone and its detail names its region. All connections go to the
    // loopback server.
    void regionTestsEveryNamespaceOfIt_data()
    {
        QTest::addColumn<QStringList>("regionArguments");
        QTest::addColumn<QStringList>("probes");
        QTest::addColumn<QString>("note");
        const QStringList southAfrica = {"prdnzammrns-1-8vyvi02tfal5rjlmfsqvqs7dtx9ph4xegxxh.servicebus.windows.net",
            "prdsouthafricanorthmmrns-v2-2-h4fi6ckdkb13ngd42ov2.servicebus.windows.net",
            "prdsouthafricawestmmrns-v2-2-vm94ckkkxsacbvjis6shh.servicebus.windows.net"};
        QTest::addRow("region") << QStringList {"--region", "south AFRICA"} << southAfrica
                                << "(a namespace of the South Africa region)";
        QTest::addRow("no region") << QStringList {} << QStringList {southAfrica.at(1)}
                                   << "a namespace of the South Africa region of Microsoft's list";
    }

    void regionTestsEveryNamespaceOfIt()
    {
        QFETCH(QStringList, regionArguments);
        QFETCH(QStringList, probes);
        QFETCH(QString, note);
        const Spec relay {"relay", "*.servicebus.windows.net",
            "prdsouthafricanorthmmrns-v2-2-h4fi6ckdkb13ngd42ov2.servicebus.windows.net", 443, "tcp", "desktop", {},
            "ok"};
        const QString catalog = writeCatalog("relay-catalog.json", {relay});
        QVERIFY(!catalog.isEmpty());
        const int before = m_good->connectionsSeen();
        const Outcome outcome = run(arguments(catalog, {relay}) << "--connect-to"
                                                                << ":443:" + at(m_good) << "--format"
                                                                << "json" << regionArguments);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QString error;
        const QJsonObject report = parseJson(outcome.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + "\n" + describe(outcome)));
        const QString path = m_dir.filePath("region.json");
        QVERIFY(writeFile(path, outcome.out));
        QString output;
        QVERIFY2(ReportSchema::validateFile(path, &output), qPrintable(output));

        QStringList probed;
        for (const QJsonValue& check : report.value("checks").toArray()) {
            probed << check.toObject().value("probe").toString();
            QCOMPARE(check.toObject().value("status").toString(), QStringLiteral("pass"));
            QVERIFY2(check.toObject().value("detail").toString().contains(note),
                qPrintable(check.toObject().value("detail").toString()));
        }
        probed.sort();
        QCOMPARE(probed, probes);
        QVERIFY(m_good->connectionsSeen() - before >= int(probes.size()));
        const QJsonObject selection = report.value("selection").toObject();
        if (regionArguments.isEmpty()) {
            QCOMPARE(selection.value("region"), QJsonValue(QJsonValue::Null));
            QCOMPARE(selection.value("relayNamespaces").toArray(), QJsonArray());
            return;
        }
        QCOMPARE(selection.value("region").toString(), QStringLiteral("South Africa"));
        QStringList listed;
        for (const QJsonValue& relayNamespace : selection.value("relayNamespaces").toArray()) {
            listed << relayNamespace.toObject().value("host").toString();
            QCOMPARE(relayNamespace.toObject().value("preview").toBool(), false);
        }
        QCOMPARE(listed, probes);
    }

    void allFiveReports()
    {
        const QString reports = freshDirectory();
        QVERIFY(!reports.isEmpty());
        const QStringList names = {"a.html", "a.pdf", "a.json", "a.csv", "a.xml"};
        QStringList args = arguments(m_mixedCatalog, m_mixed);
        for (const QString& name : names)
            args << "--report" << QDir(reports).filePath(name);
        const Outcome outcome = run(args, 60000);
        QVERIFY2(outcome.exitCode == 1, qPrintable(describe(outcome)));
        QVERIFY2(outcome.err.isEmpty(), qPrintable(describe(outcome)));

        // Exactly the five files: no temporary file of the atomic writes is left.
        QStringList found = entries(reports);
        found.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(found, expected);
        const auto file = [&](const QString& name) { return QDir(reports).filePath(name); };

        // JSON: valid, and the reference for the other formats.
        QString output;
        QVERIFY2(ReportSchema::validateFile(file("a.json"), &output), qPrintable(output));
        QString error;
        const QJsonObject report = parseJson(readFile(file("a.json")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareChecks(report, m_mixed);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject summary = report.value("summary").toObject();
        QList<QJsonObject> failed;
        for (const QJsonValue& value : report.value("checks").toArray()) {
            if (value.toObject().value("status").toString() == QLatin1String("fail"))
                failed << value.toObject();
        }
        QCOMPARE(failed.size(), summary.value("failed").toInt());
        QVERIFY(failed.size() == 2);

        // HTML: well-formed, no script, the verdict, the hostile purpose only as text.
        const QByteArray html = readFile(file("a.html"));
        QXmlStreamReader xml(html);
        QString htmlText;
        bool script = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name().compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
                script = true;
            if (xml.isCharacters())
                htmlText += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!script);
        QVERIFY(htmlText.contains("NOT READY"));
        QVERIFY(htmlText.contains(hostilePurpose()));
        QVERIFY(!html.contains("<script"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));

        // PDF: the verdict, every failed host and its remedy.
        const QString pdf = squeezed(tool("pdftotext", {file("a.pdf"), "-"}));
        QVERIFY2(pdf.contains("NOTREADY"), qPrintable(pdf.left(500)));
        for (const QJsonObject& check : std::as_const(failed)) {
            const QString host = check.value("probe").toString();
            const QString remedy = check.value("remedy").toString();
            QVERIFY(!host.isEmpty() && !remedy.isEmpty());
            QVERIFY2(pdf.contains(squeezed(host)), qPrintable(host));
            QVERIFY2(pdf.contains(squeezed(remedy)), qPrintable(remedy));
        }

        // CSV: RFC 4180, one row per check with the same ids and diagnoses.
        QByteArray csvBytes = readFile(file("a.csv"));
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        QString csvError;
        const QList<QStringList> rows = Rfc4180::parse(QString::fromUtf8(csvBytes.mid(3)), &csvError);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        QVERIFY(rows.size() > 1);
        const QStringList header = rows.constFirst();
        const qsizetype idColumn = header.indexOf("id");
        const qsizetype diagnosisColumn = header.indexOf("diagnosis");
        const qsizetype statusColumn = header.indexOf("status");
        const qsizetype purposeColumn = header.indexOf("purpose");
        QVERIFY(idColumn >= 0 && diagnosisColumn >= 0 && statusColumn >= 0 && purposeColumn >= 0);
        QHash<QString, QString> csvDiagnoses;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            QVERIFY2(!csvDiagnoses.contains(row.at(idColumn)), qPrintable(row.at(idColumn)));
            csvDiagnoses.insert(row.at(idColumn), row.at(diagnosisColumn) + '/' + row.at(statusColumn));
            if (row.at(idColumn) == QLatin1String("flow-api"))
                QCOMPARE(row.at(purposeColumn), hostilePurpose());
        }
        QHash<QString, QString> jsonDiagnoses;
        for (const QJsonValue& value : report.value("checks").toArray()) {
            const QJsonObject check = value.toObject();
            jsonDiagnoses.insert(check.value("id").toString(),
                check.value("diagnosis").toString() + '/' + check.value("status").toString());
        }
        QCOMPARE(csvDiagnoses, jsonDiagnoses);

        // JUnit: parses; failures counted on the root, per suite and as elements all equal the summary.
        QXmlStreamReader junit(readFile(file("a.xml")));
        int failureElements = 0;
        int suiteFailures = 0;
        int testcases = 0;
        int rootFailures = -1;
        while (!junit.atEnd()) {
            junit.readNext();
            if (!junit.isStartElement())
                continue;
            if (junit.name() == QLatin1String("testsuites"))
                rootFailures = junit.attributes().value("failures").toInt();
            else if (junit.name() == QLatin1String("testsuite"))
                suiteFailures += junit.attributes().value("failures").toInt();
            else if (junit.name() == QLatin1String("testcase"))
                ++testcases;
            else if (junit.name() == QLatin1String("failure"))
                ++failureElements;
        }
        QVERIFY2(!junit.hasError(), qPrintable(junit.errorString()));
        QCOMPARE(failureElements, summary.value("failed").toInt());
        QCOMPARE(suiteFailures, failureElements);
        QCOMPARE(rootFailures, failureElements);
        QCOMPARE(testcases, m_mixed.size()); // every endpoint serves one feature
    }

    void longRunPaginates()
    {
        QList<Spec> specs;
        for (int i = 1; i <= 120; ++i)
            specs << Spec {QStringLiteral("long-%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("e%1.good.test").arg(i, 3, 10, QLatin1Char('0')), {}, 443, "https",
                i % 2 ? QStringLiteral("desktop") : QStringLiteral("cloud-flows"), {}, "ok"};
        const QString catalog = writeCatalog("long.json", specs);
        const QString reports = freshDirectory();
        QStringList args = arguments(catalog, specs, {"--jobs"});
        // Empty HOST and PORT match every check, as in curl.
        args << "--jobs"
             << "32"
             << "--connect-to"
             << "::" + at(m_good) << "--report" << reports + "/long.pdf"
             << "--report" << reports + "/long.json";
        const Outcome outcome = run(args, 60000);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QString error;
        const QJsonObject report = parseJson(readFile(reports + "/long.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.value("summary").toObject().value("passed").toInt(), 120);
        QVERIFY2(summaryMatchesChecks(report, &error), qPrintable(error));
        const QString info = tool("pdfinfo", {reports + "/long.pdf"});
        const int pages = QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1).toInt();
        QVERIFY2(pages > 1, qPrintable(info));
        const QString lastPage = squeezed(tool(
            "pdftotext", {"-f", QString::number(pages), "-l", QString::number(pages), reports + "/long.pdf", "-"}));
        QVERIFY2(lastPage.contains(QStringLiteral("Page%1of%1").arg(pages)), qPrintable(lastPage.left(300)));
        QCOMPARE(entries(reports).size(), 2);
    }

    void proxyCredentialsNeverWritten()
    {
        SquidFixture squid;
        SquidFixture::Options options;
        options.user = QStringLiteral("user");
        options.password = QStringLiteral("secret");
        options.hostNames = {"good.test"};
        QVERIFY2(squid.start(options), qPrintable(squid.errorString()));

        // Through the proxy, squid connects to good.test (its hosts file) at the good server's port.
        const QList<Spec> specs
            = {{"proxied", "good.test", {}, m_good->serverPort(), "https", "desktop", {}, "ok", hostilePurpose()}};
        const QString catalog = writeCatalog("proxied.json", specs);
        const QString reports = freshDirectory();
        const QStringList names = {"p.html", "p.pdf", "p.json", "p.csv", "p.xml"};
        QStringList args = arguments(catalog, specs, {"--no-proxy"});
        args << "--proxy" << QStringLiteral("http://user:secret@127.0.0.1:%1").arg(squid.port()) << "--format"
             << "json";
        for (const QString& name : names)
            args << "--report" << QDir(reports).filePath(name);
        const Outcome outcome = run(args, 60000);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome) + "\n" + squid.accessLog()));

        QString error;
        const QJsonObject report = parseJson(outcome.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareChecks(report, specs);
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(squid.port());
        QCOMPARE(report.value("environment").toObject().value("proxy").toString(), proxy);
        QCOMPARE(checksById(report).value("proxied").value("proxy").toString(), proxy);
        // The proxy saw the credentials: the run really went through it, authenticated.
        QTRY_VERIFY2_WITH_TIMEOUT(squid.accessLog().contains(" user "), qPrintable(squid.accessLog()), 10000);

        QVERIFY(!outcome.out.contains("secret"));
        QVERIFY2(!outcome.err.contains("secret"), outcome.err.constData());
        for (const QString& name : names) {
            const QByteArray content = readFile(QDir(reports).filePath(name));
            QVERIFY2(!content.isEmpty(), qPrintable(name));
            QVERIFY2(!content.contains("secret"), qPrintable(name));
            QVERIFY2(!content.contains("user:"), qPrintable(name));
        }
        const QString pdfText = tool("pdftotext", {QDir(reports).filePath("p.pdf"), "-"});
        QVERIFY(pdfText.contains(QStringLiteral("127.0.0.1:%1").arg(squid.port())));
        QVERIFY(!pdfText.contains("secret"));
        QVERIFY(!squeezed(pdfText).contains("secret"));
    }

    // A password inside the --proxy URL works, with a warning: the process list shows it to every user.
    void passwordInTheProxyUrlIsWarnedAbout()
    {
        const QList<Spec> specs
            = {{"proxied", "good.test", {}, m_good->serverPort(), "https", "desktop", {}, "ok", hostilePurpose()}};
        const QString catalog = writeCatalog("url-password.json", specs);
        QStringList args = arguments(catalog, specs, {"--no-proxy"});
        args << "--proxy" << QStringLiteral("http://alice:Url-s3cret@127.0.0.1:%1").arg(m_closedPort) << "--format"
             << "json";
        const Outcome outcome = NetreadyProcess::run(args, environment(), 60000);
        QVERIFY2(outcome.exitCode == 1, qPrintable(describe(outcome)));
        QVERIFY2(outcome.err.contains("warning") && outcome.err.contains("NETREADY_PROXY_PASSWORD"),
            qPrintable(outcome.errText()));
        QVERIFY2(!outcome.err.contains("Url-s3cret"), qPrintable(outcome.errText()));
        QVERIFY2(!outcome.out.contains("Url-s3cret"), qPrintable(outcome.outText()));
        QString error;
        const QJsonObject check = checksById(parseJson(outcome.out, &error)).value("proxied");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(check.value("diagnosis").toString(), QString("proxy-unreachable"));
    }

    // A Digest proxy: --proxy-user with the password from the environment, never on the command line; the report
    // says how the tunnel was authenticated and holds no password in any format.
    void proxyUserAuthenticatesWithDigest()
    {
        SquidFixture squid;
        SquidFixture::Options options;
        options.auth = {SquidFixture::Auth::Basic, SquidFixture::Auth::Digest};
        options.user = QStringLiteral("alice");
        options.password = QStringLiteral("Pa55-digest-only");
        options.hostNames = {"good.test"};
        QVERIFY2(squid.start(options), qPrintable(squid.errorString()));

        const QList<Spec> specs
            = {{"proxied", "good.test", {}, m_good->serverPort(), "https", "desktop", {}, "ok", hostilePurpose()}};
        const QString catalog = writeCatalog("digest.json", specs);
        const QString reports = freshDirectory();
        const QStringList names = {"d.html", "d.pdf", "d.json", "d.csv", "d.xml"};
        QStringList args = arguments(catalog, specs, {"--no-proxy"});
        args << "--proxy" << squid.url() << "--proxy-user"
             << "alice"
             << "--proxy-auth"
             << "auto"
             << "--format"
             << "json";
        for (const QString& name : names)
            args << "--report" << QDir(reports).filePath(name);
        QProcessEnvironment env = environment();
        env.insert("NETREADY_PROXY_PASSWORD", "Pa55-digest-only");
        // Every place the program may keep settings, caches or logs is in here, to be searched afterwards.
        const QString home = freshDirectory();
        env.insert("HOME", home);
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(variable), QDir(home).filePath(QString::fromLatin1(variable).toLower()));
        // While it runs, no other process (a child of netready's included) has the password in its command line
        // or environment; netready itself has it in its environment, where this test put it.
        QStringList exposed;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&exposed] {
            for (const QString& process : processesShowing("Pa55-digest-only")) {
                if (!exposed.contains(process))
                    exposed << process;
            }
        });
        watch.start(10);
        const Outcome outcome = NetreadyProcess::run(args, env, 60000);
        watch.stop();
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome) + "\n" + squid.accessLog()));
        QVERIFY2(exposed.isEmpty(), qPrintable(exposed.join(", ")));
        QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!readFile(file).contains("Pa55-digest-only"), qPrintable(file));
        }

        QString error;
        const QJsonObject report = parseJson(outcome.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject check = checksById(report).value("proxied");
        QVERIFY2(check.value("detail").toString().contains("authenticated as alice with Digest"),
            qPrintable(check.value("detail").toString()));
        const QJsonObject auth = check.value("proxyAuth").toObject();
        QCOMPARE(auth.value("offered").toArray(), QJsonArray({"Basic", "Digest"}));
        QCOMPARE(auth.value("used").toString(), QString("Digest"));
        QCOMPARE(auth.value("as").toString(), QString("alice"));
        QTRY_VERIFY2_WITH_TIMEOUT(squid.accessLog().contains(" alice "), qPrintable(squid.accessLog()), 10000);

        QVERIFY(!outcome.out.contains("Pa55-digest-only"));
        QVERIFY(!outcome.err.contains("Pa55-digest-only"));
        QVERIFY2(
            !outcome.err.contains("warning"), qPrintable(outcome.errText())); // the password is not on the command line
        for (const QString& name : names) {
            const QByteArray content = readFile(QDir(reports).filePath(name));
            QVERIFY2(!content.isEmpty(), qPrintable(name));
            QVERIFY2(!content.contains("Pa55-digest-only"), qPrintable(name));
        }
        QVERIFY(!tool("pdftotext", {QDir(reports).filePath("d.pdf"), "-"}).contains("Pa55-digest-only"));
    }

    // Without libcurl (NETREADY_CURL_LIBRARY points the loader at a file that does not exist) a proxy that asks
    // for authentication ends in a clear verdict naming the library and what to install, not in a crash; every
    // other check of the run is untouched by it.
    void proxyAuthWithoutLibcurlSaysWhatToInstall()
    {
        SquidFixture squid;
        SquidFixture::Options options;
        options.auth = {SquidFixture::Auth::Digest, SquidFixture::Auth::Basic};
        options.user = QStringLiteral("alice");
        options.password = QStringLiteral("Pa55-no-curl");
        options.hostNames = {"good.test"};
        QVERIFY2(squid.start(options), qPrintable(squid.errorString()));

        const QList<Spec> specs
            = {{"proxied", "good.test", {}, m_good->serverPort(), "https", "desktop", {}, "ok", hostilePurpose()}};
        const QString catalog = writeCatalog("no-curl.json", specs);
        QStringList args = arguments(catalog, specs, {"--no-proxy"});
        args << "--proxy" << squid.url() << "--proxy-user"
             << "alice"
             << "--format"
             << "json";
        QProcessEnvironment env = environment();
        env.insert("NETREADY_PROXY_PASSWORD", "Pa55-no-curl");
        env.insert("NETREADY_CURL_LIBRARY", QDir(freshDirectory()).filePath("libcurl-missing.so.4"));
        const Outcome outcome = NetreadyProcess::run(args, env, 60000);
        QVERIFY2(outcome.exitCode == 1, qPrintable(describe(outcome)));

        QString error;
        const QJsonObject check = checksById(parseJson(outcome.out, &error)).value("proxied");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(check.value("status").toString(), QString("fail"));
        QCOMPARE(check.value("diagnosis").toString(), QString("proxy-auth-required"));
        const QString detail = check.value("detail").toString();
        QVERIFY2(detail.contains("Digest, Basic: not tried: libcurl (") && detail.contains("libcurl-missing.so.4")
                && detail.contains("the package libcurl4"),
            qPrintable(detail));
        QVERIFY2(check.value("remedy").toString().contains("apt install libcurl4"),
            qPrintable(check.value("remedy").toString()));
        const QJsonObject auth = check.value("proxyAuth").toObject();
        QCOMPARE(auth.value("offered").toArray(), QJsonArray({"Digest", "Basic"}));
        QVERIFY(auth.value("used").isNull());
        const QJsonArray attempts = auth.value("attempts").toArray();
        QCOMPARE(attempts.size(), 2);
        for (const QJsonValue& attempt : attempts)
            QCOMPARE(attempt.toObject().value("outcome").toString(), QString("library-missing"));
        // The loader's own words are evidence: the file it could not open.
        const QJsonArray evidence = check.value("evidence").toArray();
        QVERIFY2(std::any_of(evidence.begin(), evidence.end(),
                     [](const QJsonValue& line) { return line.toString().contains("libcurl-missing.so.4"); }),
            QJsonDocument(evidence).toJson().constData());
        QVERIFY(!outcome.out.contains("Pa55-no-curl"));
    }

    void interruptWritesPartialReport_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("SIGINT") << int(SIGINT) << 130;
        QTest::addRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void interruptWritesPartialReport()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QList<Spec> specs = {{"first", "good.test", {}, 443, "https", "desktop", at(m_good), "ok"}};
        for (int i = 1; i <= 6; ++i)
            specs << Spec {QStringLiteral("silent-%1").arg(i), QStringLiteral("silent%1.test").arg(i), {}, 443, "https",
                "desktop", at(m_silent), "cancelled"};
        const QString catalog = writeCatalog("silent.json", specs);
        const QString reports = freshDirectory();
        const QString path = reports + "/partial.json";
        QStringList args = arguments(catalog, specs, {"--timeout", "--jobs"});
        args << "--timeout"
             << "60"
             << "--jobs"
             << "4"
             << "--report" << path;

        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        const int silentBefore = m_silent->connectionsSeen();
        process.start(NetreadyProcess::binary(), args);
        QVERIFY(process.waitForStarted(10000));
        // Four at a time: the fourth silent connection means the good check has finished and freed its place.
        QTRY_VERIFY_WITH_TIMEOUT(m_silent->connectionsSeen() >= silentBefore + 4, 10000);
        QTest::qWait(200);
        QCOMPARE(process.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        // Within 5 s of the signal, while the silent checks would run for 60 s: no tighter bound, which a busy
        // machine could miss.
        const bool ended = finished.wait(5000);
        if (!ended) {
            process.kill();
            process.waitForFinished(5000);
        }
        QVERIFY2(ended, "netready did not stop within 5 s of the signal");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == exitCode, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains("Verdict: "));

        QCOMPARE(entries(reports), QStringList {"partial.json"});
        QString output;
        QVERIFY2(ReportSchema::validateFile(path, &output), qPrintable(output));
        QString error;
        const QJsonObject report = parseJson(readFile(path), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(report.value("cancelled").toBool());
        compareChecks(report, specs);
        QVERIFY2(summaryMatchesChecks(report, &error), qPrintable(error));
        QCOMPARE(report.value("summary").toObject().value("skipped").toInt(), 6);
    }

private:
    // For the "report directory is a file" row: the file must still be a plain file afterwards.
    static QString regularFileChild(const QStringList& extra)
    {
        for (const QString& argument : extra) {
            if (argument.contains(QLatin1String("regular-file/")))
                return argument;
        }
        return QStringLiteral("/nonexistent-netready-path");
    }

    void pacScriptChoosesTheRoute()
    {
        SquidFixture squid;
        SquidFixture::Options options;
        options.hostNames = {"good.test"};
        QVERIFY2(squid.start(options), qPrintable(squid.errorString()));
        const quint16 closed = ProcessFixture::freeTcpPort();
        // good.test goes through a dead proxy first, then squid (which knows it); everything else directly.
        const QString answer
            = QStringLiteral("PROXY 127.0.0.1:%1; PROXY 127.0.0.1:%2; DIRECT").arg(closed).arg(squid.port());
        const QString script = m_dir.filePath("route.pac");
        QVERIFY(writeFile(script,
            QStringLiteral("function FindProxyForURL(url, host) {\n"
                           "  if (dnsDomainIs(host, 'good.test')) return '%1';\n"
                           "  return 'DIRECT';\n}\n")
                .arg(answer)
                .toUtf8()));
        const QList<Spec> specs
            = {{"proxied", "good.test", {}, m_good->serverPort(), "https", "desktop", {}, "ok", "through the script"}};
        const QString catalog = writeCatalog("pac.json", specs);
        QStringList args = arguments(catalog, specs, {"--no-proxy"});
        args << "--pac" << script << "--format"
             << "json";
        const Outcome outcome = run(args, 60000);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome) + "\n" + squid.accessLog()));

        QString error;
        const QJsonObject report = parseJson(outcome.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString messages;
        QVERIFY2(ReportSchema::validate(outcome.out, &messages), qPrintable(messages));
        const QJsonObject environment = report.value("environment").toObject();
        QCOMPARE(environment.value("proxyMode").toString(), QStringLiteral("pac"));
        QCOMPARE(environment.value("pacUrl").toString(), QFileInfo(script).absoluteFilePath());
        const QJsonObject pac = checksById(report).value("proxied").value("pac").toObject();
        QCOMPARE(pac.value("returned").toString(), answer);
        QCOMPARE(pac.value("used").toString(), QStringLiteral("PROXY 127.0.0.1:%1").arg(squid.port()));
        const QJsonArray failedOver = pac.value("failedOver").toArray();
        QCOMPARE(failedOver.size(), 1);
        QCOMPARE(
            failedOver.at(0).toObject().value("route").toString(), QStringLiteral("PROXY 127.0.0.1:%1").arg(closed));
        QTRY_VERIFY2_WITH_TIMEOUT(squid.accessLog().contains("CONNECT"), qPrintable(squid.accessLog()), 10000);

        // The text and HTML reports show the script's answer and the route used.
        args.removeLast();
        const QString html = m_dir.filePath("pac.html");
        args << QStringLiteral("text") << "--report" << html;
        const Outcome text = run(args, 60000);
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains(answer.toUtf8()), text.out.constData());
        QVERIFY2(text.out.contains(QStringLiteral("used PROXY 127.0.0.1:%1").arg(squid.port()).toUtf8()),
            text.out.constData());
        const QString page = QString::fromUtf8(readFile(html));
        QVERIFY2(page.contains(QStringLiteral("Proxy auto-config script returned")), qPrintable(page.left(2000)));
        QVERIFY2(page.contains(QStringLiteral("127.0.0.1:%1 failed").arg(closed)), qPrintable(page.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
