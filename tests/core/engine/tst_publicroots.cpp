#include "ScratchFile.h"
#include "catalog/CatalogLoader.h"
#include "engine/PublicRoots.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

// The set of public web PKI roots: the shipped data file, and the loader's refusal of broken files.
class TestPublicRoots final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject root(const QString& name, const QString& sha256, const QStringList& sources = {"mozilla"})
    {
        return {{"name", name}, {"sha256", sha256}, {"sources", QJsonArray::fromStringList(sources)}};
    }

    // A valid file, changed as a case needs.
    static QByteArray file(const std::function<void(QJsonObject&)>& change = {})
    {
        QJsonObject document {{"format", 1}, {"about", "test copy"}, {"generator", "tst_publicroots"},
            {"generated", "2026-12-02"},
            {"sources",
                QJsonArray {QJsonObject {{"id", "mozilla"}, {"name", "Mozilla's roots"}, {"package", "ca-certificates"},
                                {"version", "20230311+deb12u1"}},
                    QJsonObject {{"id", "azure"}, {"name", "Azure CA details"}}}},
            {"roots",
                QJsonArray {root("Test Root A", QString(64, QLatin1Char('a'))),
                    root("Test Root B", QString(64, QLatin1Char('b')), {"mozilla", "azure"})}}};
        if (change)
            change(document);
        return QJsonDocument(document).toJson();
    }

    static void setRoot(QJsonObject& document, qsizetype index, const QString& key, const QJsonValue& value)
    {
        QJsonArray roots = document.value("roots").toArray();
        QJsonObject entry = roots.at(index).toObject();
        if (value.isUndefined())
            entry.remove(key);
        else
            entry.insert(key, value);
        roots.replace(index, entry);
        document.insert("roots", roots);
    }

private slots:
    void shippedSetParsesAndHoldsMicrosoftsRoots_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sha256");
        QTest::addRow("DigiCert Global Root G2") << "DigiCert Global Root G2"
                                                 << "cb3ccbb76031e5e0138f8dd39a23f9de47ffc35e43c1144cea27d46a5ab1cb5f";
        QTest::addRow("Microsoft RSA Root Certificate Authority 2017")
            << "Microsoft RSA Root Certificate Authority 2017"
            << "c741f70f4b2a8d88bf2e71c14122ef53ef10eba0cfa5e64cfa20f418853073e0";
        QTest::addRow("ISRG Root X1 (a public root Microsoft does not list)")
            << "ISRG Root X1"
            << "96bcec06264976f37460779acf28c5a7cfe8a3c0aae11a8ffcee05c0bddf08c6";
    }

    void shippedSetParsesAndHoldsMicrosoftsRoots()
    {
        QFETCH(QString, name);
        QFETCH(QString, sha256);
        QString error;
        const auto shipped = PublicRoots::loadFile(QStringLiteral(":/tls/public-roots.json"), &error);
        QVERIFY2(shipped, qPrintable(error));
        QVERIFY(shipped->size() > 100);
        QVERIFY(QDate::fromString(shipped->generated(), Qt::ISODate).isValid());
        QVERIFY(!shipped->packageVersion().isEmpty());
        QCOMPARE(shipped->nameOf(sha256), name);
        QCOMPARE(shipped->nameOf(sha256.toUpper()), name);
        QCOMPARE(PublicRoots::builtIn()->nameOf(sha256), name);
    }

    void everyExpectedRootIsPublic()
    {
        const auto shipped = PublicRoots::builtIn();
        const Catalog catalog = CatalogLoader::builtIn();
        QVERIFY(!catalog.expectedRoots.isEmpty());
        for (const ExpectedRoot& expected : catalog.expectedRoots)
            QVERIFY2(shipped->contains(expected.sha256), qPrintable(expected.name));
        QVERIFY(!shipped->contains(QString(64, QLatin1Char('0'))));
        QCOMPARE(shipped->nameOf(QString(64, QLatin1Char('0'))), QString());
    }

    void validFile()
    {
        QString error;
        const auto roots = PublicRoots::parse(file(), &error);
        QVERIFY2(roots, qPrintable(error));
        QCOMPARE(roots->size(), 2);
        QCOMPARE(roots->nameOf(QString(64, QLatin1Char('B'))), QStringLiteral("Test Root B"));
        QCOMPARE(roots->generated(), QStringLiteral("2026-12-02"));
        QCOMPARE(roots->packageVersion(), QStringLiteral("20230311+deb12u1"));
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QString sha(64, QLatin1Char('c'));
        QTest::addRow("not JSON") << QByteArray("{\"format\": 1,") << "not valid JSON at offset";
        QTest::addRow("not an object") << QByteArray("[]") << "the top level must be an object";
        QTest::addRow("unknown key") << file([](QJsonObject& d) { d.insert("extra", true); }) << "extra: unknown key";
        QTest::addRow("no format") << file([](QJsonObject& d) { d.remove("format"); })
                                   << "format: required field is missing";
        QTest::addRow("newer format") << file([](QJsonObject& d) { d.insert("format", 2); })
                                      << "format: 2 is not a supported format";
        QTest::addRow("no generator") << file([](QJsonObject& d) { d.remove("generator"); })
                                      << "generator: required field is missing";
        QTest::addRow("bad date") << file([](QJsonObject& d) { d.insert("generated", "2026-13-40"); })
                                  << "generated: '2026-13-40' is not a date";
        QTest::addRow("no sources") << file([](QJsonObject& d) { d.insert("sources", QJsonArray()); })
                                    << "sources: must not be an empty array";
        QTest::addRow("source without id") << file([](QJsonObject& d) {
            d.insert("sources", QJsonArray {QJsonObject {{"name", "x"}}});
        }) << "sources[0].id: required field is missing";
        QTest::addRow("no roots") << file([](QJsonObject& d) { d.insert("roots", QJsonArray()); })
                                  << "roots: must not be an empty array";
        QTest::addRow("roots not a list")
            << file([](QJsonObject& d) { d.insert("roots", "all"); }) << "roots: 'all' is not an array";
        QTest::addRow("root not an object")
            << file([](QJsonObject& d) { d.insert("roots", QJsonArray {"x"}); }) << "roots[0]: 'x' is not an object";
        QTest::addRow("root without name")
            << file([](QJsonObject& d) { setRoot(d, 1, "name", QJsonValue(QJsonValue::Undefined)); })
            << "roots[1].name: required field is missing";
        QTest::addRow("name too long") << file([](QJsonObject& d) {
            setRoot(d, 0, "name", QString(300, QLatin1Char('n')));
        }) << "roots[0].name: longer than 256 characters";
        QTest::addRow("short fingerprint") << file([](QJsonObject& d) { setRoot(d, 0, "sha256", "abcd"); })
                                           << "roots[0].sha256: 'abcd' is not a SHA-256 fingerprint";
        QTest::addRow("fingerprint with colons")
            << file([sha](QJsonObject& d) { setRoot(d, 0, "sha256", sha.left(62) + QStringLiteral(":c")); })
            << QStringLiteral("roots[0].sha256: '%1:c' is not a SHA-256 fingerprint").arg(sha.left(62));
        QTest::addRow("unknown key in a root")
            << file([](QJsonObject& d) { setRoot(d, 0, "sha1", "x"); }) << "roots[0].sha1: unknown key";
        QTest::addRow("unknown source") << file([](QJsonObject& d) {
            setRoot(d, 1, "sources", QJsonArray {"mozilla", "debian"});
        }) << "roots[1].sources[1]: 'debian' is not the id of an entry of sources";
        QTest::addRow("listed twice") << file([](QJsonObject& d) {
            setRoot(d, 1, "sha256", QString(64, QLatin1Char('a')));
        }) << "roots[1].sha256: this root is listed twice";
        QTest::addRow("too many roots") << file([](QJsonObject& d) {
            QJsonArray roots;
            for (int i = 0; i <= PublicRoots::kMaxRoots; ++i)
                roots.append(
                    root(QStringLiteral("Root %1").arg(i), QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'))));
            d.insert("roots", roots);
        }) << "roots: more than 2000 roots";
    }

    void badFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!PublicRoots::parse(json, &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));

        // From a file, the message names it first.
        const QString path = ScratchFile::write(m_dir, QStringLiteral("roots.json"), json);
        QVERIFY(!path.isEmpty());
        QVERIFY(!PublicRoots::loadFile(path, &message));
        QVERIFY2(message.startsWith(path + QStringLiteral(": ") + error), qPrintable(message));
    }

    void unreadableOrOversizedFile_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file
        QTest::addColumn<QString>("error");
        QTest::addRow("missing") << QByteArray() << "cannot read the file";
        QTest::addRow("oversized") << QByteArray(PublicRoots::kMaxFileSize + 1, ' ')
                                   << "larger than 1024 KB; not a list of public roots";
    }

    void unreadableOrOversizedFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString path = content.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json"))
                                               : ScratchFile::write(m_dir, QStringLiteral("big.json"), content);
        QVERIFY(!path.isEmpty());
        QString message;
        QVERIFY(!PublicRoots::loadFile(path, &message));
        QVERIFY2(message.startsWith(path + QStringLiteral(": ") + error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestPublicRoots)
#include "tst_publicroots.moc"
