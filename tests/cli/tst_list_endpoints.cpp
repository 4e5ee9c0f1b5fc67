#include "NetreadyProcess.h"
#include "Rfc4180.h"
#include "ScratchFile.h"
#include "SeedRowsFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// netready --list-endpoints as a firewall admin runs it: the selection's hosts in text, JSON and CSV, and exit 2
// with nothing on stdout when a catalog is invalid.
class TestListEndpoints final : public QObject
{
    Q_OBJECT

private:
    using Outcome = NetreadyProcess::Outcome;

    static Outcome run(const QStringList& arguments)
    {
        return NetreadyProcess::run(QStringList {"--list-endpoints"} + arguments);
    }

    struct SeedRow
    {
        QString host;
        QStringList clouds;
        QStringList features;
    };

    static QList<SeedRow> seedRows()
    {
        QList<SeedRow> rows;
        for (const QStringList& fields :
            SeedRowsFile::read(QStringLiteral(NETREADY_TEST_DATA_DIR "/power-automate-seed-rows.tsv")))
            rows << SeedRow {fields.at(1), fields.at(3).split(","), fields.at(4).split(",")};
        return rows;
    }

    static QByteArray extraCatalog(const QString& purpose)
    {
        const QJsonObject endpoint {{"id", "sap-router"}, {"host", "sap.example.com"}, {"port", 3299},
            {"protocol", "tcp"}, {"clouds", QJsonArray {"gcc-high"}}, {"features", QJsonArray {"desktop"}},
            {"purpose", purpose}};
        return QJsonDocument(QJsonObject {{"schemaVersion", 1}, {"endpoints", QJsonArray {endpoint}}}).toJson();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("NETREADY_BINARY"), "NETREADY_BINARY not set");
        QVERIFY(!seedRows().isEmpty());
    }

    void gccHighDesktopText()
    {
        const Outcome outcome = run({"--cloud", "gcc-high", "--features", "desktop"});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.errText()));
        const QString text = QString::fromUtf8(outcome.out);
        QVERIFY(text.contains("HTTPS (TCP 443)"));
        QVERIFY(text.contains("HTTP 80 (certificate revocation)"));

        // Every host of a desktop row for GCC High is listed; a host whose desktop rows all belong to other
        // clouds (China only, public only) is not.
        QSet<QString> listed;
        for (const QString& line : text.split("\n")) {
            if (line.startsWith("    ") && !line.trimmed().contains(' '))
                listed.insert(line.trimmed());
        }
        QSet<QString> expected;
        QSet<QString> elsewhere;
        for (const SeedRow& row : seedRows()) {
            if (!row.features.contains("desktop"))
                continue;
            if (row.clouds.contains("gcc-high"))
                expected.insert(row.host);
            else
                elsewhere.insert(row.host);
        }
        elsewhere.subtract(expected);
        QVERIFY(expected.contains("*.servicebus.usgovcloudapi.net"));
        QVERIFY(elsewhere.contains("crl.digicert.cn"));
        QVERIFY(elsewhere.contains("*.servicebus.windows.net"));
        for (const QString& host : std::as_const(expected))
            QVERIFY2(listed.contains(host), qPrintable(host + " missing"));
        for (const QString& host : std::as_const(elsewhere))
            QVERIFY2(!listed.contains(host) && !text.contains("\n  " + host + "\n"),
                qPrintable(host + " listed for GCC High"));
    }

    void jsonParses()
    {
        const Outcome outcome = run({"--cloud", "china", "--features", "desktop,gateway", "--format", "json"});
        QCOMPARE(outcome.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(outcome.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = document.object();
        QCOMPARE(root.value("schemaVersion").toInt(), 1);
        QCOMPARE(root.value("selection").toObject().value("cloud").toString(), "china");
        QCOMPARE(root.value("catalogFiles").toArray(), QJsonArray {"built-in"});
        QVERIFY(!root.value("groups").toArray().isEmpty());
        QVERIFY(!root.contains("connectorAdvice")); // no cloud flows selected
        const QJsonArray endpoints = root.value("endpoints").toArray();
        QVERIFY(!endpoints.isEmpty());
        bool revocation = false;
        for (const QJsonValue& value : endpoints) {
            const QJsonObject endpoint = value.toObject();
            QVERIFY(endpoint.value("clouds").toArray().contains("china"));
            QVERIFY(!endpoint.value("ports").toArray().isEmpty());
            if (endpoint.value("host").toString() == "crl.digicert.cn") {
                revocation = true;
                QCOMPARE(endpoint.value("protocol").toString(), "crl");
                QVERIFY(endpoint.value("url").toString().startsWith("http://crl.digicert.cn/"));
            }
        }
        QVERIFY(revocation);
    }

    void csvParses()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extra = ScratchFile::write(dir, "extra.json", extraCatalog("=HYPERLINK(\"http://x\",\"y, z\")"));
        const Outcome outcome
            = run({"--cloud", "gcc-high", "--features", "desktop", "--extra-catalog", extra, "--format", "csv"});
        QCOMPARE(outcome.exitCode, 0);
        QString csvError;
        const QList<QStringList> records = Rfc4180::parse(outcome.outText(), &csvError);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        QVERIFY(records.size() > 5);
        QCOMPARE(records.constFirst(),
            (QStringList {"group", "host", "ports", "protocol", "purpose", "status", "probe", "id", "source"}));
        bool sawRelay = false;
        bool sawExtra = false;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList& record = records.at(i);
            QCOMPARE(record.size(), 9);
            if (record.at(1) == "*.servicebus.usgovcloudapi.net" && record.at(3) == "wss")
                sawRelay = true;
            if (record.at(1) == "sap.example.com") {
                sawExtra = true;
                QCOMPARE(record.at(0), "TCP 3299");
                // A spreadsheet must not run it as a formula.
                QCOMPARE(record.at(4), "'=HYPERLINK(\"http://x\",\"y, z\")");
            }
        }
        QVERIFY(sawRelay);
        QVERIFY(sawExtra);
    }

    void invalidCatalogExitsTwo_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("bad port in extra")
            << "--extra-catalog"
            << QByteArray(R"({"schemaVersion": 1, "endpoints": [{"id": "a", "host": "a.example.com", "port": 70000,
                          "protocol": "tcp", "clouds": ["public"], "features": ["desktop"]}]})")
            << "custom.json: endpoints[0].port: 70000 is not a port (1-65535)";
        QTest::addRow("malformed catalog") << "--catalog" << QByteArray("{\n\"schemaVersion\": 1,,\n}")
                                           << "custom.json: line 2, column 20: unterminated object";
        QTest::addRow("duplicate of a built-in id")
            << "--extra-catalog"
            << QByteArray(R"({"schemaVersion": 1, "endpoints": [{"id": "flows-graph", "host": "a.example.com",
                          "port": 1, "protocol": "tcp", "clouds": ["public"], "features": ["desktop"]}]})")
            << "custom.json: endpoints[0].id: duplicate id 'flows-graph' (already defined in built-in)";
    }

    void invalidCatalogExitsTwo()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = ScratchFile::write(dir, "custom.json", content);
        QVERIFY(!path.isEmpty());
        const Outcome outcome = run({"--cloud", "public", option, path});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.out.isEmpty(), outcome.out.constData());
        QVERIFY2(outcome.errText().contains(dir.filePath(message)), qPrintable(outcome.errText()));
    }

    // The counts at the end of the text and in the JSON agree with the entries listed, per feature and in all.
    void countsPerCloudAndFeature_data()
    {
        QTest::addColumn<QString>("cloud");
        for (const char* cloud : {"public", "gcc", "gcc-high", "dod", "china"})
            QTest::addRow("%s", cloud) << QString::fromLatin1(cloud);
    }

    void countsPerCloudAndFeature()
    {
        QFETCH(QString, cloud);
        const Outcome json = run({"--cloud", cloud, "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        const QJsonArray endpoints = root.value("endpoints").toArray();
        const QJsonObject counts = root.value("counts").toObject();
        QCOMPARE(counts.value("cloud").toString(), cloud);
        QCOMPARE(counts.value("endpoints").toInt(), endpoints.size());
        const Outcome text = run({"--cloud", cloud});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("\nCounts\n")), qPrintable(out.right(400)));
        for (const QString& feature : QStringList {"cloud-flows", "mobile", "desktop", "gateway"}) {
            int expected = 0;
            QSet<QString> hosts;
            for (const QJsonValue& value : endpoints) {
                if (value.toObject().value("features").toArray().contains(feature)) {
                    ++expected;
                    hosts.insert(value.toObject().value("host").toString().toLower());
                }
            }
            QVERIFY2(expected > 0, qPrintable(feature));
            const QJsonObject perFeature = counts.value("byFeature").toObject().value(feature).toObject();
            QCOMPARE(perFeature.value("endpoints").toInt(), expected);
            QCOMPARE(perFeature.value("hosts").toInt(), hosts.size());
            const QString line = QStringLiteral("  %1 · %2: %3 endpoints, %4 hosts\n")
                                     .arg(cloud, feature)
                                     .arg(expected)
                                     .arg(hosts.size());
            QVERIFY2(out.contains(line), qPrintable(line));
            // One feature alone lists exactly the entries counted for it.
            const Outcome alone = run({"--cloud", cloud, "--features", feature, "--format", "json"});
            QCOMPARE(QJsonDocument::fromJson(alone.out).object().value("endpoints").toArray().size(), expected);
        }
        QVERIFY(out.contains(QStringLiteral("  %1 · all selected: %2 endpoints").arg(cloud).arg(endpoints.size())));
    }

    // --region shows the namespaces of that region from Microsoft's list, in every format.
    void regionNamespacesAreListed()
    {
        QFile file(QStringLiteral(NETREADY_SOURCE_DIR "/resources/catalog/relay-namespaces.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList europe;
        for (const QJsonValue& region : QJsonDocument::fromJson(file.readAll()).object().value("regions").toArray()) {
            if (region.toObject().value("name").toString() != "Europe")
                continue;
            for (const QJsonValue& relay : region.toObject().value("namespaces").toArray())
                europe << relay.toObject().value("host").toString();
        }
        QVERIFY(europe.size() > 10);

        const Outcome text = run({"--features", "desktop", "--region", "europe"});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        const qsizetype section = out.indexOf("\nRelay namespaces of the Europe region\n");
        QVERIFY2(section > 0, qPrintable(out.right(400)));
        QVERIFY(out.indexOf("Allow these instead of *.servicebus.windows.net (TCP ", section) > 0);
        for (const QString& host : std::as_const(europe))
            QVERIFY2(out.indexOf("\n    " + host, section) > 0, qPrintable(host));

        const Outcome json = run({"--features", "desktop", "--region", "Europe", "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject region = QJsonDocument::fromJson(json.out).object().value("region").toObject();
        QCOMPARE(region.value("name").toString(), "Europe");
        QCOMPARE(region.value("replaces").toArray(), QJsonArray {"*.servicebus.windows.net"});
        const QJsonArray namespaces = region.value("namespaces").toArray();
        QCOMPARE(namespaces.size(), europe.size());
        QCOMPARE(namespaces.first().toObject().value("host").toString(), europe.constFirst());

        const Outcome csv = run({"--features", "desktop", "--region", "Europe", "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        QString csvError;
        const QList<QStringList> records = Rfc4180::parse(csv.outText(), &csvError);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        int relayRows = 0;
        for (const QStringList& record : records) {
            QCOMPARE(record.size(), 9);
            relayRows += record.at(0) == "Relay namespaces of the Europe region" ? 1 : 0;
        }
        QCOMPARE(relayRows, europe.size());

        // Without a relay check in the selection, the listing says why no namespace applies.
        const Outcome mobile = run({"--features", "mobile", "--region", "Europe"});
        QCOMPARE(mobile.exitCode, 0);
        QVERIFY(QString::fromUtf8(mobile.out).contains("the region's namespaces apply to desktop flows"));
        QVERIFY(!QString::fromUtf8(mobile.out).contains(europe.constFirst()));

        // Without a region, no namespace section.
        QVERIFY(!QString::fromUtf8(run({"--features", "desktop"}).out).contains("Relay namespaces of the"));
    }

    void extraCatalogIsListed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extra = ScratchFile::write(dir, "extra.json", extraCatalog("SAP router the bots use."));
        const Outcome outcome = run({"--cloud", "gcc-high", "--features", "desktop", "--extra-catalog", extra});
        QCOMPARE(outcome.exitCode, 0);
        const QString text = QString::fromUtf8(outcome.out);
        QVERIFY(text.contains("TCP 3299\n    sap.example.com\n"));
        QVERIFY(text.contains("tcp 3299: SAP router the bots use."));
        QVERIFY(text.contains("Catalog: built-in, " + extra));
    }
};

QTEST_GUILESS_MAIN(TestListEndpoints)
#include "tst_list_endpoints.moc"
