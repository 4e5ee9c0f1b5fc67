#include "ReportSchema.h"
#include "SampleReport.h"
#include "reports/JsonReport.h"
#include "reports/JsonReportWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The JSON report is a public API: it must match docs/report.schema.json and carry every fact of the run.
class TestJsonReport final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject written(const RunReport& report)
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!JsonReportWriter().write(report, &buffer, &error))
            qWarning() << error;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            qWarning() << parseError.errorString();
        return document.object();
    }

    static QJsonObject checkById(const QJsonObject& report, const QString& id)
    {
        for (const QJsonValue& value : report.value("checks").toArray()) {
            if (value.toObject().value("id").toString() == id)
                return value.toObject();
        }
        return {};
    }

private slots:
    void matchesTheSchema_data()
    {
        QTest::addColumn<RunReport>("report");
        QTest::addRow("mixed") << SampleReport::mixed();
        QTest::addRow("all passed") << SampleReport::allPassed();
        QTest::addRow("large") << SampleReport::large(60);
        RunReport empty;
        empty.settings.features = {Feature::Gateway};
        empty.cancelled = true;
        QTest::addRow("cancelled before start") << empty;
        QTest::addRow("with a region") << SampleReport::withRegion();
        RunReport chinese = SampleReport::mixed();
        chinese.language = "zh_CN";
        QTest::addRow("in Chinese") << chinese;
    }

    void matchesTheSchema()
    {
#ifdef Q_OS_WIN
        QSKIP(
            "The schema is checked with python3-jsonschema, which the Windows build has not; the Linux run checks it");
#endif
        QFETCH(RunReport, report);
        QString output;
        const int code = ReportSchema::check(QJsonDocument(written(report)).toJson(), &output);
        QVERIFY2(code == 0, qPrintable(output));
    }

    // The validator must reject what the schema forbids, or the test above proves nothing.
    void schemaRejectsBrokenReports_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("summary.failed as text") << "summary/failed" << QJsonValue("four");
        QTest::addRow("unknown verdict") << "summary/verdict" << QJsonValue("maybe");
        QTest::addRow("schemaVersion 2") << "schemaVersion" << QJsonValue(2);
        QTest::addRow("proxy with credentials") << "environment/proxy" << QJsonValue("http://bob:secret@proxy:3128");
        QTest::addRow("unknown field") << "environment/extra" << QJsonValue(true);
        QTest::addRow("missing checks") << "checks" << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("local start time without Z") << "startedAt" << QJsonValue("2026-11-26T10:30:00+01:00");
        QTest::addRow("catalog date with a time") << "selection/catalogDate" << QJsonValue("2026-11-01T00:00:00Z");
        QTest::addRow("empty region") << "selection/region" << QJsonValue("");
        QTest::addRow("unknown language") << "language" << QJsonValue("klingon");
        QTest::addRow("relay namespace of another domain")
            << "selection/relayNamespaces"
            << QJsonValue(QJsonArray {QJsonObject {{"host", "relay.example.com"}, {"preview", false}}});
        QTest::addRow("relay namespace without preview")
            << "selection/relayNamespaces"
            << QJsonValue(QJsonArray {QJsonObject {{"host", "a.servicebus.windows.net"}}});
    }

    void schemaRejectsBrokenReports()
    {
#ifdef Q_OS_WIN
        QSKIP(
            "The schema is checked with python3-jsonschema, which the Windows build has not; the Linux run checks it");
#endif
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QJsonObject report = written(SampleReport::mixed());
        const QStringList path = pointer.split('/');
        if (path.size() == 1) {
            if (value.isUndefined())
                report.remove(path[0]);
            else
                report.insert(path[0], value);
        } else {
            QJsonObject inner = report.value(path[0]).toObject();
            inner.insert(path[1], value);
            report.insert(path[0], inner);
        }
        QString output;
        QCOMPARE(ReportSchema::check(QJsonDocument(report).toJson(), &output), 1);
        QVERIFY(!output.isEmpty());
    }

    void summaryAndHeader()
    {
        const RunReport report = SampleReport::mixed();
        const QJsonObject json = written(report);
        QCOMPARE(json.value("schemaVersion").toInt(), 1);
        QCOMPARE(json.value("tool").toObject().value("name").toString(), "netready");
        QCOMPARE(json.value("language").toString(), "en");
        QCOMPARE(json.value("startedAt").toString(), "2026-11-26T09:30:00.000Z");
        QCOMPARE(json.value("finishedAt").toString(), "2026-11-26T09:30:12.000Z");
        const QJsonObject summary = json.value("summary").toObject();
        QCOMPARE(summary.value("total").toInt(), 9);
        QCOMPARE(summary.value("passed").toInt(), 2);
        QCOMPARE(summary.value("warnings").toInt(), 2);
        QCOMPARE(summary.value("failed").toInt(), 4);
        QCOMPARE(summary.value("skipped").toInt(), 1);
        QCOMPARE(summary.value("ready").toBool(), false);
        QCOMPARE(summary.value("verdict").toString(), "not-ready");
        QCOMPARE(summary.value("verdictText").toString(), "NOT READY");
        const QJsonObject selection = json.value("selection").toObject();
        QCOMPARE(selection.value("cloud").toString(), "public");
        QCOMPARE(selection.value("features").toArray(), QJsonArray({"cloud-flows", "desktop"}));
        QCOMPARE(selection.value("catalogs").toArray().size(), 2);
        QCOMPARE(selection.value("catalogDate").toString(), "2026-11-01");
        QVERIFY(written(RunReport {}).value("selection").toObject().value("catalogDate").isNull());
        const QJsonObject environment = json.value("environment").toObject();
        QCOMPARE(environment.value("hostname").toString(), "helpdesk-pc-17");
        QCOMPARE(environment.value("user").toString(), "alice");
        QCOMPARE(environment.value("proxyMode").toString(), "manual");
        QCOMPARE(environment.value("proxy").toString(), "http://proxy.corp.example:3128");
        QCOMPARE(environment.value("clockSkewSeconds").toDouble(), 185.0);
        QCOMPARE(environment.value("dnsNotes").toArray().size(), 1);
        const QJsonArray groups = json.value("allowlist").toObject().value("groups").toArray();
        QVERIFY(!groups.isEmpty());
        QVERIFY(json.value("allowlist").toObject().value("connectorAdvice").toString().contains("AzureConnectors"));
    }

    // The region and its namespaces, for allowlisting by namespace; null and empty without a region; a report
    // written before regions existed (no such fields) still matches the schema.
    void regionAndItsNamespaces()
    {
        const QJsonObject selection = written(SampleReport::withRegion()).value("selection").toObject();
        QCOMPARE(selection.value("region").toString(), "Europe");
        QCOMPARE(selection.value("relayNamespaces").toArray(),
            QJsonArray({QJsonObject {{"host", SampleReport::relayHost}, {"preview", false}},
                QJsonObject {{"host", SampleReport::previewRelayHost}, {"preview", true}}}));

        QJsonObject older = written(SampleReport::mixed());
        QJsonObject olderSelection = older.value("selection").toObject();
        QVERIFY(olderSelection.value("region").isNull());
        QCOMPARE(olderSelection.value("relayNamespaces").toArray(), QJsonArray());
#ifndef Q_OS_WIN
        olderSelection.remove("region");
        olderSelection.remove("relayNamespaces");
        older.insert("selection", olderSelection);
        QString output;
        QVERIFY2(ReportSchema::check(QJsonDocument(older).toJson(), &output) == 0, qPrintable(output));
#endif
    }

    // The schemes a proxy offered and how each fared; present only where a proxy asked, never a password.
    void proxyAuthentication()
    {
        const QJsonObject json = written(SampleReport::mixed());
        const QJsonObject auth = checkById(json, "flow-api:443").value("proxyAuth").toObject();
        QCOMPARE(auth.value("offered").toArray(), QJsonArray({"Negotiate", "Basic"}));
        QVERIFY(auth.value("used").isNull());
        QVERIFY(auth.value("as").isNull());
        QCOMPARE(auth.value("turnedOff").toBool(), false);
        const QJsonArray attempts = auth.value("attempts").toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value("scheme").toString(), QString("Negotiate"));
        QCOMPARE(attempts.at(0).toObject().value("outcome").toString(), QString("no-ticket"));
        QCOMPARE(attempts.at(1).toObject().value("outcome").toString(), QString("rejected"));
        QVERIFY(!checkById(json, "aad-login:443").contains("proxyAuth"));
    }

    void checks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QJsonValue>("httpStatus");
        QTest::addRow("pass") << "aad-login:443"
                              << "pass"
                              << "ok" << QJsonValue(200);
        QTest::addRow("intercepted") << "flow-portal:443"
                                     << "warn"
                                     << "tls-intercepted" << QJsonValue();
        QTest::addRow("timeout") << "servicebus-relay:9350"
                                 << "fail"
                                 << "tcp-timeout" << QJsonValue();
        QTest::addRow("proxy auth") << "flow-api:443"
                                    << "fail"
                                    << "proxy-auth-required" << QJsonValue(407);
        QTest::addRow("needs input") << "dataverse:443"
                                     << "skipped"
                                     << "needs-input" << QJsonValue();
        QTest::addRow("retired crl") << "crl-mscorp:80"
                                     << "pass"
                                     << "ok" << QJsonValue();
        QTest::addRow("clock") << "clock"
                               << "warn"
                               << "clock-skew" << QJsonValue();
    }

    void checks()
    {
        QFETCH(QString, id);
        QFETCH(QString, status);
        QFETCH(QString, diagnosis);
        QFETCH(QJsonValue, httpStatus);
        const RunReport report = SampleReport::mixed();
        const QJsonObject check = checkById(written(report), id);
        QVERIFY2(!check.isEmpty(), qPrintable(id));
        QCOMPARE(check.value("status").toString(), status);
        QCOMPARE(check.value("diagnosis").toString(), diagnosis);
        QCOMPARE(check.value("httpStatus"), httpStatus.isUndefined() ? QJsonValue(QJsonValue::Null) : httpStatus);
        for (const CheckResult& original : report.checks) {
            if (original.id != id)
                continue;
            QCOMPARE(check.value("host").toString(), original.host);
            QCOMPARE(check.value("probe").toString(), original.probe);
            QCOMPARE(check.value("port").toInt(), int(original.port));
            QCOMPARE(check.value("detail").toString(), original.detail);
            QCOMPARE(check.value("remedy").toString(), original.remedy);
            QCOMPARE(check.value("retired").toBool(), original.retired);
            QCOMPARE(check.value("phases").toArray().size(), original.phases.size());
            QCOMPARE(check.value("tls").isObject(), original.tls.has_value());
        }
    }

    void evidenceAndTls()
    {
        const QJsonObject json = written(SampleReport::mixed());
        const QJsonObject pass = checkById(json, "aad-login:443");
        const QJsonObject tls = pass.value("tls").toObject();
        QCOMPARE(tls.value("root").toString(), "CN=DigiCert Global Root G2");
        QCOMPARE(tls.value("chain").toArray().size(), 3);
        QCOMPARE(tls.value("ocspUrls").toArray().first().toString(), "http://oneocsp.microsoft.com/ocsp");
        QCOMPARE(pass.value("connectedAddress").toString(), "proxy.corp.example:3128");
        QCOMPARE(pass.value("serverDate").toString(), "2026-11-26T09:30:04.000Z");
        const QJsonObject phase = pass.value("phases").toArray().first().toObject();
        QCOMPARE(phase.value("name").toString(), "proxy");
        QCOMPARE(phase.value("ok").toBool(), true);
        QCOMPARE(phase.value("ms").toInt(), 4);
        const QJsonObject auth = checkById(json, "flow-api:443");
        QCOMPARE(auth.value("evidence").toArray().first().toString(), "Proxy-Authenticate: Basic realm=\"corp\"");
        QCOMPARE(checkById(json, "servicebus-relay:9350").value("proxy"), QJsonValue(QJsonValue::Null));
        QCOMPARE(checkById(json, "crl-mscorp:80").value("url").toString(),
            "http://mscrl.microsoft.com/pki/mscorp/crl/msitwww2.crl");
    }

    void hostileTextRoundTrips()
    {
        const QJsonObject check = checkById(written(SampleReport::mixed()), "custom-host:8443");
        QCOMPARE(check.value("purpose").toString(), SampleReport::hostilePurpose);
        QCOMPARE(check.value("detail").toString(), SampleReport::hostileDetail);
    }

    void writerMatchesToJson()
    {
        const RunReport report = SampleReport::mixed();
        QCOMPARE(written(report), JsonReport::toJson(report));
    }

    // The streamed text is the one QJsonDocument writes for the whole report, byte for byte: scripts may
    // compare reports as text.
    // Text a server or a catalog may hand over: controls, quotes, every UTF-8 length, pairs and halves of
    // surrogate pairs; and each member in both of its forms (present and null, empty and filled).
    static RunReport everyKindOfValue()
    {
        RunReport report = SampleReport::mixed();
        const QString strange = QStringLiteral("tab\t nl\n cr\r bs\b ff\f nul") + QChar(0) + QChar(0x1f)
            + QStringLiteral(" del\x7f quote\" backslash\\ slash/ é ü 日本 €") + QString::fromUcs4(U"😀 𝄞")
            + QChar(0xd800) + QStringLiteral("x") + QChar(0xdc00) + QStringLiteral(" end") + QChar(0xdbff);
        CheckResult& first = report.checks.first();
        first.detail = strange;
        first.evidence = {strange, QString(), QStringLiteral("plain")};
        first.addresses = {};
        first.dnsNote = strange;
        first.httpStatus = 0;
        first.serverDate = {};
        first.durationMs = 9'007'199'254'740'993; // beyond a double's exact integers
        first.phases << PhaseResult {strange, false, 0, strange, PhaseEnd::Cut, 0}
                     << PhaseResult {QStringLiteral("http"), true, 12, {}, PhaseEnd::Completed, -1};
        PacOutcome pac;
        pac.returned = strange;
        pac.failedOver << PacOutcome::Failover {QStringLiteral("PROXY a:8080"), strange};
        first.pac = pac;
        TlsDetails tls;
        tls.subject = strange;
        tls.chain = {strange, QStringLiteral("CA")};
        first.tls = tls;
        first.proxyAuth.offered = {strange};
        first.proxyAuth.turnedOff = true;
        CheckResult& second = report.checks[1];
        second.pac = PacOutcome {};
        second.tls = TlsDetails {};
        second.httpStatus = 451;
        return report;
    }

    void streamedTextIsTheDocumentsText_data()
    {
        QTest::addColumn<RunReport>("report");
        QTest::addRow("mixed") << SampleReport::mixed();
        QTest::addRow("all passed") << SampleReport::allPassed();
        QTest::addRow("large") << SampleReport::large(60);
        QTest::addRow("no checks") << RunReport();
        RunReport one = SampleReport::mixed();
        one.checks = {one.checks.constFirst()};
        QTest::addRow("one check") << one;
        QTest::addRow("every kind of text and value") << everyKindOfValue();
    }

    void streamedTextIsTheDocumentsText()
    {
        QFETCH(RunReport, report);
        QByteArray streamed;
        int pieces = 0;
        QVERIFY(JsonReport::write(report, [&](const QByteArray& piece) {
            streamed += piece;
            ++pieces;
            return true;
        }));
        QCOMPARE(streamed, QJsonDocument(JsonReport::toJson(report)).toJson(QJsonDocument::Indented));
        QVERIFY(pieces > report.checks.size()); // one piece per check at least: never the whole report at once
    }

    void streamingStopsAtTheFirstFailedWrite()
    {
        int pieces = 0;
        QVERIFY(!JsonReport::write(SampleReport::large(20), [&](const QByteArray&) { return ++pieces < 3; }));
        QCOMPARE(pieces, 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
