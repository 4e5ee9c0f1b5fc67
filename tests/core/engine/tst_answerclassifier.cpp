#include "engine/AnswerClassifier.h"
#include "engine/BlockPageRules.h"
#include "engine/HttpMessages.h"
#include "engine/TlsChainAnalyzer.h"
#include "engine/TlsFailureExplainer.h"

#include <QFile>
#include <QTest>

// The decisions on proxies' and servers' answers, and the requests Netready writes, without a network.
class TestAnswerClassifier final : public QObject
{
    Q_OBJECT

private:
    static HttpResponseParser parsed(const QByteArray& bytes, qint64 bodyCap = 4096)
    {
        HttpResponseParser parser(bodyCap);
        parser.feed(bytes);
        parser.finish();
        return parser;
    }

private slots:
    void isText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        QTest::addRow("ASCII") << QByteArray("SSH-2.0-OpenSSH_9.2") << true;
        QTest::addRow("tab and line ends") << QByteArray("a\tb\r\nc") << true;
        QTest::addRow("UTF-8") << QByteArray("Zugriff verweigert \xc3\xa9 \xe6\x97\xa5") << true;
        QTest::addRow("a character cut at the end") << QByteArray("abc \xe6\x97") << true;
        QTest::addRow("empty") << QByteArray() << true;
        QTest::addRow("NUL") << QByteArray("a\0b", 3) << false;
        QTest::addRow("control") << QByteArray("a\x01") << false;
        QTest::addRow("DEL") << QByteArray("a\x7f") << false;
        QTest::addRow("invalid UTF-8") << QByteArray("a\xff b") << false;
        QTest::addRow("a continuation byte alone") << QByteArray("\x8f abc") << false;
    }

    void isText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        QCOMPARE(AnswerClassifier::isText(bytes), text);
    }

    void printableReplacesWhatCannotBeShown()
    {
        QCOMPARE(AnswerClassifier::printable(QByteArray("ok \xff\x01 end")), QStringLiteral("ok ?? end"));
        QCOMPARE(AnswerClassifier::printable(QByteArray("caf\xc3\xa9")), QStringLiteral("caf\u00e9"));
    }

    void tunnel_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QString>("diagnosis"); // empty: tunnel open
        QTest::addColumn<QString>("detail");
        QTest::addRow("established") << QByteArray("HTTP/1.1 200 Connection established\r\n\r\n") << false << ""
                                     << "";
        QTest::addRow("wants auth") << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                                  "Proxy-Authenticate: Negotiate\r\nProxy-Authenticate: NTLM\r\n\r\n")
                                    << false << "proxy-auth-required"
                                    << "wants authentication (Negotiate, NTLM)";
        QTest::addRow("rejected credentials") << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                                            "Proxy-Authenticate: Basic realm=\"corp\"\r\n\r\n")
                                              << true << "proxy-auth-required"
                                              << "rejected the credentials";
        QTest::addRow("denied") << QByteArray("HTTP/1.1 403 Forbidden\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\n\r\n")
                                << false << "proxy-denied"
                                << "refused CONNECT to a.example:443: HTTP 403 Forbidden "
                                   "(ERR_ACCESS_DENIED 0)";
        QTest::addRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << "proxy-protocol-error"
                                  << "not HTTP";
        QTest::addRow("a filtering product's refusal")
            << QByteArray("HTTP/1.1 403 Forbidden\r\nServer: Zscaler/6.2\r\nContent-Length: 0\r\n\r\n") << false
            << "proxy-denied"
            << "HTTP 403";
    }

    void tunnel()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, credentials);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        HttpResponseParser parser(0, true);
        parser.feed(reply);
        QStringList evidence;
        const auto refusal = AnswerClassifier::tunnelRefusal(parser, QStringLiteral("http://proxy:3128"), credentials,
            QStringLiteral("a.example:443"), BlockPageRules::builtIn().get(), &evidence);
        QCOMPARE(refusal.has_value(), !diagnosis.isEmpty());
        if (refusal) {
            QCOMPARE(Diagnoses::code(refusal->diagnosis), diagnosis);
            QVERIFY2(refusal->detail.contains(detail), qPrintable(refusal->detail));
        }
        if (parser.hasStatus())
            QVERIFY(evidence.constFirst().startsWith(QStringLiteral("proxy reply: HTTP ")));
    }

    void proxyAnswerOrServerAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("diagnosis"); // empty: the server's own answer
        QTest::addRow("server's 403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n") << "";
        QTest::addRow("server's 200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << "";
        QTest::addRow("proxy's error page") << QByteArray(
            "HTTP/1.1 403 Forbidden\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\n"
            "Content-Length: 0\r\n\r\n") << "proxy-denied";
        QTest::addRow("bad gateway") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                                     << "proxy-denied";
        QTest::addRow("gateway timeout") << QByteArray("HTTP/1.1 504 Gateway Timeout\r\nContent-Length: 0\r\n\r\n")
                                         << "proxy-denied";
        QTest::addRow("authentication") << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                                      "Proxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n")
                                        << "proxy-auth-required";
    }

    void proxyAnswerOrServerAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, diagnosis);
        const auto refusal = AnswerClassifier::proxyRefusal(parsed(answer), QStringLiteral("http://proxy:3128"), false,
            QStringLiteral("crl.example"), BlockPageRules::builtIn().get());
        QCOMPARE(refusal ? Diagnoses::code(refusal->diagnosis) : QString(), diagnosis);
    }

    void webSocket_data()
    {
        const QByteArray key = "dGhlIHNhbXBsZSBub25jZQ==";
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("diagnosis");
        QTest::addRow("upgraded") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: "
                                                "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
                                  << "ok";
        QTest::addRow("rewritten accept") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: "
                                                        "AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n")
                                          << "websocket-blocked";
        QTest::addRow("upgrade stripped") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 45\r\n\r\n"
                                                        "This endpoint is only for web-socket requests")
                                          << "websocket-blocked";
        QTest::addRow("upgrade required")
            << QByteArray("HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\n\r\n") << "websocket-blocked";
        QTest::addRow("service refuses the token")
            << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n") << "ok";
        QTest::addRow("other bad request") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 11\r\n\r\n"
                                                         "missing sas")
                                           << "ok";
    }

    void webSocket()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, diagnosis);
        const Finding finding
            = AnswerClassifier::webSocket(parsed(answer), "dGhlIHNhbXBsZSBub25jZQ==", QStringLiteral("127.0.0.1"));
        QVERIFY2(Diagnoses::code(finding.diagnosis) == diagnosis, qPrintable(finding.detail));
    }

    void blockPage_data()
    {
        using Origin = AnswerClassifier::Origin;
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("origin");
        QTest::addColumn<QString>("diagnosis"); // empty: nothing says the request was blocked
        QTest::addColumn<QString>("device");
        const QByteArray zscaler = "HTTP/1.1 403 Forbidden\r\nServer: Zscaler/6.2\r\nContent-Type: text/html\r\n"
                                   "Content-Length: 59\r\n\r\n<html><head><title>Website blocked</title></head></html>";
        QTest::addRow("zscaler behind inspection") << zscaler << int(Origin::NotTheService) << "blocked-by-inspection"
                                                   << "Zscaler Internet Access (ZIA)";
        QTest::addRow("zscaler on plain http") << zscaler << int(Origin::Unverified) << "blocked-by-inspection"
                                               << "Zscaler Internet Access (ZIA)";
        QTest::addRow("generic block page behind inspection")
            << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\nContent-Length: 66\r\n\r\n"
                          "<html><head><title>Site Blocked</title></head><body></body></html>")
            << int(Origin::NotTheService) << "blocked-by-inspection"
            << "Corp Inspection CA";
        QTest::addRow("a service's own 403")
            << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n") << int(Origin::Unverified) << ""
            << "";
        QTest::addRow("a service's own 404 behind inspection")
            << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
            << int(Origin::NotTheService) << ""
            << "";
        QTest::addRow("authentication inside the tunnel")
            << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: NTLM\r\n"
                          "Content-Length: 0\r\n\r\n")
            << int(Origin::NotTheService) << "proxy-auth-required"
            << "Corp Inspection CA";
        QTest::addRow("portal redirect behind inspection")
            << QByteArray("HTTP/1.1 302 Found\r\nLocation: https://portal.corp.example/login?u=x\r\n"
                          "Content-Length: 0\r\n\r\n")
            << int(Origin::NotTheService) << "blocked-by-inspection"
            << "Corp Inspection CA";
        QTest::addRow("a service's redirect to itself")
            << QByteArray("HTTP/1.1 302 Found\r\nLocation: https://www.a.example/\r\nContent-Length: 0\r\n\r\n")
            << int(Origin::NotTheService) << ""
            << "";
    }

    void blockPage()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, origin);
        QFETCH(QString, diagnosis);
        QFETCH(QString, device);
        const auto rules = BlockPageRules::builtIn();
        QVERIFY(rules);
        const auto found = AnswerClassifier::blockPage(*rules, parsed(answer, 65536), QStringLiteral("a.example"),
            QStringLiteral("Corp Inspection CA"), AnswerClassifier::Origin(origin));
        QCOMPARE(found ? Diagnoses::code(found->diagnosis) : QString(), diagnosis);
        if (found) {
            QVERIFY2(found->device == device, qPrintable(found->device));
            QVERIFY2(found->detail.contains(device), qPrintable(found->detail));
        }
    }

    void blockPageRulesAreWellFormed()
    {
        const auto rules = BlockPageRules::builtIn();
        QVERIFY(rules);
        QVERIFY(rules->productCount() >= 20);
        QCOMPARE(rules->productForCa({QStringLiteral("Zscaler Root CA"), QStringLiteral("Zscaler Inc.")}),
            QStringLiteral("Zscaler Internet Access (ZIA)"));
        QVERIFY(rules->productForCa({QStringLiteral("DigiCert Global Root G2")}).isEmpty());
        QString error;
        // The built-in file's patterns are compiled when first used; each must compile.
        QFile file(QStringLiteral(":/inspection/block-pages.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(BlockPageRules::parse(file.readAll(), &error, BlockPageRules::Patterns::Check), qPrintable(error));
        QVERIFY(!BlockPageRules::parse("{ not json", &error));
        QVERIFY2(!error.isEmpty(), "a broken rules file is named as such");
        const QByteArray badPattern = "{\"version\": \"1\", \"products\": [{\"id\": \"x\", \"name\": \"X\", "
                                      "\"sources\": [\"s\"], \"headers\": [{\"name\": \"Server\", "
                                      "\"pattern\": \"(unclosed\"}]}], \"generic\": {}}";
        QVERIFY(!BlockPageRules::parse(badPattern, &error));
        QVERIFY2(
            error.contains(QStringLiteral("unclosed")) || error.contains(QStringLiteral("pattern")), qPrintable(error));
    }

    void tlsFailureIsExplained_data()
    {
        QTest::addColumn<QList<QSslError>>("errors");
        QTest::addColumn<QString>("socketError");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("anchored");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("detail");
        const int refused = int(PhaseEnd::Refused);
        QTest::addRow("not tls") << QList<QSslError>() << "error:0A00010B:SSL routines::wrong version number" << refused
                                 << false << "tls-failed"
                                 << "does not speak TLS";
        QTest::addRow("silent") << QList<QSslError>() << "" << int(PhaseEnd::TimedOut) << false << "tls-failed"
                                << "did not complete within 2 s";
        QTest::addRow("old protocol") << QList<QSslError>()
                                      << "error:0A00042E:SSL routines::tlsv1 alert protocol version" << refused << false
                                      << "tls-old-protocol"
                                      << "older than 1.2";
        QTest::addRow("no cipher") << QList<QSslError>() << "error:0A000410:SSL routines::sslv3 alert handshake failure"
                                   << refused << false << "tls-no-shared-cipher"
                                   << "no cipher in common";
        QTest::addRow("reset") << QList<QSslError>() << "Connection reset by peer" << int(PhaseEnd::Reset) << false
                               << "tls-failed"
                               << "was reset";
        QTest::addRow("name") << QList<QSslError> {QSslError(QSslError::HostNameMismatch)} << "" << refused << false
                              << "tls-name-mismatch"
                              << "a.example";
        QTest::addRow("anchored by an extra CA, wrong name")
            << QList<QSslError> {QSslError(QSslError::UnableToGetLocalIssuerCertificate),
                   QSslError(QSslError::HostNameMismatch)}
            << "" << refused << true << "tls-name-mismatch"
            << "a.example";
    }

    void tlsFailureIsExplained()
    {
        QFETCH(QList<QSslError>, errors);
        QFETCH(QString, socketError);
        QFETCH(int, end);
        QFETCH(bool, anchored);
        QFETCH(QString, diagnosis);
        QFETCH(QString, detail);
        const TlsChainAnalyzer trusted({}, {});
        TlsFailureFacts facts;
        facts.host = QStringLiteral("a.example");
        facts.port = 443;
        facts.errors = errors;
        facts.socketError = socketError;
        facts.end = PhaseEnd(end);
        facts.timeoutMs = 2000;
        facts.trustedByExtraCa = anchored;
        facts.now = QDateTime::currentDateTimeUtc();
        const Finding finding = TlsFailureExplainer::explain(facts, trusted);
        QVERIFY2(Diagnoses::code(finding.diagnosis) == diagnosis, qPrintable(finding.detail));
        QVERIFY2(finding.detail.contains(detail), qPrintable(finding.detail));
        // The library's own words go to the evidence, never into the one-line detail.
        if (!socketError.isEmpty() && socketError.startsWith(QStringLiteral("error:")))
            QVERIFY(!finding.detail.contains(QStringLiteral("SSL routines")));
    }

    void requests()
    {
        HttpRequestSpec spec;
        spec.host = QStringLiteral("crl.example");
        spec.port = 80;
        spec.target = "/root.crl";
        spec.absoluteHost = QStringLiteral("crl.example");
        spec.absolutePort = 8080;
        spec.proxyUser = QStringLiteral("alice");
        spec.proxyPassword = QStringLiteral("s3cret");
        const QByteArray request = HttpMessages::request(spec);
        QVERIFY(request.startsWith("GET http://crl.example:8080/root.crl HTTP/1.1\r\nHost: crl.example\r\n"));
        QVERIFY(request.contains("Proxy-Authorization: Basic YWxpY2U6czNjcmV0\r\n"));
        QVERIFY(request.endsWith("Connection: close\r\n\r\n"));

        HttpRequestSpec ocsp;
        ocsp.host = QStringLiteral("ocsp.example");
        ocsp.port = 80;
        ocsp.method = "POST";
        ocsp.body = QByteArray("\x30\x03\x02\x01\x00", 5);
        ocsp.contentType = "application/ocsp-request";
        const QByteArray post = HttpMessages::request(ocsp);
        QVERIFY(post.contains("Content-Type: application/ocsp-request\r\nContent-Length: 5\r\n"));
        QVERIFY(post.endsWith(ocsp.body));
        QVERIFY(!post.contains("Proxy-Authorization"));

        QCOMPARE(HttpMessages::connect(QStringLiteral("a.example"), 443, {}, {}),
            QByteArray("CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\nUser-Agent: netready/" NETREADY_VERSION
                       "\r\nProxy-Connection: keep-alive\r\n\r\n"));
        // IPv6 literals go in brackets wherever a host and port are written together.
        QVERIFY(HttpMessages::connect(QStringLiteral("2001:db8::1"), 443, {}, {})
                    .startsWith("CONNECT [2001:db8::1]:443 HTTP/1.1\r\nHost: [2001:db8::1]:443\r\n"));
        QCOMPARE(HttpMessages::webSocketAccept("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }
};

QTEST_GUILESS_MAIN(TestAnswerClassifier)
#include "tst_answerclassifier.moc"
