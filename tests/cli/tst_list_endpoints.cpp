#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// netready --list-endpoints as a firewall admin runs it: the selection's hosts in text, JSON and CSV, and exit 2
// with nothing on stdout when a catalog is invalid.
class TestListEndpoints final : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Outcome run(const QStringList& arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("NETREADY_BINARY"), QStringList {"--list-endpoints"} + arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
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
        QFile file(QStringLiteral(NETREADY_TEST_DATA_DIR "/power-automate-seed-rows.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return rows;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            const QStringList fields = line.split("\t");
            if (fields.size() == 5)
                rows << SeedRow {fields.at(1), fields.at(3).split(","), fields.at(4).split(",")};
        }
        return rows;
    }

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.
    static QList<QStringList> parseCsv(const QString& text, bool* wellFormed)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        *wellFormed = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"' && field.isEmpty()) {
                quoted = true;
            } else if (c == u',') {
                record << field;
                field.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                record << field;
                records << record;
                record.clear();
                field.clear();
                ++i;
            } else if (c == u'\n' || c == u'"') {
                *wellFormed = false;
            } else {
                field += c;
            }
        }
        if (quoted || !field.isEmpty() || !record.isEmpty())
            *wellFormed = false;
        return records;
    }

    static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
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
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
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
        const QString extra = writeFile(dir, "extra.json", extraCatalog("=HYPERLINK(\"http://x\",\"y, z\")"));
        const Outcome outcome
            = run({"--cloud", "gcc-high", "--features", "desktop", "--extra-catalog", extra, "--format", "csv"});
        QCOMPARE(outcome.exitCode, 0);
        bool wellFormed = false;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(outcome.out), &wellFormed);
        QVERIFY(wellFormed);
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
        const QString path = writeFile(dir, "custom.json", content);
        QVERIFY(!path.isEmpty());
        const Outcome outcome = run({"--cloud", "public", option, path});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.out.isEmpty(), outcome.out.constData());
        QVERIFY2(outcome.err.contains(dir.filePath(message)), qPrintable(outcome.err));
    }

    void extraCatalogIsListed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extra = writeFile(dir, "extra.json", extraCatalog("SAP router the bots use."));
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
