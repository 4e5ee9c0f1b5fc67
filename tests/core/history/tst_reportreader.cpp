#include "HistorySamples.h"
#include "SampleReport.h"
#include "history/ReportReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Saved reports read back: every field the comparison and the fleet summary use, fields added later ignored,
// and each kind of bad input refused with a message that names it.
class TestReportReader final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sample() { return JsonReport::toJson(SampleReport::mixed()); }

    static QJsonObject edited(const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = sample();
        edit(root);
        return root;
    }

    static QJsonObject editedCheck(int index, const QString& key, const QJsonValue& value)
    {
        return edited([&](QJsonObject& root) {
            QJsonArray checks = root.value("checks").toArray();
            QJsonObject check = checks.at(index).toObject();
            if (value.isUndefined())
                check.remove(key);
            else
                check.insert(key, value);
            checks.replace(index, check);
            root.insert("checks", checks);
        });
    }

private slots:
    void readsWhatTheProductWrites()
    {
        const RunReport run = SampleReport::mixed();
        QString error;
        const std::optional<SavedReport> report
            = ReportReader::fromJson(QJsonDocument(JsonReport::toJson(run)).toJson(), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->schemaVersion, 1);
        QCOMPARE(report->language, run.language);
        QCOMPARE(report->hostname, run.environment.hostname);
        QCOMPARE(report->cloud, QStringLiteral("public"));
        QCOMPARE(report->proxy, run.settings.proxyUsed);
        QCOMPARE(report->verdict, QStringLiteral("not-ready"));
        QCOMPARE(report->failed, run.summary().failed);
        QCOMPARE(report->checks.size(), run.checks.size());
        QSet<QString> identities;
        for (qsizetype i = 0; i < run.checks.size(); ++i) {
            const SavedCheck& check = report->checks.at(i);
            QCOMPARE(check.id, run.checks.at(i).id);
            QCOMPARE(check.status, CheckStatuses::id(run.checks.at(i).status()));
            QCOMPARE(check.diagnosis, Diagnoses::code(run.checks.at(i).diagnosis));
            identities.insert(check.identity);
        }
        QCOMPARE(identities.size(), run.checks.size());
    }

    // Reports of Netready 0.1 do not say their language: still read, the language not stated.
    void readsReportsWithoutLanguage()
    {
        QJsonObject root = JsonReport::toJson(SampleReport::mixed());
        QVERIFY(root.contains("language"));
        root.remove("language");
        QString error;
        const std::optional<SavedReport> report = ReportReader::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->language, QString());
        QCOMPARE(report->checks.size(), SampleReport::mixed().checks.size());
    }

    void labelsAreRead()
    {
        const RunReport run = HistorySamples::run(
            {{"flow-api", "api.flow.microsoft.com"}}, "pc-9", {{"site", "Berlin"}, {"ring", "pilot"}});
        const SavedReport report = HistorySamples::saved(run);
        QCOMPARE(report.label("site"), QStringLiteral("Berlin"));
        QCOMPARE(report.label("ring"), QStringLiteral("pilot"));
        QCOMPARE(report.label("floor"), QString());
    }

    // Fields arrive within a schema version (a device per check, phase ends and bytes, actions, diagnoses
    // this release does not know): a reader of the same version must take them.
    void ignoresFieldsItDoesNotKnow()
    {
        const QJsonObject report = edited([](QJsonObject& root) {
            root.insert("actions", QJsonArray {QJsonObject {{"kind", "open-port"}, {"port", 9350}}});
            QJsonArray checks = root.value("checks").toArray();
            QJsonObject check = checks.at(0).toObject();
            check.insert("device", "Contoso Web Gateway");
            QJsonArray phases = check.value("phases").toArray();
            QJsonObject phase = phases.at(0).toObject();
            phase.insert("end", "completed");
            phase.insert("bytes", 1234);
            phases.replace(0, phase);
            check.insert("phases", phases);
            check.insert("diagnosis", "blocked-by-inspection");
            checks.replace(0, check);
            root.insert("checks", checks);
            QJsonObject selection = root.value("selection").toObject();
            selection.insert("catalogDate", "2026-11-01");
            root.insert("selection", selection);
        });
        QString error;
        const std::optional<SavedReport> read = ReportReader::fromJson(QJsonDocument(report).toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->checks.constFirst().diagnosis, QStringLiteral("blocked-by-inspection"));
        QCOMPARE(read->catalogDate, QStringLiteral("2026-11-01"));
    }

    void refusesWhatIsNotAReport_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const auto bytes = [](const QJsonObject& object) { return QJsonDocument(object).toJson(); };
        QTest::addRow("not JSON") << QByteArray("{\"schemaVersion\": 1,") << "not JSON";
        QTest::addRow("empty") << QByteArray() << "not JSON";
        QTest::addRow("a list") << QByteArray("[1, 2]") << "not a Netready report";
        QTest::addRow("another tool") << bytes(edited([](QJsonObject& root) {
            root.insert("tool", QJsonObject {{"name", "othertool"}, {"version", "1"}});
        })) << "not a Netready report";
        QTest::addRow("no schema version")
            << bytes(edited([](QJsonObject& root) { root.remove("schemaVersion"); })) << "not a Netready report";
        QTest::addRow("schema version 2")
            << bytes(edited([](QJsonObject& root) { root.insert("schemaVersion", 2); }))
            << "report schema version 2 is not known to this Netready (it reads version 1)";
        QTest::addRow("schema version 1.5")
            << bytes(edited([](QJsonObject& root) { root.insert("schemaVersion", 1.5); }))
            << "report schema version 1.5 is not known";
        QTest::addRow("a comparison") << bytes(edited([](QJsonObject& root) { root.insert("kind", "comparison"); }))
                                      << "a Netready comparison, not a run report";
        QTest::addRow("no checks") << bytes(edited([](QJsonObject& root) { root.remove("checks"); }))
                                   << "field 'checks' is missing or is not a list";
        QTest::addRow("no selection") << bytes(edited([](QJsonObject& root) { root.remove("selection"); }))
                                      << "field 'selection' is missing or is not an object";
        QTest::addRow("status unknown") << bytes(editedCheck(2, "status", "maybe"))
                                        << "field 'checks[2].status' is 'maybe', expected one of";
        QTest::addRow("port as text") << bytes(editedCheck(1, "port", "443"))
                                      << "field 'checks[1].port' is missing or is not a whole number";
        QTest::addRow("no diagnosis") << bytes(editedCheck(0, "diagnosis", QJsonValue::Undefined))
                                      << "field 'checks[0].diagnosis' is missing or is not a text";
        QTest::addRow("label not text") << bytes(edited([](QJsonObject& root) {
            root.insert("labels", QJsonObject {{"site", 3}});
        })) << "field 'labels.site' is missing or is not a text";
    }

    void refusesWhatIsNotAReport()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReportReader::fromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void fileErrorsNameTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray whole = QJsonDocument(sample()).toJson();
        QTest::addRow("missing") << "missing.json" << QByteArray() << "no such file";
        QTest::addRow("directory") << "folder" << QByteArray() << "is a directory";
        QTest::addRow("truncated") << "truncated.json" << whole.left(whole.size() / 2) << "not JSON";
    }

    void fileErrorsNameTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        if (name == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        QString error;
        QVERIFY(!ReportReader::readFile(path, &error));
        QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReportReader)
#include "tst_reportreader.moc"
