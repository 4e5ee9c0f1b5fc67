#include "catalog/RelayNamespaces.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Microsoft's allowlist of desktop flows runtime namespaces: the shipped data file, and the loader's refusal of
// broken files.
class TestRelayNamespaces final : public QObject
{
    Q_OBJECT

    static QJsonObject relay(const QString& host, bool preview = false)
    {
        return {{"host", host}, {"preview", preview}};
    }

    // A valid file, changed as a case needs.
    static QByteArray file(const std::function<void(QJsonObject&)>& change = {})
    {
        QJsonObject document {{"schemaVersion", 1}, {"source", "test copy of the limits page"},
            {"pageDate", "2025-02-11"}, {"generator", "tst_relaynamespaces"}, {"generated", "2026-12-02"},
            {"regions",
                QJsonArray {QJsonObject {{"name", "Europe"},
                                {"namespaces",
                                    QJsonArray {relay("prdweu-1.servicebus.windows.net"),
                                        relay("previewweu-1.servicebus.windows.net", true)}}},
                    QJsonObject {{"name", "United States"},
                        {"namespaces", QJsonArray {relay("prdeus-1.servicebus.windows.net")}}}}}};
        if (change)
            change(document);
        return QJsonDocument(document).toJson();
    }

    // Replaces one field of the first namespace of the first region.
    static std::function<void(QJsonObject&)> setNamespace(const QString& key, const QJsonValue& value)
    {
        return [key, value](QJsonObject& document) {
            QJsonArray regions = document.value("regions").toArray();
            QJsonObject region = regions.at(0).toObject();
            QJsonArray namespaces = region.value("namespaces").toArray();
            QJsonObject item = namespaces.at(0).toObject();
            if (value.isUndefined())
                item.remove(key);
            else
                item.insert(key, value);
            namespaces.replace(0, item);
            region.insert("namespaces", namespaces);
            regions.replace(0, region);
            document.insert("regions", regions);
        };
    }

    static std::function<void(QJsonObject&)> setRegion(qsizetype index, const QString& key, const QJsonValue& value)
    {
        return [index, key, value](QJsonObject& document) {
            QJsonArray regions = document.value("regions").toArray();
            QJsonObject region = regions.at(index).toObject();
            region.insert(key, value);
            regions.replace(index, region);
            document.insert("regions", regions);
        };
    }

    static std::function<void(QJsonObject&)> set(const QString& key, const QJsonValue& value)
    {
        return [key, value](QJsonObject& document) {
            if (value.isUndefined())
                document.remove(key);
            else
                document.insert(key, value);
        };
    }

private slots:
    void shippedListHoldsEveryRegionOfThePage_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("namespaces");
        QTest::addColumn<int>("previews");
        // Counts of the page of 2025-02-11 (398 rows, one listed twice).
        QTest::addRow("United States") << "United States" << 148 << 12;
        QTest::addRow("Europe") << "Europe" << 90 << 2;
        QTest::addRow("Japan") << "Japan" << 44 << 0;
        QTest::addRow("Canada") << "Canada" << 14 << 6;
        QTest::addRow("South Africa (a row listed twice)") << "South Africa" << 3 << 0;
        QTest::addRow("Sweden") << "Sweden" << 1 << 0;
        QTest::addRow("asked in lower case") << "united arab emirates" << 5 << 0;
    }

    void shippedListHoldsEveryRegionOfThePage()
    {
        QFETCH(QString, region);
        QFETCH(int, namespaces);
        QFETCH(int, previews);
        const auto shipped = RelayNamespaces::builtIn();
        QCOMPARE(shipped->regions().size(), 18);
        QCOMPARE(shipped->size(), 397);
        QCOMPARE(shipped->pageDate(), QStringLiteral("2025-02-11"));
        QVERIFY(QDate::fromString(shipped->generated(), Qt::ISODate).isValid());
        QVERIFY(shipped->source().contains(QStringLiteral("learn.microsoft.com/power-automate/limits-and-config")));
        const RelayRegion* found = shipped->region(region);
        QVERIFY(found);
        QCOMPARE(found->namespaces.size(), namespaces);
        const auto previewCount = std::count_if(found->namespaces.cbegin(), found->namespaces.cend(),
            [](const RelayNamespace& relay) { return relay.preview; });
        QCOMPARE(int(previewCount), previews);
        for (const RelayNamespace& relay : found->namespaces) {
            QVERIFY2(relay.host.endsWith(QStringLiteral(".servicebus.windows.net")), qPrintable(relay.host));
            QCOMPARE(relay.host, relay.host.toLower());
            QCOMPARE(shipped->regionOf(relay.host), found);
        }
    }

    void shippedListKnowsTheCatalogsProbe()
    {
        // The catalog's desktop relay probe stands for the wildcard without --region: it must be in the list.
        const RelayRegion* region = RelayNamespaces::builtIn()->regionOf(
            QStringLiteral("prodeastusmmrns-1-plck7l3prc43s.servicebus.windows.net"));
        QVERIFY(region);
        QCOMPARE(region->name, QStringLiteral("United States"));
        QVERIFY(!RelayNamespaces::builtIn()->regionOf(QStringLiteral("contoso.servicebus.windows.net")));
        QVERIFY(!RelayNamespaces::builtIn()->region(QStringLiteral("Atlantis")));
    }

    void validFileParses()
    {
        QString error;
        const auto list = RelayNamespaces::parse(file(), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->regionNames(), (QStringList {"Europe", "United States"}));
        QCOMPARE(list->size(), 3);
        QVERIFY(list->region("europe")->namespaces.at(1).preview);
        QVERIFY(!list->region("europe")->namespaces.at(0).preview);
    }

    void badFilesAreRefusedWithThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not JSON") << QByteArray("{\"schemaVersion\": 1,") << "not valid JSON";
        QTest::addRow("top level array") << QByteArray("[]") << "top level";
        QTest::addRow("other version") << file(set("schemaVersion", 2))
                                       << "schemaVersion: 2 is not a supported version";
        QTest::addRow("no version") << file(set("schemaVersion", QJsonValue::Undefined)) << "schemaVersion";
        QTest::addRow("unknown key") << file(set("namespaces", 1)) << "namespaces";
        QTest::addRow("no source") << file(set("source", QJsonValue::Undefined)) << "source";
        QTest::addRow("page date not a date") << file(set("pageDate", "02/11/2025")) << "pageDate: '02/11/2025'";
        QTest::addRow("no regions") << file(set("regions", QJsonArray {})) << "regions: must not be an empty array";
        QTest::addRow("region not an object")
            << file(set("regions", QJsonArray {1})) << "regions[0]: 1 is not an object";
        QTest::addRow("empty region name") << file(setRegion(0, "name", "")) << "regions[0].name";
        QTest::addRow("blank region name") << file(setRegion(0, "name", "   ")) << "regions[0].name";
        QTest::addRow("region twice, other case")
            << file(setRegion(1, "name", "EUROPE")) << "regions[1].name: the region 'EUROPE' is listed twice";
        QTest::addRow("region without namespaces")
            << file(setRegion(1, "namespaces", QJsonArray {})) << "regions[1].namespaces: must not be an empty array";
        QTest::addRow("host of another domain")
            << file(setNamespace("host", "relay.example.com")) << "regions[0].namespaces[0].host: 'relay.example.com'";
        QTest::addRow("host of the government cloud")
            << file(setNamespace("host", "relay.servicebus.usgovcloudapi.net")) << "regions[0].namespaces[0].host";
        QTest::addRow("the domain itself")
            << file(setNamespace("host", "servicebus.windows.net")) << "regions[0].namespaces[0].host";
        QTest::addRow("two labels below the domain")
            << file(setNamespace("host", "a.b.servicebus.windows.net")) << "regions[0].namespaces[0].host";
        QTest::addRow("upper case host") << file(setNamespace("host", "PrdWeu-1.servicebus.windows.net"))
                                         << "regions[0].namespaces[0].host";
        QTest::addRow("host with a space")
            << file(setNamespace("host", "prd weu.servicebus.windows.net")) << "regions[0].namespaces[0].host";
        QTest::addRow("no host") << file(setNamespace("host", QJsonValue::Undefined))
                                 << "regions[0].namespaces[0].host";
        QTest::addRow("preview not a bool")
            << file(setNamespace("preview", "No")) << "regions[0].namespaces[0].preview: 'No' is not true or false";
        QTest::addRow("unknown namespace key") << file(setNamespace("region", "Europe")) << "regions[0].namespaces[0]";
        QTest::addRow("host in two regions")
            << file(setNamespace("host", "prdeus-1.servicebus.windows.net")) << "is listed twice";
    }

    void badFilesAreRefusedWithThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!RelayNamespaces::parse(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void oversizedAndMissingFilesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath("big.json");
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray padded = file();
        padded.append(QByteArray(RelayNamespaces::kMaxFileSize, ' '));
        QVERIFY(out.write(padded) == padded.size());
        out.close();
        QString error;
        QVERIFY(!RelayNamespaces::loadFile(big, &error));
        QVERIFY2(error.startsWith(big) && error.contains("larger than 512 KB"), qPrintable(error));
        QVERIFY(!RelayNamespaces::loadFile(dir.filePath("missing.json"), &error));
        QVERIFY2(error.contains("cannot read"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRelayNamespaces)
#include "tst_relaynamespaces.moc"
