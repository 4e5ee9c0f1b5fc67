#include "CannedHttpServer.h"
#include "Catalog.h"
#include "LoopbackTlsServer.h"
#include "OcspResponder.h"
#include "SquidFixture.h"
#include "TestPki.h"
#include "engine/Engine.h"
#include "engine/RunPlanner.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

// CRL and OCSP checks as the engine runs them: real downloads from a loopback HTTP server serving CRLs made
// by a test CA, a real `openssl ocsp` responder, hostile answers, all direct and through a real squid proxy;
// and the chain revocation follow-ups of a TLS server whose certificate carries AIA and CDP URLs.
// Runs inside a private network namespace (see run-in-private-network.sh).
class TestRevocationChecks final : public QObject
{
    Q_OBJECT

private:
    Endpoint revocationEndpoint(
        const QString& id, Protocol protocol, const QString& path, const QString& certificatePem = {}) const
    {
        Endpoint e;
        e.id = id;
        e.host = protocol == Protocol::Crl ? QStringLiteral("crl.test") : QStringLiteral("ocsp.test");
        e.ports = {protocol == Protocol::Crl ? m_http.port() : m_ocsp->port()};
        e.protocol = protocol;
        e.clouds = {Cloud::Public};
        e.features = {Feature::Desktop, Feature::Gateway};
        e.url = QStringLiteral("http://%1:%2%3").arg(e.host).arg(e.ports.constFirst()).arg(path);
        e.certificatePem = certificatePem;
        e.issuerCertificatePem = m_pki->caCertPem();
        e.purpose = QStringLiteral("revocation test %1").arg(id);
        e.source = QStringLiteral("tst_revocationchecks");
        return e;
    }

    Endpoint cannedOcsp(const QString& id, const QString& path) const
    {
        Endpoint e = revocationEndpoint(id, Protocol::Ocsp, path, m_goodLeaf.certPem);
        e.host = QStringLiteral("crl.test"); // served by the canned HTTP server
        e.ports = {m_http.port()};
        e.url = QStringLiteral("http://crl.test:%1%2").arg(m_http.port()).arg(path);
        return e;
    }

    QList<Endpoint> scenarios() const
    {
        return {
            revocationEndpoint(QStringLiteral("crl-der"), Protocol::Crl, QStringLiteral("/ca.crl")),
            revocationEndpoint(QStringLiteral("crl-pem"), Protocol::Crl, QStringLiteral("/ca-pem.crl")),
            revocationEndpoint(QStringLiteral("crl-expired"), Protocol::Crl, QStringLiteral("/expired.crl")),
            revocationEndpoint(QStringLiteral("crl-portal"), Protocol::Crl, QStringLiteral("/portal.crl")),
            revocationEndpoint(QStringLiteral("crl-truncated"), Protocol::Crl, QStringLiteral("/truncated.crl")),
            revocationEndpoint(QStringLiteral("crl-endless"), Protocol::Crl, QStringLiteral("/endless.crl")),
            revocationEndpoint(QStringLiteral("crl-missing"), Protocol::Crl, QStringLiteral("/missing.crl")),
            revocationEndpoint(QStringLiteral("ocsp-good"), Protocol::Ocsp, QStringLiteral("/"), m_goodLeaf.certPem),
            revocationEndpoint(
                QStringLiteral("ocsp-revoked"), Protocol::Ocsp, QStringLiteral("/"), m_revokedLeaf.certPem),
            revocationEndpoint(QStringLiteral("ocsp-synthetic"), Protocol::Ocsp, QStringLiteral("/")),
            cannedOcsp(QStringLiteral("ocsp-garbage"), QStringLiteral("/garbage*")),
            cannedOcsp(QStringLiteral("ocsp-unauthorized"), QStringLiteral("/unauthorized*")),
            cannedOcsp(QStringLiteral("ocsp-trylater"), QStringLiteral("/trylater*")),
            revocationEndpoint(QStringLiteral("crl-slow"), Protocol::Crl, QStringLiteral("/slow.crl")),
            foreignOcsp(),
        };
    }

    // An OCSP responder that signs with a certificate of another CA, as a middlebox or a wrong responder would.
    Endpoint foreignOcsp() const
    {
        Endpoint e = revocationEndpoint(
            QStringLiteral("ocsp-foreign"), Protocol::Ocsp, QStringLiteral("/"), m_goodLeaf.certPem);
        e.ports = {m_foreignOcsp->port()};
        e.url = QStringLiteral("http://ocsp.test:%1/").arg(m_foreignOcsp->port());
        return e;
    }

    RunReport run(const QList<Endpoint>& endpoints, const QString& proxyUrl, bool chainRevocation = false,
        const QStringList& connectTo = {}) const
    {
        Catalog catalog;
        catalog.expectedRoots = {{QStringLiteral("Netready Test CA"), QString::fromLatin1(m_pki->caSha256Hex())}};
        catalog.endpoints = endpoints;
        RunOptions options;
        options.features = {Feature::Desktop};
        options.timeoutSeconds = 5;
        options.jobs = 4;
        options.checkChainRevocation = chainRevocation;
        options.extraCaCertificates = QSslCertificate::fromPath(m_pki->caCertPath());
        if (proxyUrl.isEmpty()) {
            options.proxy.mode = ProxySetting::Mode::None;
            options.connectTo << *ConnectToRule::parse(QStringLiteral("crl.test::127.0.0.1:"), nullptr)
                              << *ConnectToRule::parse(QStringLiteral("ocsp.test::127.0.0.1:"), nullptr);
        } else {
            options.proxy = ProxySetting::fromUrl(proxyUrl, nullptr);
        }
        for (const QString& rule : connectTo) // before the general rules: the first match wins
            options.connectTo.prepend(*ConnectToRule::parse(rule, nullptr));
        RunPlan plan = RunPlanner::plan(catalog, options);
        plan.probe.maxBodyBytes = 1024 * 1024; // the cap, small enough for a quick test

        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        engine.start(plan);
        if (!finished.wait(60000))
            return {};
        return finished.constFirst().constFirst().value<RunReport>();
    }

    static const CheckResult* find(const RunReport& report, const QString& id)
    {
        for (const CheckResult& check : report.checks) {
            if (check.id == id)
                return &check;
        }
        return nullptr;
    }

    static QString describe(const CheckResult* check)
    {
        return check ? Diagnoses::code(check->diagnosis) + QStringLiteral(": ") + check->detail + QStringLiteral(" | ")
                + check->evidence.join(QStringLiteral(" | "))
                     : QStringLiteral("(missing)");
    }

    std::unique_ptr<TestPki> m_pki;
    TestPki::Leaf m_goodLeaf;
    TestPki::Leaf m_revokedLeaf;
    TestPki::Leaf m_chainLeaf;
    CannedHttpServer m_http;
    std::unique_ptr<OcspResponder> m_ocsp;
    std::unique_ptr<TestPki> m_otherPki;
    std::unique_ptr<OcspResponder> m_foreignOcsp;
    qsizetype m_slowCrlSize = 0;
    SquidFixture m_squid;
    RunReport m_direct;
    RunReport m_proxied;

private slots:
    void initTestCase()
    {
        QString why;
        if (!OcspResponder::inPrivateNetworkNamespace(&why))
            QSKIP(qPrintable(why));
        m_pki = std::make_unique<TestPki>(QStringLiteral("Netready Test CA"));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_goodLeaf = m_pki->issueLeaf(QStringLiteral("good"), {QStringLiteral("good.test")});
        m_revokedLeaf = m_pki->issueLeaf(QStringLiteral("revoked"), {QStringLiteral("revoked.test")});
        QVERIFY(!m_goodLeaf.isNull() && !m_revokedLeaf.isNull());
        QVERIFY(m_pki->revoke(m_revokedLeaf));

        const QByteArray der = m_pki->crlDer(-1, 7);
        const QByteArray pem = m_pki->crlPem(-1, 7);
        const QByteArray expired = m_pki->crlDer(-10, -3);
        QVERIFY(!der.isEmpty() && !pem.isEmpty() && !expired.isEmpty());
        QVERIFY(m_http.listen());
        m_http.setResponse(QStringLiteral("/ca.crl"), 200, der, "application/pkix-crl");
        m_http.setResponse(QStringLiteral("/ca-pem.crl"), 200, pem, "application/x-pem-file");
        m_http.setResponse(QStringLiteral("/expired.crl"), 200, expired, "application/pkix-crl");
        m_http.setResponse(QStringLiteral("/portal.crl"), 200,
            "<html><head><title>Guest Wi-Fi login</title></head><body>Sign in</body></html>", "text/html");
        m_http.setResponse(QStringLiteral("/truncated.crl"), 200, der.left(der.size() / 2), "application/pkix-crl");
        m_http.setEndless(QStringLiteral("/endless.crl"), "application/pkix-crl", 64 * 1024 * 1024, 30000);
        m_http.setResponse(QStringLiteral("/garbage*"), 200, QByteArray(300, '\x5a'), "application/ocsp-response");
        m_http.setResponse(
            QStringLiteral("/unauthorized*"), 200, QByteArray::fromHex("30030a0106"), "application/ocsp-response");
        m_http.setResponse(
            QStringLiteral("/trylater*"), 200, QByteArray::fromHex("30030a0103"), "application/ocsp-response");
        // A small, valid CRL over a link too slow to deliver it within the timeout: 16 bytes every 250 ms.
        m_slowCrlSize = der.size();
        m_http.setTrickle(QStringLiteral("/slow.crl"),
            "HTTP/1.1 200 OK\r\nContent-Type: application/pkix-crl\r\nContent-Length: " + QByteArray::number(der.size())
                + "\r\n\r\n" + der,
            250);

        // Issued before the responder starts, so its database knows the leaf. Its URLs use port 80; the
        // chain test maps them to the servers' ports with connect-to.
        m_chainLeaf = m_pki->issueLeaf(QStringLiteral("chain"), {QStringLiteral("chain.test")},
            QStringLiteral("http://ocsp.test/"), QStringLiteral("http://crl.test/ca.crl"));
        QVERIFY(!m_chainLeaf.isNull());
        m_ocsp = std::make_unique<OcspResponder>(*m_pki);
        QVERIFY2(m_ocsp->start(), qPrintable(m_ocsp->errorString()));
        m_otherPki = std::make_unique<TestPki>(QStringLiteral("Some Other CA"));
        QVERIFY2(m_otherPki->isValid(), qPrintable(m_otherPki->errorString()));
        m_foreignOcsp = std::make_unique<OcspResponder>(*m_pki);
        m_foreignOcsp->setSigner(m_otherPki->issueOcspSigner());
        QVERIFY2(m_foreignOcsp->start(), qPrintable(m_foreignOcsp->errorString()));

        SquidFixture::Options proxy;
        proxy.hostNames = {QStringLiteral("crl.test"), QStringLiteral("ocsp.test")};
        QVERIFY2(m_squid.start(proxy), qPrintable(m_squid.errorString()));

        m_direct = run(scenarios(), {});
        m_proxied = run(scenarios(), m_squid.url());
        QCOMPARE(m_direct.checks.size(), scenarios().size());
        QCOMPARE(m_proxied.checks.size(), scenarios().size());
    }

    void diagnosis_data()
    {
        QTest::addColumn<bool>("proxied");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        const QList<std::tuple<const char*, const char*, const char*>> cases = {
            {"crl-der", "ok", "Netready Test CA"},
            {"crl-pem", "ok", "Netready Test CA"},
            {"crl-expired", "crl-expired", ""},
            {"crl-portal", "crl-invalid", "HTML"},
            {"crl-truncated", "crl-invalid", ""},
            {"crl-endless", "crl-invalid", ""},
            {"crl-missing", "crl-invalid", "404"},
            {"ocsp-good", "ok", "good"},
            {"ocsp-revoked", "ok", "revoked"},
            {"ocsp-synthetic", "ok", "unknown"},
            {"ocsp-garbage", "ocsp-invalid", ""},
            {"ocsp-unauthorized", "ok", "unauthorized"},
            {"ocsp-trylater", "ocsp-error", "tryLater"},
            {"crl-slow", "crl-timeout", "still running after 5 s"},
            {"ocsp-foreign", "ocsp-invalid", "something other than the CA answered"},
        };
        for (const bool proxied : {false, true}) {
            for (const auto& [id, diagnosis, detail] : cases)
                QTest::addRow("%s %s", proxied ? "proxy" : "direct", id)
                    << proxied << QString::fromLatin1(id) << QString::fromLatin1(diagnosis)
                    << QString::fromLatin1(detail);
        }
    }

    void diagnosis()
    {
        QFETCH(bool, proxied);
        QFETCH(QString, id);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        const CheckResult* check = find(proxied ? m_proxied : m_direct, id);
        QVERIFY2(check, qPrintable(id));
        QVERIFY2(Diagnoses::code(check->diagnosis) == diagnosis, qPrintable(describe(check)));
        QVERIFY2(check->detail.contains(detail, Qt::CaseInsensitive), qPrintable(describe(check)));
        QCOMPARE(check->proxy.isEmpty(), !proxied);
        if (check->status() != CheckStatus::Pass)
            QVERIFY(check->remedy.contains(QStringLiteral("HTTP 80"))
                || check->remedy.contains(QStringLiteral("revocation")));
    }

    void slowDownloadSaysHowFarItGot()
    {
        for (const RunReport* report : {&m_direct, &m_proxied}) {
            const CheckResult* check = find(*report, QStringLiteral("crl-slow"));
            QVERIFY(check && !check->phases.isEmpty());
            QVERIFY2(check->detail.contains(QStringLiteral("of %1 bytes").arg(QLocale().toString(m_slowCrlSize))),
                qPrintable(describe(check)));
            QCOMPARE(check->phases.constLast().end, PhaseEnd::TimedOut);
            QVERIFY(check->phases.constLast().bytes > 0);
            QVERIFY2(!check->detail.contains(QStringLiteral("cut")), qPrintable(describe(check)));
        }
    }

    void endlessBodyIsCutAtTheCap()
    {
        const CheckResult* check = find(m_direct, QStringLiteral("crl-endless"));
        QVERIFY(check);
        QVERIFY2(
            check->evidence.join(' ').contains(QStringLiteral("cut at the size cap")), qPrintable(describe(check)));
        QVERIFY(check->durationMs < 5000);
    }

    void ocspUsesPostAndGet()
    {
        // Both request forms reached the real responder: POST with the DER body, GET with it in the URL.
        const CheckResult* good = find(m_direct, QStringLiteral("ocsp-good"));
        QVERIFY(good);
        QVERIFY2(good->detail.contains(QStringLiteral("GET form is answered too")), qPrintable(describe(good)));
        QStringList phases;
        for (const PhaseResult& phase : good->phases)
            phases << phase.name;
        QVERIFY2(phases.contains(QStringLiteral("ocsp")) && phases.contains(QStringLiteral("ocsp-get")),
            qPrintable(phases.join(',')));
        int gets = 0;
        int posts = 0;
        for (const CannedHttpServer::Request& request : m_http.requests()) {
            if (request.path.startsWith(QStringLiteral("/garbage"))) {
                gets += request.method == "GET";
                posts += request.method == "POST" && request.header("Content-Type") == "application/ocsp-request";
            }
        }
        QCOMPARE(posts, 2); // direct and through the proxy
        QCOMPARE(gets, 2);
    }

    // CRL and OCSP downloads through a proxy that wants Digest or NTLM: the plain-HTTP request (an OCSP POST with
    // its body, and the GET form) is sent again with the scheme the proxy offers, and the answer is judged.
    void throughAuthenticatingProxy_data()
    {
        QTest::addColumn<SquidFixture::Auth>("scheme");
        QTest::addColumn<QString>("used");
        QTest::addRow("digest") << SquidFixture::Auth::Digest << "Digest";
        QTest::addRow("ntlm") << SquidFixture::Auth::Ntlm << "NTLM";
    }

    void throughAuthenticatingProxy()
    {
        QFETCH(SquidFixture::Auth, scheme);
        QFETCH(QString, used);
        SquidFixture squid;
        SquidFixture::Options proxy;
        proxy.hostNames = {QStringLiteral("crl.test"), QStringLiteral("ocsp.test")};
        proxy.auth = {scheme};
        proxy.user = QStringLiteral("alice");
        proxy.password = QStringLiteral("s3cret");
        QVERIFY2(squid.start(proxy), qPrintable(squid.errorString()));
        QList<Endpoint> endpoints;
        for (const Endpoint& e : scenarios()) {
            if (e.id == QLatin1String("crl-der") || e.id == QLatin1String("ocsp-good"))
                endpoints << e;
        }
        QCOMPARE(endpoints.size(), 2);
        const RunReport report = run(endpoints, QStringLiteral("http://alice:s3cret@127.0.0.1:%1").arg(squid.port()));
        for (const QString& id : {QStringLiteral("crl-der"), QStringLiteral("ocsp-good")}) {
            const CheckResult* check = find(report, id);
            QVERIFY2(check, qPrintable(id));
            QVERIFY2(check->diagnosis == Diagnosis::Ok, qPrintable(describe(check) + squid.accessLog()));
            QCOMPARE(check->proxyAuth.used, used);
            QCOMPARE(check->proxyAuth.as, QStringLiteral("alice"));
        }
        const CheckResult* ocsp = find(report, QStringLiteral("ocsp-good"));
        QVERIFY2(ocsp->detail.contains(QStringLiteral("GET form is answered too")), qPrintable(describe(ocsp)));
        QVERIFY2(squid.accessLog().contains(QStringLiteral("POST http://ocsp.test")), qPrintable(squid.accessLog()));
    }

    void chainRevocationPathsAreProbed()
    {
        // A TLS server whose leaf names the real OCSP responder (AIA) and a real CRL (CDP).
        const TestPki::Leaf& leaf = m_chainLeaf;
        LoopbackTlsServer server(LoopbackTlsServer::Behaviour::TlsHttp);
        QVERIFY(server.setIdentity(leaf.certPath, leaf.keyPath));
        QVERIFY(server.listenOnLoopback());

        Endpoint tls;
        tls.id = QStringLiteral("chain");
        tls.host = QStringLiteral("chain.test");
        tls.ports = {443};
        tls.clouds = {Cloud::Public};
        tls.features = {Feature::Desktop};
        const RunReport report = run({tls}, {}, true,
            {QStringLiteral("chain.test:443:127.0.0.1:%1").arg(server.serverPort()),
                QStringLiteral("ocsp.test:80:127.0.0.1:%1").arg(m_ocsp->port()),
                QStringLiteral("crl.test:80:127.0.0.1:%1").arg(m_http.port())});
        const CheckResult* check = find(report, QStringLiteral("chain"));
        QVERIFY(check && check->tls);
        QCOMPARE(check->diagnosis, Diagnosis::Ok);
        QCOMPARE(check->tls->ocspUrls, QStringList {QStringLiteral("http://ocsp.test/")});
        QCOMPARE(check->tls->crlUrls, QStringList {QStringLiteral("http://crl.test/ca.crl")});

        QStringList followUps;
        for (const CheckResult& result : report.checks) {
            if (!result.id.startsWith(QStringLiteral("chain-")))
                continue;
            followUps << result.id;
            QVERIFY2(result.diagnosis == Diagnosis::Ok, qPrintable(describe(&result)));
            QVERIFY(result.source.contains(QStringLiteral("chain.test")));
        }
        QCOMPARE(followUps.size(), 2);
        const auto ocsp = std::find_if(report.checks.cbegin(), report.checks.cend(),
            [](const CheckResult& r) { return r.protocol == Protocol::Ocsp; });
        QVERIFY(ocsp != report.checks.cend());
        QVERIFY2(ocsp->detail.contains(QStringLiteral("good")), qPrintable(ocsp->detail)); // asked about the leaf
        // Each distinct URL once, and the allowlist of the run names the revocation hosts.
        QStringList hosts;
        for (const Endpoint& endpoint : report.endpoints)
            hosts << endpoint.host;
        QVERIFY(hosts.contains(QStringLiteral("ocsp.test")) && hosts.contains(QStringLiteral("crl.test")));
    }

    void outOfOrderChainPairsEachCertificateWithItsIssuer()
    {
        // The server sends leaf, root, intermediate: each revocation URL must still be checked against the
        // certificate's real issuer (the intermediate for the leaf's CRL), not the next one sent.
        TestPki intermediate(QStringLiteral("Netready Test Intermediate"), *m_pki);
        QVERIFY2(intermediate.isValid(), qPrintable(intermediate.errorString()));
        const TestPki::Leaf leaf = intermediate.issueLeaf(QStringLiteral("ooo"), {QStringLiteral("ooo.test")}, {},
            QStringLiteral("http://crl.test/intermediate.crl"));
        QVERIFY(!leaf.isNull());
        const QByteArray crl = intermediate.crlDer(-1, 7);
        QVERIFY(!crl.isEmpty());
        m_http.setResponse(QStringLiteral("/intermediate.crl"), 200, crl, "application/pkix-crl");

        QFile leafFile(leaf.certPath);
        QVERIFY(leafFile.open(QIODevice::ReadOnly));
        QTemporaryFile chainFile;
        QVERIFY(chainFile.open());
        chainFile.write(leafFile.readAll() + m_pki->caCertPem().toLatin1() + intermediate.caCertPem().toLatin1());
        chainFile.close();
        LoopbackTlsServer server(LoopbackTlsServer::Behaviour::TlsHttp);
        QVERIFY(server.setIdentity(chainFile.fileName(), leaf.keyPath));
        QVERIFY(server.listenOnLoopback());

        Endpoint tls;
        tls.id = QStringLiteral("ooo");
        tls.host = QStringLiteral("ooo.test");
        tls.ports = {443};
        tls.clouds = {Cloud::Public};
        tls.features = {Feature::Desktop};
        const RunReport report = run({tls}, {}, true,
            {QStringLiteral("ooo.test:443:127.0.0.1:%1").arg(server.serverPort()),
                QStringLiteral("crl.test:80:127.0.0.1:%1").arg(m_http.port())});
        const CheckResult* check = find(report, QStringLiteral("ooo"));
        QVERIFY(check && check->tls);
        QCOMPARE(check->diagnosis, Diagnosis::Ok);
        // The chain as verified: leaf, intermediate, root.
        QCOMPARE(check->tls->chain.size(), 3);
        QVERIFY2(
            check->tls->chain.at(1).contains(QStringLiteral("Intermediate")), qPrintable(check->tls->chain.join('|')));
        const auto followUp = std::find_if(report.checks.cbegin(), report.checks.cend(),
            [](const CheckResult& r) { return r.url == QStringLiteral("http://crl.test/intermediate.crl"); });
        QVERIFY(followUp != report.checks.cend());
        QVERIFY2(followUp->diagnosis == Diagnosis::Ok, qPrintable(describe(&*followUp)));
        QVERIFY2(
            followUp->detail.contains(QStringLiteral("Netready Test Intermediate")), qPrintable(describe(&*followUp)));
    }
};

QTEST_GUILESS_MAIN(TestRevocationChecks)
#include "tst_revocationchecks.moc"
