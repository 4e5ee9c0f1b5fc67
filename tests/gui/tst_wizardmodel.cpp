#include "WizardModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The wizard's model: the command line over remembered choices, and which tenant inputs a selection needs.
class TestWizardModel final : public QObject
{
    Q_OBJECT

private slots:
    void commandLineWinsOverRememberedChoices()
    {
        RunOptions saved;
        saved.cloud = Cloud::China;
        saved.features = {Feature::Gateway};
        saved.timeoutSeconds = 30;
        saved.proxy.mode = ProxySetting::Mode::None;
        saved.inputs.insert("dataverse", {"old.crm.dynamics.cn"});

        WizardStart start;
        start.options.cloud = Cloud::Dod;
        start.options.features = {Feature::Desktop};
        start.options.catalogFile = "/tmp/own.json";
        ConnectToRule rule;
        rule.connectHost = "127.0.0.1";
        start.options.connectTo = {rule};

        // Without --cloud/--features the remembered ones stay; other options keep theirs unless given.
        RunOptions merged = WizardModel::initialOptions(saved, start);
        QCOMPARE(merged.cloud, Cloud::China);
        QCOMPARE(merged.features, QList<Feature> {Feature::Gateway});
        QCOMPARE(merged.timeoutSeconds, 30);
        QCOMPARE(merged.proxy.mode, ProxySetting::Mode::None);
        QCOMPARE(merged.catalogFile, QString("/tmp/own.json"));
        QCOMPARE(merged.connectTo.size(), 1);
        QCOMPARE(merged.inputs.value("dataverse"), QStringList {"old.crm.dynamics.cn"});

        start.cloudGiven = true;
        start.featuresGiven = true;
        start.options.timeoutSeconds = 3;
        start.options.inputs.insert("dataverse", {"new.crm.appsplatform.us"});
        merged = WizardModel::initialOptions(saved, start);
        QCOMPARE(merged.cloud, Cloud::Dod);
        QCOMPARE(merged.features, QList<Feature> {Feature::Desktop});
        QCOMPARE(merged.timeoutSeconds, 3);
        QCOMPARE(merged.inputs.value("dataverse"), QStringList {"new.crm.appsplatform.us"});

        start.useSavedChoices = false;
        start.cloudGiven = false;
        merged = WizardModel::initialOptions(saved, start);
        QCOMPARE(merged.cloud, Cloud::Public);
        QCOMPARE(merged.proxy.mode, ProxySetting::Mode::System);
    }

    void placeholdersFollowTheSelection_data()
    {
        QTest::addColumn<QList<Feature>>("features");
        QTest::addColumn<QStringList>("needed");
        QTest::addRow("cloud flows") << QList<Feature> {Feature::CloudFlows} << QStringList {"dataverse"};
        QTest::addRow("desktop") << QList<Feature> {Feature::Desktop} << QStringList {"servicebus-namespace"};
        QTest::addRow("both") << QList<Feature> {Feature::CloudFlows, Feature::Desktop}
                              << QStringList {"dataverse", "servicebus-namespace"};
        QTest::addRow("mobile") << QList<Feature> {Feature::Mobile} << QStringList();
    }

    void placeholdersFollowTheSelection()
    {
        QFETCH(QList<Feature>, features);
        QFETCH(QStringList, needed);
        QTemporaryDir dir;
        const auto endpoint = [](const QString& id, const QString& host, const QString& probe, const QString& feature) {
            return QJsonObject {{"id", id}, {"host", host}, {"probe", probe}, {"port", 443}, {"protocol", "https"},
                {"clouds", QJsonArray {"public"}}, {"features", QJsonArray {feature}}};
        };
        const QJsonObject catalog {{"schemaVersion", 1},
            {"endpoints",
                QJsonArray {endpoint("env", "*.crm.dynamics.com", "{dataverse}", "cloud-flows"),
                    endpoint("relay", "*.servicebus.windows.net", "{servicebus-namespace}", "desktop"),
                    endpoint("app", "*.example.test", "app.example.test", "mobile")}}};
        QFile file(dir.filePath("catalog.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(catalog).toJson());
        file.close();

        WizardModel model;
        model.options().catalogFile = file.fileName();
        model.options().features = features;
        QStringList result = model.placeholdersNeeded();
        result.sort();
        QCOMPARE(result, needed);
    }

    // An extra catalog's placeholders are asked for, and a value is judged against its wildcards too.
    void extraCatalogsCount()
    {
        QTemporaryDir dir;
        const QJsonObject extra {{"schemaVersion", 1},
            {"endpoints",
                QJsonArray {QJsonObject {{"id", "contoso-env"}, {"host", "*.crm.contoso.example"},
                    {"probe", "{dataverse}"}, {"port", 443}, {"protocol", "https"}, {"clouds", QJsonArray {"public"}},
                    {"features", QJsonArray {"mobile"}}}}}};
        QFile file(dir.filePath("extra.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(extra).toJson());
        file.close();

        WizardModel model;
        model.options().features = {Feature::Mobile};
        QVERIFY(!model.placeholdersNeeded().contains("dataverse"));
        model.options().extraCatalogFiles = {file.fileName()};
        QCOMPARE(model.placeholdersNeeded(), QStringList {"dataverse"});
        QVERIFY(model.placeholderRules().check("dataverse", "org.crm.contoso.example").ok());
        QVERIFY(model.placeholderRules()
                    .check("dataverse", "org.crm.dynamics.com")
                    .reason.contains("*.crm.contoso.example"));
    }

    void unreadableCatalogNeedsNothing()
    {
        WizardModel model;
        model.options().catalogFile = "/nonexistent/catalog.json";
        QVERIFY(model.placeholdersNeeded().isEmpty());
    }

    void builtInCatalogAsksForTheEnvironment()
    {
        WizardModel model;
        model.options().features = {Feature::CloudFlows};
        QVERIFY(model.placeholdersNeeded().contains("dataverse"));
    }
};

QTEST_GUILESS_MAIN(TestWizardModel)
#include "tst_wizardmodel.moc"
