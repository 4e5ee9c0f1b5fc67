#include "ScratchFile.h"
#include "catalog/CatalogLoader.h"
#include "catalog/JsonFields.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Strict loading of catalog files: every class of mistake is rejected with "FILE: JSON.PATH: problem".
class TestCatalogLoader final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject validEndpoint(const QString& id = QStringLiteral("sap-router"))
    {
        return QJsonObject {{"id", id}, {"host", "sap.example.com"}, {"port", 3299}, {"protocol", "tcp"},
            {"clouds", QJsonArray {"public"}}, {"features", QJsonArray {"desktop"}},
            {"purpose", "SAP router the bots use."}, {"source", "Our own network plan"}};
    }

    static QJsonObject document(const QJsonArray& endpoints)
    {
        return QJsonObject {{"schemaVersion", 1}, {"endpoints", endpoints}};
    }

    // A document whose only endpoint is the valid one with `changes` applied (a null value removes the key).
    static QByteArray withEndpoint(const QJsonObject& changes)
    {
        QJsonObject endpoint = validEndpoint();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (it.value().isNull())
                endpoint.remove(it.key());
            else
                endpoint.insert(it.key(), it.value());
        }
        return QJsonDocument(document({endpoint})).toJson();
    }

    static QByteArray withTopLevel(const QJsonObject& changes)
    {
        QJsonObject root = document({validEndpoint()});
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (it.value().isNull())
                root.remove(it.key());
            else
                root.insert(it.key(), it.value());
        }
        return QJsonDocument(root).toJson();
    }

    static QString realPem()
    {
        const Catalog builtIn = CatalogLoader::builtIn();
        for (const Endpoint& endpoint : builtIn.endpoints) {
            if (!endpoint.issuerCertificatePem.isEmpty())
                return endpoint.issuerCertificatePem;
        }
        return {};
    }

    static QJsonObject revocation(const QString& protocol, const QString& url)
    {
        QJsonObject changes {{"host", "crl.example.com"}, {"port", 80}, {"protocol", protocol}};
        if (!url.isEmpty())
            changes.insert("url", url);
        return changes;
    }

private slots:
    void rejectsInvalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString endpointKeys = "id, host, probe, port, ports, protocol, clouds, features, purpose, source, url, "
                                     "certificate, issuerCertificate, status";

        // Top level
        QTest::addRow("unknown top-level key") << withTopLevel({{"owner", "me"}})
                                               << "custom.json: owner: unknown key (allowed: schemaVersion, title, "
                                                  "source, date, expectedRoots, endpoints)";
        QTest::addRow("schemaVersion missing") << withTopLevel({{"schemaVersion", QJsonValue::Null}})
                                               << "custom.json: schemaVersion: required field is missing";
        QTest::addRow("schemaVersion 2") << withTopLevel({{"schemaVersion",
            2}}) << "custom.json: schemaVersion: 2 is not a supported schema version (this version reads 1)";
        QTest::addRow("schemaVersion string")
            << withTopLevel({{"schemaVersion", "1"}})
            << "custom.json: schemaVersion: '1' is not a supported schema version (this version reads 1)";
        QTest::addRow("endpoints missing")
            << withTopLevel({{"endpoints", QJsonValue::Null}}) << "custom.json: endpoints: required field is missing";
        QTest::addRow("endpoints not an array")
            << withTopLevel({{"endpoints", QJsonObject {}}}) << "custom.json: endpoints: an object is not an array";
        QTest::addRow("endpoints empty") << withTopLevel({{"endpoints", QJsonArray {}}})
                                         << "custom.json: endpoints: must not be an empty array";
        QTest::addRow("title not a string") << withTopLevel({{"title", 5}}) << "custom.json: title: 5 is not a string";
        QTest::addRow("date not a string")
            << withTopLevel({{"date", 20261202}}) << "custom.json: date: 20261202 is not a string";
        QTest::addRow("date in another form") << withTopLevel({{"date", "02/12/2026"}})
                                              << "custom.json: date: '02/12/2026' is not a date of the form YYYY-MM-DD";
        QTest::addRow("date with a time") << withTopLevel({{"date", "2026-12-02T10:00:00"}})
                                          << "custom.json: date: '2026-12-02T10:00:00' is not a date of the form "
                                             "YYYY-MM-DD";
        QTest::addRow("date that does not exist") << withTopLevel(
            {{"date", "2026-02-30"}}) << "custom.json: date: '2026-02-30' is not a date of the form YYYY-MM-DD";
        QTest::addRow("root is an array") << QByteArray("[]") << "custom.json: (root): a catalog must be a JSON object";

        // Malformed JSON
        QTest::addRow("missing comma") << QByteArray("{\n  \"schemaVersion\": 1\n  \"endpoints\": []\n}")
                                       << "custom.json: line 3, column 3: unterminated object";
        QTest::addRow("trailing comma") << QByteArray("{\n  \"schemaVersion\": 1,\n  \"endpoints\": [],\n}")
                                        << "custom.json: line 4, column 1: object is missing after a comma";
        QTest::addRow("empty file") << QByteArray() << "custom.json: line 1, column 1: illegal value";

        // expectedRoots
        QTest::addRow("root unknown key")
            << withTopLevel({{"expectedRoots", QJsonArray {QJsonObject {{"name", "X"}, {"sha1", "ab"}}}}})
            << "custom.json: expectedRoots[0].sha1: unknown key (allowed: name, sha256)";
        QTest::addRow("root bad fingerprint")
            << withTopLevel({{"expectedRoots", QJsonArray {QJsonObject {{"name", "X"}, {"sha256", "abc"}}}}})
            << "custom.json: expectedRoots[0].sha256: 'abc' is not a SHA-256 fingerprint (64 hex digits)";
        QTest::addRow("root without name")
            << withTopLevel({{"expectedRoots", QJsonArray {QJsonObject {{"sha256", QString(64, QLatin1Char('a'))}}}}})
            << "custom.json: expectedRoots[0].name: required field is missing";
        QTest::addRow("roots empty") << withTopLevel({{"expectedRoots", QJsonArray {}}})
                                     << "custom.json: expectedRoots: must not be an empty array";

        // Endpoint keys and required fields
        QTest::addRow("unknown endpoint key") << withEndpoint(
            {{"prot", "tcp"}}) << "custom.json: endpoints[0].prot: unknown key (allowed: " + endpointKeys + ")";
        QTest::addRow("endpoint not an object")
            << QJsonDocument(document({"x"})).toJson() << "custom.json: endpoints[0]: 'x' is not an object";
        for (const char* key : {"id", "host", "protocol", "clouds", "features"})
            QTest::addRow("missing %s", key)
                << withEndpoint({{QLatin1String(key), QJsonValue::Null}})
                << QString("custom.json: endpoints[0].%1: required field is missing").arg(QLatin1String(key));
        QTest::addRow("empty purpose") << withEndpoint({{"purpose", " "}})
                                       << "custom.json: endpoints[0].purpose: must not be empty";
        QTest::addRow("bad id")
            << withEndpoint({{"id", "sap router"}})
            << "custom.json: endpoints[0].id: 'sap router' is not an id (up to 100 letters, digits, '.', '-' and '_', "
               "starting with a letter or digit)";
        QTest::addRow("duplicate id")
            << QJsonDocument(document({validEndpoint("a"), validEndpoint("b"), validEndpoint("a")})).toJson()
            << "custom.json: endpoints[2].id: duplicate id 'a' (also endpoints[0].id)";

        // Ports
        QTest::addRow("port missing") << withEndpoint({{"port", QJsonValue::Null}})
                                      << "custom.json: endpoints[0].port: required field is missing (or give ports)";
        QTest::addRow("port too big") << withEndpoint({{"port", 70000}})
                                      << "custom.json: endpoints[0].port: 70000 is not a port (1-65535)";
        QTest::addRow("port zero") << withEndpoint({{"port", 0}})
                                   << "custom.json: endpoints[0].port: 0 is not a port (1-65535)";
        QTest::addRow("port fraction") << withEndpoint({{"port", 1.5}})
                                       << "custom.json: endpoints[0].port: 1.5 is not a port (1-65535)";
        QTest::addRow("port string") << withEndpoint({{"port", "443"}})
                                     << "custom.json: endpoints[0].port: '443' is not a port (1-65535)";
        QTest::addRow("port and ports") << withEndpoint({{"ports", QJsonArray {1, 2}}})
                                        << "custom.json: endpoints[0]: give either port or ports, not both";
        QTest::addRow("ports element bad")
            << withEndpoint({{"port", QJsonValue::Null}, {"ports", QJsonArray {443, 70000}}})
            << "custom.json: endpoints[0].ports[1]: 70000 is not a port (1-65535)";
        QTest::addRow("ports empty") << withEndpoint({{"port", QJsonValue::Null}, {"ports", QJsonArray {}}})
                                     << "custom.json: endpoints[0].ports: must not be an empty array";
        QTest::addRow("ports twice") << withEndpoint({{"port", QJsonValue::Null}, {"ports", QJsonArray {443, 443}}})
                                     << "custom.json: endpoints[0].ports[1]: port 443 is listed twice";

        // Protocol, clouds, features, status
        QTest::addRow("unknown protocol") << withEndpoint({{"protocol", "ftp"}})
                                          << "custom.json: endpoints[0].protocol: unknown protocol 'ftp' (expected one "
                                             "of: https, http, tcp, wss, crl, ocsp)";
        QTest::addRow("clock is no catalog protocol") << withEndpoint({{"protocol", "clock"}})
                                                      << "custom.json: endpoints[0].protocol: unknown protocol 'clock' "
                                                         "(expected one of: https, http, tcp, wss, crl, ocsp)";
        QTest::addRow("unknown cloud") << withEndpoint({{"clouds", QJsonArray {"public", "mars"}}})
                                       << "custom.json: endpoints[0].clouds[1]: unknown cloud 'mars' (expected one of: "
                                          "public, gcc, gcc-high, dod, china)";
        QTest::addRow("cloud not a string") << withEndpoint({{"clouds", QJsonArray {3}}})
                                            << "custom.json: endpoints[0].clouds[0]: unknown cloud 3 (expected one of: "
                                               "public, gcc, gcc-high, dod, china)";
        QTest::addRow("clouds empty") << withEndpoint({{"clouds", QJsonArray {}}})
                                      << "custom.json: endpoints[0].clouds: must not be an empty array";
        QTest::addRow("unknown feature") << withEndpoint({{"features", QJsonArray {"teleport"}}})
                                         << "custom.json: endpoints[0].features[0]: unknown feature 'teleport' "
                                            "(expected one of: cloud-flows, mobile, "
                                            "desktop, gateway)";
        QTest::addRow("unknown status") << withEndpoint({{"status",
            "gone"}}) << "custom.json: endpoints[0].status: unknown status 'gone' (expected current or retired)";

        // Hosts and probes
        QTest::addRow("host with space")
            << withEndpoint({{"host", "sap example.com"}})
            << "custom.json: endpoints[0].host: 'sap example.com' is not a host name (a wildcard is allowed only as a "
               "leading '*.' before a domain)";
        QTest::addRow("inner wildcard") << withEndpoint({{"host", "sap.*.example.com"}})
                                        << "custom.json: endpoints[0].host: 'sap.*.example.com' is not a host name (a "
                                           "wildcard is allowed only as a "
                                           "leading '*.' before a domain)";
        QTest::addRow("wildcard without probe")
            << withEndpoint({{"host", "*.example.com"}})
            << "custom.json: endpoints[0].probe: required for the wildcard host '*.example.com': give a concrete host "
               "under it, or a placeholder such as {dataverse} that the user fills in";
        QTest::addRow("probe outside the wildcard")
            << withEndpoint({{"host", "*.example.com"}, {"probe", "www.example.org"}})
            << "custom.json: endpoints[0].probe: 'www.example.org' is not a host under '*.example.com'";
        QTest::addRow("probe at the wildcard's apex")
            << withEndpoint({{"host", "*.example.com"}, {"probe", "Example.com"}})
            << "custom.json: endpoints[0].probe: 'Example.com' is the apex of '*.example.com', not a host under it (a "
               "firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of "
               "its own)";
        QTest::addRow("revocation URL at the wildcard's apex")
            << withEndpoint({{"host", "*.example.com"}, {"probe", "crl.example.com"}, {"protocol", "crl"}, {"port", 80},
                   {"url", "http://example.com/root.crl"}})
            << "custom.json: endpoints[0].url: the URL's host 'example.com' is not the endpoint's host '*.example.com'";
        QTest::addRow("bad placeholder")
            << withEndpoint({{"host", "*.example.com"}, {"probe", "{Bad Name}"}})
            << "custom.json: endpoints[0].probe: '{Bad Name}' is neither a host name nor a placeholder such as "
               "{servicebus-namespace}";
        QTest::addRow("probe differs from a concrete host")
            << withEndpoint({{"probe", "other.example.com"}})
            << "custom.json: endpoints[0].probe: 'other.example.com' differs from the host 'sap.example.com' (a "
               "concrete host is tested as itself)";

        // Revocation endpoints
        QTest::addRow("crl without url") << withEndpoint(
            revocation("crl", {})) << "custom.json: endpoints[0].url: required for protocol crl (the CRL to download)";
        QTest::addRow("ocsp without url") << withEndpoint(
            revocation("ocsp", {})) << "custom.json: endpoints[0].url: required for protocol ocsp (the OCSP responder)";
        QTest::addRow("https url")
            << withEndpoint(revocation("crl", "https://crl.example.com/root.crl"))
            << "custom.json: endpoints[0].url: 'https://crl.example.com/root.crl' is not an http:// URL (revocation is "
               "checked over plain HTTP)";
        QTest::addRow("url of another host")
            << withEndpoint(revocation("crl", "http://other.example.com/root.crl"))
            << "custom.json: endpoints[0].url: the URL's host 'other.example.com' is not the endpoint's host "
               "'crl.example.com'";
        QTest::addRow("url port not listed")
            << withEndpoint(revocation("crl", "http://crl.example.com:8080/root.crl"))
            << "custom.json: endpoints[0].url: the URL's port 8080 is not among the endpoint's ports";
        QTest::addRow("url on a tcp endpoint")
            << withEndpoint({{"url", "http://sap.example.com/"}})
            << "custom.json: endpoints[0].url: only crl and ocsp endpoints take this field";
        QJsonObject badPem = revocation("ocsp", "http://crl.example.com");
        badPem.insert("issuerCertificate", "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        QTest::addRow("invalid PEM")
            << withEndpoint(badPem)
            << "custom.json: endpoints[0].issuerCertificate: not a PEM certificate (-----BEGIN CERTIFICATE----- ...)";
        QJsonObject twoPems = revocation("ocsp", "http://crl.example.com");
        twoPems.insert("issuerCertificate", realPem() + realPem());
        QTest::addRow("two certificates") << withEndpoint(
            twoPems) << "custom.json: endpoints[0].issuerCertificate: holds 2 certificates; give exactly one";
        QJsonObject certificateOnly = revocation("ocsp", "http://crl.example.com");
        certificateOnly.insert("certificate", realPem());
        QTest::addRow("certificate without issuer") << withEndpoint(certificateOnly)
                                                    << "custom.json: endpoints[0].issuerCertificate: required with "
                                                       "certificate (an OCSP request names the issuer)";
        QJsonObject crlCertificate = revocation("crl", "http://crl.example.com/root.crl");
        crlCertificate.insert("certificate", realPem());
        QTest::addRow("certificate on crl") << withEndpoint(
            crlCertificate) << "custom.json: endpoints[0].certificate: only ocsp endpoints take this field";
        QTest::addRow("issuer on https") << withEndpoint({{"issuerCertificate",
            realPem()}}) << "custom.json: endpoints[0].issuerCertificate: only crl and ocsp endpoints take this field";
    }

    void rejectsInvalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        const auto catalog = CatalogLoader::loadJson(json, "custom.json", &error);
        QVERIFY(!catalog.has_value());
        QCOMPARE(error, message);
    }

    void acceptsEveryField()
    {
        QJsonObject ocsp = validEndpoint("own-ocsp");
        ocsp.insert("host", "*.ocsp.example.com");
        ocsp.insert("probe", "r1.ocsp.example.com");
        ocsp.insert("protocol", "ocsp");
        ocsp.insert("port", 80);
        ocsp.insert("url", "http://r1.ocsp.example.com/");
        ocsp.insert("certificate", realPem());
        ocsp.insert("issuerCertificate", realPem());
        ocsp.insert("status", "retired");
        QJsonObject relay = validEndpoint("relay");
        relay.remove("port");
        relay.insert("ports", QJsonArray {9352, 9350, 9351});
        relay.insert("host", "*.servicebus.example.com");
        relay.insert("probe", "{servicebus-namespace}");
        relay.insert("clouds", QJsonArray {"gcc", "gcc-high", "gcc"});
        QJsonObject root = document({validEndpoint(), ocsp, relay});
        root.insert("title", "Our hosts");
        root.insert("source", "Network plan 2026");
        root.insert("date", "2026-11-30");
        root.insert("expectedRoots",
            QJsonArray {QJsonObject {
                {"name", "Our CA"}, {"sha256", QString(32, QLatin1Char('A')) + ":" + QString(32, QLatin1Char('b'))}}});

        QString error;
        const auto catalog = CatalogLoader::loadJson(QJsonDocument(root).toJson(), "own.json", &error);
        QVERIFY2(catalog.has_value(), qPrintable(error));
        QCOMPARE(catalog->title, "Our hosts");
        QCOMPARE(catalog->source, "Network plan 2026");
        QCOMPARE(catalog->date, QDate(2026, 11, 30));
        QCOMPARE(catalog->files, QStringList {"own.json"});
        QCOMPARE(catalog->expectedRoots.size(), 1);
        QCOMPARE(
            catalog->expectedRoots.constFirst().sha256, QString(32, QLatin1Char('a')) + QString(32, QLatin1Char('b')));
        QCOMPARE(catalog->endpoints.size(), 3);
        const Endpoint& sap = catalog->endpoints.at(0);
        QCOMPARE(sap.ports, QList<quint16> {3299});
        QCOMPARE(sap.protocol, Protocol::Tcp);
        QCOMPARE(sap.probeHost(), "sap.example.com");
        QVERIFY(!sap.retired);
        const Endpoint& own = catalog->endpoints.at(1);
        QCOMPARE(own.protocol, Protocol::Ocsp);
        QCOMPARE(own.url, "http://r1.ocsp.example.com/");
        QVERIFY(own.certificatePem.contains("BEGIN CERTIFICATE"));
        QVERIFY(own.retired);
        const Endpoint& relayEndpoint = catalog->endpoints.at(2);
        QCOMPARE(relayEndpoint.ports, (QList<quint16> {9352, 9350, 9351}));
        QCOMPARE(relayEndpoint.placeholder(), "servicebus-namespace");
        QCOMPARE(relayEndpoint.clouds, (QList<Cloud> {Cloud::Gcc, Cloud::GccHigh}));
    }

    void extraCatalogAppends()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extra
            = ScratchFile::write(dir, "extra.json", QJsonDocument(document({validEndpoint()})).toJson());
        QVERIFY(!extra.isEmpty());
        const Catalog builtIn = CatalogLoader::builtIn();

        QString error;
        const auto catalog = CatalogLoader::loadForRun({}, {extra}, &error);
        QVERIFY2(catalog.has_value(), qPrintable(error));
        QCOMPARE(catalog->files, (QStringList {"built-in", extra}));
        QVERIFY(builtIn.date.isValid());
        QCOMPARE(catalog->date, builtIn.date); // an extra catalog without a date keeps the main one's
        QCOMPARE(catalog->endpoints.size(), builtIn.endpoints.size() + 1);
        QCOMPARE(catalog->endpoints.constLast().id, "sap-router");
        QVERIFY(catalog->find("sap-router") != nullptr);
        QCOMPARE(catalog->expectedRoots.size(), builtIn.expectedRoots.size());
        QCOMPARE(catalog->select(Cloud::Public, {Feature::Desktop}).constLast().host, "sap.example.com");
        QVERIFY(catalog->select(Cloud::China, {Feature::Desktop}).constLast().host != "sap.example.com");
    }

    void customCatalogReplacesBuiltIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString custom
            = ScratchFile::write(dir, "custom.json", QJsonDocument(document({validEndpoint()})).toJson());
        QJsonObject withRoots = document({validEndpoint("other")});
        withRoots.insert(
            "expectedRoots", QJsonArray {QJsonObject {{"name", "Own"}, {"sha256", QString(64, QLatin1Char('c'))}}});
        const QString rooted = ScratchFile::write(dir, "rooted.json", QJsonDocument(withRoots).toJson());

        QString error;
        const auto catalog = CatalogLoader::loadForRun(custom, {}, &error);
        QVERIFY2(catalog.has_value(), qPrintable(error));
        QCOMPARE(catalog->endpoints.size(), 1);
        QCOMPARE(catalog->files, QStringList {custom});
        QCOMPARE(catalog->expectedRoots.size(), CatalogLoader::builtIn().expectedRoots.size());

        const auto own = CatalogLoader::loadForRun(rooted, {custom}, &error);
        QVERIFY2(own.has_value(), qPrintable(error));
        QCOMPARE(own->expectedRoots.size(), 1);
        QCOMPARE(own->expectedRoots.constFirst().name, "Own");
        QCOMPARE(own->endpoints.size(), 2);
    }

    void duplicateIdsAcrossFiles_data()
    {
        QTest::addColumn<bool>("againstBuiltIn");
        QTest::addRow("extra repeats a built-in id") << true;
        QTest::addRow("two extras share an id") << false;
    }

    void duplicateIdsAcrossFiles()
    {
        QFETCH(bool, againstBuiltIn);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first
            = ScratchFile::write(dir, "first.json", QJsonDocument(document({validEndpoint("flows-graph")})).toJson());
        const QString second = ScratchFile::write(
            dir, "second.json", QJsonDocument(document({validEndpoint("x"), validEndpoint("flows-graph")})).toJson());
        QString error;
        const auto catalog = againstBuiltIn ? CatalogLoader::loadForRun({}, {second}, &error)
                                            : CatalogLoader::loadForRun(first, {second}, &error);
        QVERIFY(!catalog.has_value());
        QCOMPARE(error,
            second + ": endpoints[1].id: duplicate id 'flows-graph' (already defined in "
                + (againstBuiltIn ? QString("built-in") : first) + ")");
    }

    void readCappedStopsOnePastTheCap_data()
    {
        QTest::addColumn<int>("size");
        constexpr int cap = 100000; // more than one 64 KiB piece
        for (const int size : {0, 10, cap - 1, cap, cap + 1, 3 * cap})
            QTest::addRow("%d bytes", size) << size;
    }

    void readCappedStopsOnePastTheCap()
    {
        QFETCH(int, size);
        constexpr qint64 cap = 100000;
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            data[i] = char('a' + i % 26);
        QBuffer device(&data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray read = JsonFields::readCapped(device, cap);
        QCOMPARE(read.size(), std::min<qint64>(size, cap + 1));
        QVERIFY(data.startsWith(read));
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString missing = dir.filePath("missing.json");
        QVERIFY(!CatalogLoader::loadFile(missing, &error).has_value());
        QVERIFY2(error.startsWith(missing + ": cannot read the file: "), qPrintable(error));

        const QString huge = ScratchFile::write(dir, "huge.json", QByteArray(CatalogLoader::kMaxFileSize + 1, ' '));
        QVERIFY(!huge.isEmpty());
        QVERIFY(!CatalogLoader::loadFile(huge, &error).has_value());
        QCOMPARE(error, huge + ": larger than 16 MB; not a catalog");

        const QString broken
            = ScratchFile::write(dir, "broken.json", "{\"schemaVersion\": 1,\n\"endpoints\": [\n  {\"port\": 70000}]}");
        QVERIFY(!CatalogLoader::loadForRun({}, {broken}, &error).has_value());
        QCOMPARE(error, broken + ": endpoints[0].id: required field is missing");
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
