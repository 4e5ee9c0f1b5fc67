#include "ChoicesSettings.h"
#include "IsolatedSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Choices survive a restart; proxy credentials never reach the settings.
class TestChoicesSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray everythingWritten() const
    {
        QByteArray all;
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        IsolatedSettings::use(m_dir.path(), "tst_choicessettings");
    }

    void init() { QSettings().clear(); }

    void nothingRememberedGivesDefaults()
    {
        bool cloudRemembered = true;
        const RunOptions options = ChoicesSettings::load(&cloudRemembered);
        QVERIFY(!cloudRemembered);
        const RunOptions defaults;
        QCOMPARE(options.cloud, defaults.cloud);
        QCOMPARE(options.features, defaults.features);
        QCOMPARE(options.proxy.mode, ProxySetting::Mode::System);
        QCOMPARE(options.timeoutSeconds, defaults.timeoutSeconds);
    }

    void roundTrip()
    {
        RunOptions options;
        options.cloud = Cloud::GccHigh;
        options.features = {Feature::Desktop, Feature::Gateway};
        options.inputs.insert("dataverse", {"agency.crm.microsoftdynamics.us"});
        options.inputs.insert("servicebus-namespace", {"a-relay1.servicebus.usgovcloudapi.net"});
        QString error;
        options.proxy = ProxySetting::fromUrl("http://alice:s3cr3t-Pa55@proxy.corp.example:3128", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        options.caFile = "/etc/ssl/inspection-root.pem";
        options.timeoutSeconds = 25;
        options.checkChainRevocation = true;
        options.extraCatalogFiles = {"/srv/own-endpoints.json"};
        options.region = "Europe";
        ChoicesSettings::save(options);

        bool cloudRemembered = false;
        const RunOptions loaded = ChoicesSettings::load(&cloudRemembered);
        QVERIFY(cloudRemembered);
        QCOMPARE(loaded.cloud, Cloud::GccHigh);
        QCOMPARE(loaded.features, QList<Feature>({Feature::Desktop, Feature::Gateway}));
        QCOMPARE(loaded.inputs.value("dataverse"), QStringList {"agency.crm.microsoftdynamics.us"});
        QCOMPARE(loaded.inputs.value("servicebus-namespace"), QStringList {"a-relay1.servicebus.usgovcloudapi.net"});
        QCOMPARE(loaded.proxy.mode, ProxySetting::Mode::Manual);
        QCOMPARE(loaded.proxy.url.host(), QString("proxy.corp.example"));
        QCOMPARE(loaded.proxy.url.port(), 3128);
        QVERIFY(loaded.proxy.user.isEmpty());
        QVERIFY(loaded.proxy.password.isEmpty());
        QCOMPARE(loaded.caFile, QString("/etc/ssl/inspection-root.pem"));
        QCOMPARE(loaded.timeoutSeconds, 25);
        QVERIFY(loaded.checkChainRevocation);
        QCOMPARE(loaded.extraCatalogFiles, QStringList {"/srv/own-endpoints.json"});
        QCOMPARE(loaded.region, QString("Europe"));

        // Neither the password nor the user name was written anywhere.
        const QByteArray written = everythingWritten();
        QVERIFY(written.contains("proxy.corp.example"));
        QVERIFY(!written.contains("s3cr3t-Pa55"));
        QVERIFY(!written.contains("alice"));
    }

    // A proxy auto-config script is remembered by its location; one that has gone away falls back to the system.
    void pacScriptIsRemembered()
    {
        const QString script = m_dir.filePath("proxy.pac");
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("function FindProxyForURL(url, host) { return 'DIRECT'; }");
        file.close();
        RunOptions options;
        QString error;
        options.proxy = ProxySetting::fromPac(script, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ChoicesSettings::save(options);
        RunOptions loaded = ChoicesSettings::load();
        QCOMPARE(loaded.proxy.mode, ProxySetting::Mode::Pac);
        QCOMPARE(loaded.proxy.pacDisplay(), QFileInfo(script).absoluteFilePath());

        QVERIFY(QFile::remove(script));
        loaded = ChoicesSettings::load();
        QCOMPARE(loaded.proxy.mode, ProxySetting::Mode::System);
    }

    void noFeaturesIsRememberedAsNone()
    {
        RunOptions options;
        options.features = {Feature::Mobile};
        ChoicesSettings::save(options);
        QCOMPARE(ChoicesSettings::load().features, QList<Feature> {Feature::Mobile});
    }

    void badValuesFallBackToDefaults()
    {
        QSettings settings;
        settings.setValue("choices/cloud", "moon");
        settings.setValue("choices/features", QStringList {"teleport", "mobile"});
        settings.setValue("network/proxyMode", "manual"); // but no URL
        settings.setValue("network/timeoutSeconds", 100000);
        settings.sync();
        bool cloudRemembered = true;
        const RunOptions loaded = ChoicesSettings::load(&cloudRemembered);
        QVERIFY(!cloudRemembered);
        QCOMPARE(loaded.cloud, Cloud::Public);
        QCOMPARE(loaded.features, QList<Feature> {Feature::Mobile});
        QCOMPARE(loaded.proxy.mode, ProxySetting::Mode::System);
        QCOMPARE(loaded.timeoutSeconds, RunOptions().timeoutSeconds);
    }
};

QTEST_GUILESS_MAIN(TestChoicesSettings)
#include "tst_choicessettings.moc"
