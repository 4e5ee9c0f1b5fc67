#include "engine/AnswerClassifier.h"
#include "engine/HttpMessages.h"

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
        QTest::addRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << "proxy-denied"
                                  << "not HTTP";
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
        const auto refusal = AnswerClassifier::tunnelRefusal(
            parser, QStringLiteral("http://proxy:3128"), credentials, QStringLiteral("a.example:443"), &evidence);
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
        const auto refusal = AnswerClassifier::proxyRefusal(
            parsed(answer), QStringLiteral("http://proxy:3128"), false, QStringLiteral("crl.example"));
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

    void tlsWithoutCertificateErrorsIsABrokenHandshake()
    {
        const Finding finding = AnswerClassifier::tlsFailure(
            {}, {}, false, QStringLiteral("a.example"), 443, QStringLiteral("wrong version number"));
        QCOMPARE(finding.diagnosis, Diagnosis::TlsFailed);
        QVERIFY(finding.detail.contains(QStringLiteral("wrong version number")));
        const Finding mismatch = AnswerClassifier::tlsFailure(
            {QSslError(QSslError::HostNameMismatch)}, {}, false, QStringLiteral("a.example"), 443, {});
        QCOMPARE(mismatch.diagnosis, Diagnosis::TlsNameMismatch);
        const Finding untrusted = AnswerClassifier::tlsFailure(
            {QSslError(QSslError::SelfSignedCertificate)}, {}, false, QStringLiteral("a.example"), 443, {});
        QCOMPARE(untrusted.diagnosis, Diagnosis::TlsUntrusted);
        const Finding anchored = AnswerClassifier::tlsFailure(
            {QSslError(QSslError::UnableToGetLocalIssuerCertificate), QSslError(QSslError::HostNameMismatch)}, {}, true,
            QStringLiteral("a.example"), 443, {});
        QCOMPARE(anchored.diagnosis, Diagnosis::TlsNameMismatch); // the extra CA anchors it; the name is wrong
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
        QCOMPARE(HttpMessages::webSocketAccept("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }
};

QTEST_GUILESS_MAIN(TestAnswerClassifier)
#include "tst_answerclassifier.moc"
