#include "SeedRowsFile.h"
#include "catalog/CatalogLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QUrl>

// The shipped catalog: loads, covers every row of Microsoft's page for the cloud(s) and feature the row's table
// implies, gives every revocation host a real URL, and pins roots that match Debian's ca-certificates.
class TestBuiltInCatalog final : public QObject
{
    Q_OBJECT

private:
    struct SeedRow
    {
        QString table;
        QString host;
        QString protocol;
        QList<Cloud> clouds;
        QList<Feature> features;
    };

    static QList<SeedRow> seedRows()
    {
        QList<SeedRow> rows;
        for (const QStringList& fields :
            SeedRowsFile::read(QStringLiteral(NETREADY_TEST_DATA_DIR "/power-automate-seed-rows.tsv"))) {
            SeedRow row {fields.at(0), fields.at(1), fields.at(2), {}, {}};
            for (const QString& id : fields.at(3).split(","))
                row.clouds << Clouds::fromId(id).value_or(Cloud::Public);
            for (const QString& id : fields.at(4).split(","))
                row.features << Features::fromId(id).value_or(Feature::CloudFlows);
            rows << row;
        }
        return rows;
    }

    // The page's "http" rows are revocation servers; the catalog speaks their real protocol.
    static QList<Protocol> catalogProtocols(const QString& seedProtocol)
    {
        if (seedProtocol == "http")
            return {Protocol::Crl, Protocol::Ocsp};
        return {Protocol::Https};
    }

    // Which clouds a host may appear in, by the namespace it lives in. The longest matching key decides: a key with
    // a leading dot matches that suffix, any other key the host itself. Hosts of no listed namespace are free.
    struct Scope
    {
        QString key;
        QList<Cloud> allowed;
    };

    static QList<Scope> scopes()
    {
        const QList<Cloud> usGov {Cloud::Gcc, Cloud::GccHigh, Cloud::Dod};
        const QList<Cloud> gcc {Cloud::Gcc};
        const QList<Cloud> gccHigh {Cloud::GccHigh};
        const QList<Cloud> dod {Cloud::Dod};
        QList<Scope> result {{".us", usGov}, {".usgovcloudapi.net", usGov}, {".appsplatform.us", dod},
            {"dod-graph.microsoft.us", dod}, {".mil.powerbigov.us", dod}, {".mil.analysis.usgovcloudapi.net", dod},
            {"graph.microsoft.us", gccHigh}, {"login.microsoftonline.us", {Cloud::GccHigh, Cloud::Dod}},
            {".microsoftdynamics.us", gccHigh}, {".high.powerplatform.microsoft.us", gccHigh},
            {"high.flow.microsoft.us", gccHigh}, {"make.high.powerautomate.us", gccHigh},
            {".high.powerbigov.us", gccHigh}, {".high.analysis.usgovcloudapi.net", gccHigh},
            {".gov.powerplatform.microsoft.us", gcc}, {"gov.flow.microsoft.us", gcc},
            {"make.gov.powerautomate.us", gcc}, {".gateway.gov.island.powerapps.us", {Cloud::Gcc, Cloud::GccHigh}},
            {".cn", {Cloud::China}},
            // An unqualified row of Microsoft's page: desktop cloud discovery in the public cloud asks China's sign-in.
            {"login.partner.microsoftonline.cn", {Cloud::Public, Cloud::China}}};
        // Commercial-only hosts: never in GCC High, DoD or China. (The gateway's government table lists
        // *.microsoftonline-p.com itself, so that sign-in CDN is not among them.)
        for (const char* host : {"login.microsoft.com", "login.windows.net", "login.microsoftonline.com",
                 "login.live.com", "graph.microsoft.com", ".flow.microsoft.com", ".powerautomate.com", ".powerapps.com",
                 ".logic.azure.com", "api.powerplatform.com", ".api.powerplatform.com", ".dynamics.com"})
            result << Scope {QString::fromLatin1(host), {Cloud::Public, Cloud::Gcc}};
        return result;
    }

    static QString ownerKey(QString name)
    {
        if (name.startsWith("*."))
            name = name.mid(1); // "*.x" lives in ".x"
        QString owner;
        for (const Scope& scope : scopes()) {
            const bool matches = scope.key.startsWith('.') ? name.endsWith(scope.key, Qt::CaseInsensitive)
                                                           : name.compare(scope.key, Qt::CaseInsensitive) == 0;
            if (matches && scope.key.size() > owner.size())
                owner = scope.key;
        }
        return owner;
    }

    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::builtIn();
        QVERIFY(!m_catalog.endpoints.isEmpty());
        QCOMPARE(m_catalog.files, QStringList {"built-in"});
        QVERIFY(!m_catalog.title.isEmpty());
        QVERIFY(!m_catalog.source.isEmpty());
    }

    void fixtureIsComplete()
    {
        const QList<SeedRow> rows = seedRows();
        QCOMPARE(rows.size(), 63); // every domain of every table row of the page
    }

    void coversSeedRow_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QList<Cloud>>("clouds");
        QTest::addColumn<QList<Feature>>("features");
        for (const SeedRow& row : seedRows())
            QTest::addRow("%s %s", qPrintable(row.table), qPrintable(row.host))
                << row.host << row.protocol << row.clouds << row.features;
    }

    void coversSeedRow()
    {
        QFETCH(QString, host);
        QFETCH(QString, protocol);
        QFETCH(QList<Cloud>, clouds);
        QFETCH(QList<Feature>, features);
        const QList<Protocol> protocols = catalogProtocols(protocol);
        for (const Cloud cloud : clouds) {
            for (const Feature feature : features) {
                const bool covered = std::any_of(
                    m_catalog.endpoints.cbegin(), m_catalog.endpoints.cend(), [&](const Endpoint& endpoint) {
                        return endpoint.host.compare(host, Qt::CaseInsensitive) == 0
                            && protocols.contains(endpoint.protocol) && endpoint.clouds.contains(cloud)
                            && endpoint.features.contains(feature);
                    });
                QVERIFY2(covered,
                    qPrintable(
                        QString("%1 not listed for %2 / %3").arg(host, Clouds::id(cloud), Features::id(feature))));
            }
        }
    }

    void relayIsAlsoCheckedAsWebSocket_data()
    {
        QTest::addColumn<Cloud>("cloud");
        for (const Cloud cloud : Clouds::all())
            QTest::addRow("%s", qPrintable(Clouds::id(cloud))) << cloud;
    }

    void relayIsAlsoCheckedAsWebSocket()
    {
        QFETCH(Cloud, cloud);
        const QList<Endpoint> desktop = m_catalog.select(cloud, {Feature::Desktop});
        const bool hasWebSocket = std::any_of(desktop.cbegin(), desktop.cend(), [](const Endpoint& endpoint) {
            return endpoint.protocol == Protocol::Wss && endpoint.host.contains(".servicebus.")
                && endpoint.ports == QList<quint16> {443} && endpoint.source.contains("WebSocket");
        });
        QVERIFY(hasWebSocket);
    }

    void everyCloudAndFeatureHasEndpoints()
    {
        for (const Cloud cloud : Clouds::all()) {
            for (const Feature feature : Features::all())
                QVERIFY2(!m_catalog.select(cloud, {feature}).isEmpty(),
                    qPrintable(Clouds::id(cloud) + " / " + Features::id(feature)));
        }
    }

    void gatewayHasItsOwnPorts_data()
    {
        QTest::addColumn<Cloud>("cloud");
        for (const Cloud cloud : Clouds::all())
            QTest::addRow("%s", qPrintable(Clouds::id(cloud))) << cloud;
    }

    void gatewayHasItsOwnPorts()
    {
        QFETCH(Cloud, cloud);
        const QList<Endpoint> gateway = m_catalog.select(cloud, {Feature::Gateway});
        const auto hasPorts = [&](Protocol protocol, const QList<quint16>& ports) {
            return std::any_of(gateway.cbegin(), gateway.cend(), [&](const Endpoint& endpoint) {
                return endpoint.protocol == protocol && endpoint.ports == ports
                    && endpoint.host.contains(".servicebus.");
            });
        };
        QVERIFY(hasPorts(Protocol::Tcp, {5671, 5672}));
        QVERIFY(hasPorts(Protocol::Tcp, {9350, 9351, 9352, 9353, 9354}));
        QVERIFY(hasPorts(Protocol::Https, {443}));
        // The gateway's tables list *.download.microsoft.com on port 80 (installer, version and region check).
        QVERIFY(std::any_of(gateway.cbegin(), gateway.cend(), [](const Endpoint& endpoint) {
            return endpoint.host == "*.download.microsoft.com" && endpoint.protocol == Protocol::Http
                && endpoint.ports == QList<quint16> {80};
        }));
    }

    // Reports state the catalog's date, so that a fleet's reports can be grouped by the catalog they used.
    void statesItsDate()
    {
        QVERIFY(m_catalog.date.isValid());
        QVERIFY(m_catalog.date >= QDate(2026, 12, 2));
        QVERIFY(m_catalog.date <= QDate::currentDate());
    }

    // Hosts that a careful read of Microsoft's current pages adds to the seed's rows: each is in the catalog for its
    // cloud and feature, on its port, current, with its source.
    void completeAgainstMicrosoftsPages_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<Feature>("feature");
        const auto add = [](const char* host, int port, Cloud cloud, Feature feature) {
            QTest::addRow("%s:%d %s %s", host, port, qPrintable(Clouds::id(cloud)), qPrintable(Features::id(feature)))
                << QString::fromLatin1(host) << port << cloud << feature;
        };
        // The Power Platform admin (BAP) API, per cloud.
        add("api.bap.microsoft.com", 443, Cloud::Public, Feature::CloudFlows);
        add("*.api.bap.microsoft.com", 443, Cloud::Public, Feature::CloudFlows);
        add("*.gov.api.bap.microsoft.us", 443, Cloud::Gcc, Feature::CloudFlows);
        add("*.high.api.bap.microsoft.us", 443, Cloud::GccHigh, Feature::CloudFlows);
        add("*.api.bap.appsplatform.us", 443, Cloud::Dod, Feature::CloudFlows);
        add("*.api.bap.partner.microsoftonline.cn", 443, Cloud::China, Feature::CloudFlows);
        // The desktop installer and its .NET download, in every cloud.
        for (const Cloud cloud : Clouds::all()) {
            add("aka.ms", 443, cloud, Feature::Desktop);
            add("builds.dotnet.microsoft.com", 443, cloud, Feature::Desktop);
            add("msedgedriver.microsoft.com", 443, cloud, Feature::Desktop);
            add("*.download.microsoft.com", 80, cloud, Feature::Gateway);
        }
        // Hosted machines join Microsoft Entra ID.
        add("enterpriseregistration.windows.net", 443, Cloud::Public, Feature::Desktop);
        add("device.login.microsoftonline.com", 443, Cloud::Public, Feature::Desktop);
        // The portal's feature flags, stock images, CDN, mail links, and NPS surveys.
        add("config.edge.skype.com", 443, Cloud::Public, Feature::CloudFlows);
        add("res.cdn.office.net", 443, Cloud::Public, Feature::CloudFlows);
        add("*.azurefd.net", 443, Cloud::Public, Feature::CloudFlows);
        add("*.safelink.emails.azure.net", 443, Cloud::Public, Feature::CloudFlows);
        add("*.microsoftcloud.com", 443, Cloud::Public, Feature::CloudFlows);
        add("config.centro.core.microsoft", 443, Cloud::Public, Feature::CloudFlows);
        add("admin.microsoft.com", 443, Cloud::Public, Feature::CloudFlows);
        add("petrol.office.microsoft.com", 443, Cloud::Public, Feature::CloudFlows);
        add("oness.microsoft.com", 443, Cloud::Public, Feature::CloudFlows);
        // Where Windows fetches a missing intermediate certificate (AIA).
        for (const Cloud cloud : {Cloud::Public, Cloud::Gcc, Cloud::GccHigh, Cloud::Dod}) {
            for (const Feature feature : {Feature::Desktop, Feature::Gateway}) {
                add("cacerts.digicert.com", 80, cloud, feature);
                add("caissuers.microsoft.com", 80, cloud, feature);
            }
        }
    }

    void completeAgainstMicrosoftsPages()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(Cloud, cloud);
        QFETCH(Feature, feature);
        const QList<Endpoint> selection = m_catalog.select(cloud, {feature});
        const auto found = std::find_if(selection.cbegin(), selection.cend(),
            [&](const Endpoint& endpoint) { return endpoint.host == host && endpoint.ports.contains(quint16(port)); });
        QVERIFY2(found != selection.cend(), qPrintable(host));
        QVERIFY2(!found->retired, qPrintable(found->id));
        QVERIFY2(found->source.contains("learn.microsoft.com") || found->source.contains("'"), qPrintable(found->id));
    }

    void everyEndpointIsComplete()
    {
        static const QRegularExpression readableId("^[a-z0-9]+(-[a-z0-9]+)*$");
        for (const Endpoint& endpoint : std::as_const(m_catalog.endpoints)) {
            const QByteArray id = endpoint.id.toUtf8();
            QVERIFY2(readableId.match(endpoint.id).hasMatch(), id.constData());
            QVERIFY2(!endpoint.purpose.isEmpty(), id.constData());
            QVERIFY2(!endpoint.source.isEmpty(), id.constData());
            QVERIFY2(!endpoint.probe.isEmpty(), id.constData());
            if (endpoint.isWildcard())
                QVERIFY2(endpoint.probe != endpoint.host, id.constData());
        }
    }

    void scopingTable_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<Cloud>>("allowed");
        for (const Scope& scope : scopes())
            QTest::addRow("%s", qPrintable(scope.key)) << scope.key << scope.allowed;
    }

    // No host appears in a cloud whose namespace it is not of: no commercial-only host in GCC High, DoD or China,
    // no US Government host outside it, no China host outside China.
    void scopingTable()
    {
        QFETCH(QString, key);
        QFETCH(QList<Cloud>, allowed);
        int owned = 0;
        for (const Endpoint& endpoint : std::as_const(m_catalog.endpoints)) {
            for (const QString& name : {endpoint.host, endpoint.probeHost()}) {
                if (ownerKey(name) != key)
                    continue;
                ++owned;
                for (const Cloud cloud : endpoint.clouds)
                    QVERIFY2(allowed.contains(cloud),
                        qPrintable(QString("%1 (%2) is listed for %3").arg(endpoint.id, name, Clouds::id(cloud))));
            }
        }
        QVERIFY2(owned > 0, "no catalog host in this namespace: the row tests nothing");
    }

    void noRetiredHostAsAProbe()
    {
        // Hosts whose owner retired them: still listed by Microsoft, so still in the catalog, but marked.
        const QStringList retiredHosts {"msedgedriver.azureedge.net", "mscrl.microsoft.com", "ocsp.msocsp.com"};
        for (const Endpoint& endpoint : std::as_const(m_catalog.endpoints)) {
            const bool onList = retiredHosts.contains(endpoint.probeHost(), Qt::CaseInsensitive)
                || retiredHosts.contains(endpoint.host, Qt::CaseInsensitive)
                || retiredHosts.contains(QUrl(endpoint.url).host(), Qt::CaseInsensitive);
            QVERIFY2(onList == endpoint.retired, qPrintable(endpoint.id));
        }
        const bool currentWebDriver
            = std::any_of(m_catalog.endpoints.cbegin(), m_catalog.endpoints.cend(), [](const Endpoint& endpoint) {
                  return endpoint.host == "msedgedriver.microsoft.com" && !endpoint.retired
                      && endpoint.features.contains(Feature::Desktop) && endpoint.clouds == Clouds::all();
              });
        QVERIFY(currentWebDriver);
    }

    void everyFeatureSignsIn_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<Feature>("feature");
        QTest::addColumn<QString>("signIn");
        const QMap<Cloud, QString> signIn {{Cloud::Public, "login.microsoftonline.com"},
            {Cloud::Gcc, "login.microsoftonline.com"}, {Cloud::GccHigh, "login.microsoftonline.us"},
            {Cloud::Dod, "login.microsoftonline.us"}, {Cloud::China, "login.chinacloudapi.cn"}};
        for (const Cloud cloud : Clouds::all()) {
            for (const Feature feature : Features::all())
                QTest::addRow("%s %s", qPrintable(Clouds::id(cloud)), qPrintable(Features::id(feature)))
                    << cloud << feature << signIn.value(cloud);
        }
    }

    void everyFeatureSignsIn()
    {
        QFETCH(Cloud, cloud);
        QFETCH(Feature, feature);
        QFETCH(QString, signIn);
        const QList<Endpoint> selected = m_catalog.select(cloud, {feature});
        const bool found = std::any_of(selected.cbegin(), selected.cend(), [&](const Endpoint& endpoint) {
            return endpoint.probeHost() == signIn && endpoint.protocol == Protocol::Https && !endpoint.retired;
        });
        QVERIFY2(found, qPrintable(signIn + " is not checked"));
    }

    void noProbeAtItsWildcardsApex()
    {
        for (const Endpoint& endpoint : std::as_const(m_catalog.endpoints)) {
            if (endpoint.isWildcard())
                QVERIFY2(endpoint.probe.compare(endpoint.host.mid(2), Qt::CaseInsensitive) != 0,
                    qPrintable(endpoint.id + " probes " + endpoint.probe));
        }
    }

    void revocationEntriesHaveRealUrls()
    {
        QStringList retired;
        int revocation = 0;
        for (const Endpoint& endpoint : std::as_const(m_catalog.endpoints)) {
            if (endpoint.protocol != Protocol::Crl && endpoint.protocol != Protocol::Ocsp)
                continue;
            ++revocation;
            const QByteArray id = endpoint.id.toUtf8();
            const QUrl url(endpoint.url);
            QVERIFY2(endpoint.url.startsWith("http://"), id.constData());
            QCOMPARE(url.host(), endpoint.host);
            QVERIFY2(endpoint.ports == QList<quint16> {80}, id.constData());
            QVERIFY2(!endpoint.source.isEmpty(), id.constData());
            if (endpoint.protocol == Protocol::Crl)
                QVERIFY2(url.path().endsWith(".crl"), id.constData());
            // OCSP requests name an issuer; current CRLs are verified against theirs.
            if (endpoint.protocol == Protocol::Ocsp || !endpoint.retired) {
                const auto issuers = QSslCertificate::fromData(endpoint.issuerCertificatePem.toLatin1(), QSsl::Pem);
                QVERIFY2(issuers.size() == 1, id.constData());
            }
            if (endpoint.retired)
                retired << endpoint.host;
        }
        QVERIFY(revocation >= 7);
        retired.sort();
        QCOMPARE(retired, (QStringList {"mscrl.microsoft.com", "ocsp.msocsp.com"}));
    }

    void expectedRootsMatchSystemStore_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sha256");
        for (const ExpectedRoot& root : std::as_const(m_catalog.expectedRoots))
            QTest::addRow("%s", qPrintable(root.name)) << root.name << root.sha256;
    }

    void expectedRootsMatchSystemStore()
    {
        QFETCH(QString, name);
        QFETCH(QString, sha256);
        QCOMPARE(sha256.size(), 64);
        const QString path = "/etc/ssl/certs/" + QString(name).replace(QLatin1Char(' '), QLatin1Char('_')) + ".pem";
        if (!QFile::exists(path))
            QSKIP(qPrintable(path + " is not installed (ca-certificates)"));
        const auto certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        QCOMPARE(certificates.size(), 1);
        const QByteArray computed
            = QCryptographicHash::hash(certificates.constFirst().toDer(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QString::fromLatin1(computed), sha256);
    }

    void listsTheAzureRoots()
    {
        QStringList names;
        for (const ExpectedRoot& root : std::as_const(m_catalog.expectedRoots))
            names << root.name;
        for (const char* name : {"DigiCert Global Root CA", "DigiCert Global Root G2", "DigiCert Global Root G3",
                 "DigiCert TLS ECC P384 Root G5", "DigiCert TLS RSA4096 Root G5",
                 "Microsoft ECC Root Certificate Authority 2017", "Microsoft RSA Root Certificate Authority 2017"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestBuiltInCatalog)
#include "tst_builtincatalog.moc"
