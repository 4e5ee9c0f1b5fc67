#include "HistorySamples.h"
#include "ReportSchema.h"
#include "history/FleetCollector.h"
#include "history/FleetHtml.h"
#include "history/FleetJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using HistorySamples::Spec;

// Many reports written by the product's JSON writer into a folder, summarised by reading the folder, and the
// counts checked against a direct computation over the same generated runs.
class TestFleetSummary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FleetSummary m_summary;
    // What the generator made, for the direct computation.
    QHash<QString, int> m_failuresPerEndpoint; // probe -> machines where it failed
    QHash<QString, int> m_machinesPerSite;
    int m_ready = 0;
    int m_machines = 0;
    QStringList m_badFiles;

    static const QStringList& probes()
    {
        static const QStringList list {"login.microsoftonline.com", "api.flow.microsoft.com",
            "contoso.servicebus.windows.net", "make.powerautomate.com"};
        return list;
    }

    static bool write(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath("berlin/nested"));
        QRandomGenerator random(18);
        const QStringList sites {"Berlin", "Paris", ""};
        for (int machine = 0; machine < 300; ++machine) {
            const QString site = sites.at(machine % sites.size());
            QList<Spec> specs;
            bool ready = true;
            for (const QString& probe : probes()) {
                // Paris blocks the relay everywhere; elsewhere any endpoint fails now and then.
                const bool parisRelay = site == QLatin1String("Paris") && probe.contains("servicebus");
                const bool fails = parisRelay || random.bounded(20) == 0;
                specs << Spec {probe.section('.', 0, 0), probe, 443, Protocol::Https,
                    fails ? (parisRelay ? Diagnosis::TcpTimeout : Diagnosis::TcpRefused) : Diagnosis::Ok};
                if (fails)
                    ++m_failuresPerEndpoint[probe];
                ready = ready && !fails;
            }
            QList<std::pair<QString, QString>> labels;
            if (!site.isEmpty())
                labels.append({"site", site});
            const RunReport run = HistorySamples::run(specs, QStringLiteral("pc-%1").arg(machine), labels);
            const QString folder = site == QLatin1String("Berlin") ? QStringLiteral("berlin/nested/") : QString();
            QVERIFY(
                write(m_dir.filePath(folder + QStringLiteral("pc-%1.json").arg(machine)), HistorySamples::json(run)));
            ++m_machines;
            ++m_machinesPerSite[site];
            m_ready += ready ? 1 : 0;
        }
        // A GCC High machine: a cloud of its own, never mixed into the public counts.
        RunReport gcc = HistorySamples::run({{"login", "login.microsoftonline.us"}}, "gcc-pc");
        gcc.settings.cloud = Cloud::GccHigh;
        QVERIFY(write(m_dir.filePath("gcc-pc.json"), HistorySamples::json(gcc)));

        const QByteArray whole = HistorySamples::json(HistorySamples::run({{"login", "login.microsoftonline.com"}}));
        const QList<std::pair<QString, QByteArray>> bad {
            {"corrupt.json", QByteArray("\x00\x01garbage", 9)},
            {"truncated.json", whole.left(whole.size() / 3)},
            {"foreign.json", QByteArray("{\"name\": \"package\", \"version\": \"1.0\"}")},
            {"berlin/future.json", QByteArray(whole).replace("\"schemaVersion\": 1", "\"schemaVersion\": 7")},
        };
        for (const auto& [name, data] : bad) {
            QVERIFY(write(m_dir.filePath(name), data));
            m_badFiles << m_dir.filePath(name);
        }
        QVERIFY(write(m_dir.filePath("notes.txt"), "not a report, not *.json: not read"));
        FleetCollector::collect({m_dir.path()}, m_summary);
    }

    void unreadableFilesAreListedWithTheReason()
    {
        const QList<FleetSummary::Unreadable> unreadable = m_summary.unreadable();
        QStringList paths;
        for (const FleetSummary::Unreadable& file : unreadable)
            paths << file.path;
        m_badFiles.sort();
        QCOMPARE(paths, m_badFiles);
        for (const FleetSummary::Unreadable& file : unreadable)
            QVERIFY2(file.reason.startsWith(file.path + ": "), qPrintable(file.reason));
        QVERIFY(unreadable.at(0).reason.contains("schema version 7"));
    }

    void cloudsAreGroupedNotMixed()
    {
        const QList<FleetSummary::Group> groups = m_summary.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(m_summary.machines(), m_machines + 1);
        QCOMPARE(groups.at(0).cloud, QStringLiteral("gcc-high"));
        QCOMPARE(groups.at(0).machines, 1);
        QCOMPARE(groups.at(1).cloud, QStringLiteral("public"));
    }

    void countsMatchTheDirectComputation()
    {
        const FleetSummary::Group group = m_summary.groups().at(1);
        QCOMPARE(group.machines, m_machines);
        QCOMPARE(group.ready, m_ready);
        QCOMPARE(group.endpoints.size(), probes().size());
        for (const FleetSummary::EndpointTally& tally : group.endpoints) {
            const QString probe = tally.endpoint.section(':', 0, 0);
            QCOMPARE(tally.tested, m_machines);
            QCOMPARE(tally.failed, m_failuresPerEndpoint.value(probe));
            int diagnoses = 0;
            for (const int count : tally.diagnoses)
                diagnoses += count;
            QCOMPARE(diagnoses, tally.failed);
        }
        // Most failures first.
        for (qsizetype i = 1; i < group.endpoints.size(); ++i)
            QVERIFY(group.endpoints.at(i - 1).failed >= group.endpoints.at(i).failed);
        for (auto it = m_machinesPerSite.cbegin(); it != m_machinesPerSite.cend(); ++it)
            QCOMPARE(group.bySite.value(it.key()).machines, it.value());
        QCOMPARE(group.byRoute.size(), 1);
        QCOMPARE(group.byRoute.value(QString()).machines, m_machines);
    }

    // An endpoint failing where nearly every machine of its site passes it stands out; the Paris relay, which
    // fails on every Paris machine, is a site problem and does not.
    void oddOnesOut()
    {
        const FleetSummary::Group group = m_summary.groups().at(1);
        QVERIFY(!group.oddOnesOut.isEmpty());
        for (const FleetSummary::OddOneOut& odd : group.oddOnesOut) {
            QVERIFY(odd.passingAtSite >= FleetSummary::oddOneOutShare * odd.machinesAtSite);
            QVERIFY2(
                !(odd.site == QLatin1String("Paris") && odd.endpoint.contains("servicebus")), qPrintable(odd.hostname));
            QCOMPARE(odd.diagnosis, QStringLiteral("tcp-refused"));
        }
    }

    // "By proxy" groups by the route the checks used: direct, the proxy, or the proxy auto-config script that
    // chose each check's proxy (its URL, whatever proxies it picked on that machine).
    void byProxyGroupsByTheRoute()
    {
        struct Machine
        {
            QString mode;
            QString proxy; // the run's proxy
            QString pacUrl;
            QStringList checkProxies; // per check; empty = direct
        };
        const QString pacA = QStringLiteral("http://wpad.corp.example/proxy.pac");
        const QString pacB = QStringLiteral("file:///C:/ProgramData/corp/branch.pac");
        const QString manual = QStringLiteral("http://proxy.corp.example:8080");
        const QList<Machine> machines {
            {"none", {}, {}, {"", ""}},
            {"manual", manual, {}, {manual, manual}},
            {"manual", manual, {}, {manual, manual}},
            // The same script sent these machines' checks through different proxies, or straight out.
            {"pac", {}, pacA, {"http://a.corp.example:8080", "http://b.corp.example:8080"}},
            {"pac", {}, pacA, {"http://b.corp.example:8080", ""}},
            {"pac", {}, pacA, {"", ""}},
            {"pac", {}, pacB, {"http://a.corp.example:8080", "http://a.corp.example:8080"}},
            // The system configuration names a script: its URL is the route too.
            {"system", {}, pacB, {"http://a.corp.example:8080", ""}},
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (qsizetype i = 0; i < machines.size(); ++i) {
            const Machine& machine = machines.at(i);
            RunReport run
                = HistorySamples::run({{"login", "login.microsoftonline.com"}, {"flow", "api.flow.microsoft.com"}},
                    QStringLiteral("pc-%1").arg(i));
            run.settings.proxyMode = machine.mode;
            run.settings.proxyUsed = machine.proxy;
            run.settings.pacUrl = machine.pacUrl;
            for (qsizetype c = 0; c < run.checks.size(); ++c)
                run.checks[c].proxy = machine.checkProxies.at(c);
            QVERIFY(write(dir.filePath(QStringLiteral("pc-%1.json").arg(i)), HistorySamples::json(run)));
        }
        // A report from before environment.pacUrl: grouped by its checks' proxy, as then.
        RunReport older = HistorySamples::run({{"login", "login.microsoftonline.com"}}, QStringLiteral("pc-old"));
        older.settings.proxyMode = QStringLiteral("manual");
        older.settings.proxyUsed = manual;
        older.checks[0].proxy = manual;
        QJsonObject root = QJsonDocument::fromJson(HistorySamples::json(older)).object();
        QJsonObject environment = root.value("environment").toObject();
        environment.remove("pacUrl");
        root.insert("environment", environment);
        QVERIFY(write(dir.filePath("pc-old.json"), QJsonDocument(root).toJson()));

        FleetSummary summary;
        FleetCollector::collect({dir.path()}, summary);
        QVERIFY(summary.unreadable().isEmpty());
        QCOMPARE(summary.groups().size(), 1);
        const FleetSummary::Group group = summary.groups().constFirst();
        QCOMPARE(group.byRoute.keys(), (QStringList {QString(), pacB, manual, pacA}));
        QCOMPARE(group.byRoute.value(QString()).machines, 1);
        QCOMPARE(group.byRoute.value(manual).machines, 3);
        QCOMPARE(group.byRoute.value(pacA).machines, 3);
        QCOMPARE(group.byRoute.value(pacB).machines, 2);
    }

    void jsonFollowsItsSchema()
    {
        const QByteArray data = QJsonDocument(FleetJson::toJson(m_summary)).toJson();
        QString messages;
        QVERIFY2(ReportSchema::validate(data, &messages, "fleet.schema.json"), qPrintable(messages));
        const QJsonObject root = QJsonDocument::fromJson(data).object();
        QCOMPARE(root.value("reports").toInt(), m_machines + 1);
        QCOMPARE(root.value("unreadable").toArray().size(), m_badFiles.size());
    }

    // Opens offline: one inline script, allowed by its hash and nothing else; a chart drawn inline.
    void htmlIsSelfContained()
    {
        const QString html = FleetHtml::build(m_summary);
        QXmlStreamReader xml(html);
        QString script;
        int svgs = 0;
        int scripts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                ++svgs;
            if (xml.isStartElement() && xml.name() == QLatin1String("script")) {
                ++scripts;
                QVERIFY(xml.attributes().value("src").isEmpty());
                script = xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(scripts, 1);
        QCOMPARE(svgs, 1); // the GCC High group has no failure to chart
        const QByteArray digest = QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toBase64();
        const QRegularExpression csp("Content-Security-Policy\" content=\"default-src 'none'; style-src "
                                     "'unsafe-inline'; script-src 'sha256-([^']+)'\"");
        const QRegularExpressionMatch match = csp.match(html);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toLatin1(), digest);
        QVERIFY(!html.contains(" src=") && !html.contains(" href="));
    }
};

QTEST_GUILESS_MAIN(TestFleetSummary)
#include "tst_fleetsummary.moc"
