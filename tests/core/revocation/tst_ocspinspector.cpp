#include "CannedHttpServer.h"
#include "OcspResponder.h"
#include "TestPki.h"
#include "revocation/OcspInspector.h"
#include "revocation/OcspRequestBuilder.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// OCSP answers: from a real `openssl ocsp` responder over HTTP (inside the private network namespace the test
// runs in), and the non-OCSP answers a filtering network gives instead.
class TestOcspInspector final : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QString contentType;
        QByteArray body;
        QString error;
    };

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestPki> m_otherPki;
    std::unique_ptr<OcspResponder> m_responder;
    TestPki::Leaf m_good;
    TestPki::Leaf m_revoked;
    TestPki::Leaf m_offlineSigner;
    QString m_noResponderReason;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QByteArray m_offlineRequest;
    QByteArray m_offlineResponse; // a real response about m_good, made without a network
    QDateTime m_now;

    Answer exchange(const QUrl& url, const QByteArray& postBody)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply;
        if (postBody.isNull()) {
            reply.reset(m_network.get(request));
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/ocsp-request"));
            reply.reset(m_network.post(request, postBody));
        }
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Answer answer;
        if (!reply->isFinished() && !finished.wait(15000)) {
            answer.error = "no answer within 15 s";
            return answer;
        }
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        answer.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && answer.status == 0)
            answer.error = reply->errorString();
        return answer;
    }

    // `openssl ocsp` as an offline responder: request file in, signed response file out.
    QByteArray offlineResponse(const QByteArray& requestDer, QString* error)
    {
        const QString requestPath = m_dir.filePath("offline-request.der");
        const QString responsePath = m_dir.filePath("offline-response.der");
        QFile requestFile(requestPath);
        if (!requestFile.open(QIODevice::WriteOnly) || requestFile.write(requestDer) != requestDer.size())
            return {};
        requestFile.close();
        if (!TestPki::runOpenSsl(
                {"ocsp", "-index", m_pki->indexPath(), "-CA", m_pki->caCertPath(), "-rsigner", m_offlineSigner.certPath,
                    "-rkey", m_offlineSigner.keyPath, "-reqin", requestPath, "-respout", responsePath},
                m_dir.path(), error))
            return {};
        QFile responseFile(responsePath);
        return responseFile.open(QIODevice::ReadOnly) ? responseFile.readAll() : QByteArray();
    }

    static QByteArray randomBytes(int size, quint32 seed)
    {
        QRandomGenerator generator(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(generator.bounded(256));
        bytes[0] = '\x17';
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_otherPki = std::make_unique<TestPki>("Other Test CA");
        QVERIFY2(m_otherPki->isValid(), qPrintable(m_otherPki->errorString()));
        m_good = m_pki->issueLeaf("good.test", {"good.test"});
        m_revoked = m_pki->issueLeaf("revoked.test", {"revoked.test"});
        QVERIFY2(!m_good.isNull() && !m_revoked.isNull(), qPrintable(m_pki->errorString()));
        QVERIFY2(m_pki->revoke(m_revoked), qPrintable(m_pki->errorString()));
        m_offlineSigner = m_pki->issueOcspSigner();
        QVERIFY2(!m_offlineSigner.isNull(), qPrintable(m_pki->errorString()));

        QString error;
        m_offlineRequest = OcspRequestBuilder::build(m_good.certPem, m_pki->caCertPem(), &error);
        QVERIFY2(!m_offlineRequest.isEmpty(), qPrintable(error));
        m_offlineResponse = offlineResponse(m_offlineRequest, &error);
        QVERIFY2(!m_offlineResponse.isEmpty(), qPrintable(error));
        m_now = QDateTime::currentDateTimeUtc(); // after every certificate's notBefore

        if (!OcspResponder::inPrivateNetworkNamespace(&m_noResponderReason))
            return; // the responder tests skip with that reason
        m_responder = std::make_unique<OcspResponder>(*m_pki);
        QVERIFY2(m_responder->start(), qPrintable(m_responder->errorString()));
    }

    void cleanupTestCase()
    {
        if (m_responder)
            m_responder->stop();
    }

    void realResponder_data()
    {
        QTest::addColumn<QString>("certificatePem");
        QTest::addColumn<QString>("requestIssuerPem");
        QTest::addColumn<QString>("verifyIssuerPem");
        QTest::addColumn<bool>("useGet");
        QTest::addColumn<QStringList>("detailParts");
        QTest::addColumn<Diagnosis>("diagnosis");

        const QString ca = m_pki->caCertPem();
        const QString other = m_otherPki->caCertPem();
        QTest::addRow("good leaf, POST") << m_good.certPem << ca << ca << false
                                         << QStringList {"responseStatus successful", "certificate good",
                                                "signature verified"}
                                         << Diagnosis::Ok;
        QTest::addRow("good leaf, GET") << m_good.certPem << ca << ca << true
                                        << QStringList {"certificate good", "signature verified"} << Diagnosis::Ok;
        QTest::addRow("revoked leaf") << m_revoked.certPem << ca << ca << false
                                      << QStringList {"certificate revoked at", "keyCompromise", "signature verified"}
                                      << Diagnosis::Ok;
        QTest::addRow("synthetic serial") << QString() << ca << ca << false
                                          << QStringList {"certificate unknown", "signature verified"} << Diagnosis::Ok;
        QTest::addRow("good leaf, wrong issuer to verify")
            << m_good.certPem << ca << other << false
            << QStringList {"something other than the CA answered", "signature does not verify"}
            << Diagnosis::OcspInvalid;
        QTest::addRow("good leaf, no issuer to verify")
            << m_good.certPem << ca << QString() << false << QStringList {"certificate good", "signature not checked"}
            << Diagnosis::Ok;
        // openssl 3.0's responder answers an issuer it does not serve with certStatus unknown (not with
        // responseStatus unauthorized, as many CAs' responders do: see cannedResponder below).
        QTest::addRow("issuer it does not serve")
            << QString() << other << other << false
            << QStringList {"something other than the CA answered", "signature does not verify"}
            << Diagnosis::OcspInvalid;
    }

    void realResponder()
    {
        QFETCH(QString, certificatePem);
        QFETCH(QString, requestIssuerPem);
        QFETCH(QString, verifyIssuerPem);
        QFETCH(bool, useGet);
        QFETCH(QStringList, detailParts);
        QFETCH(Diagnosis, diagnosis);
        if (!m_responder)
            QSKIP(qPrintable("no private network namespace for openssl ocsp: " + m_noResponderReason));
        QVERIFY(m_responder->isRunning());

        QString error;
        const QByteArray requestDer = OcspRequestBuilder::build(certificatePem, requestIssuerPem, &error);
        QVERIFY2(!requestDer.isEmpty(), qPrintable(error));
        Answer answer;
        if (useGet) {
            const QString url = OcspRequestBuilder::getUrl(m_responder->url().toString(), requestDer);
            QVERIFY(!url.isEmpty());
            answer = exchange(QUrl(url, QUrl::StrictMode), {});
        } else {
            answer = exchange(m_responder->url(), requestDer);
        }
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.status, 200);

        // The responder's signing certificate is younger than m_now.
        const RevocationVerdict verdict = OcspInspector::inspect(answer.body, answer.status, answer.contentType, false,
            requestDer, verifyIssuerPem, QDateTime::currentDateTimeUtc());
        QVERIFY2(
            verdict.diagnosis == diagnosis, qPrintable(Diagnoses::code(verdict.diagnosis) + ": " + verdict.detail));
        for (const QString& part : detailParts)
            QVERIFY2(verdict.detail.contains(part), qPrintable(part + " not in: " + verdict.detail));
        if (!certificatePem.isEmpty() && requestIssuerPem == verifyIssuerPem)
            QVERIFY2(verdict.evidence.contains("Nonce: echoed"), qPrintable(verdict.evidence.join('\n')));
    }

    void notAnOcspResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("detailPart");

        QTest::addRow("random bytes") << randomBytes(2048, 11) << 200 << "application/ocsp-response" << false
                                      << "2048 bytes of binary data";
        QTest::addRow("HTML portal page")
            << QByteArray("<html><head><title>Web filter: blocked</title></head></html>") << 200 << "text/html" << false
            << "an HTML page (title: \"Web filter: blocked\")";
        QTest::addRow("empty body") << QByteArray() << 200 << QString() << false << "an empty body";
        QTest::addRow("cut response") << m_offlineResponse.left(m_offlineResponse.size() - 40) << 200
                                      << "application/ocsp-response" << false << "a DER structure cut short";
        QTest::addRow("HTTP 500 with an OCSP body")
            << m_offlineResponse << 500 << "application/ocsp-response" << false << "answered HTTP 500";
        QTest::addRow("HTTP 403 page") << QByteArray("Forbidden") << 403 << "text/plain" << false
                                       << "answered HTTP 403";
        QTest::addRow("truncated at the cap")
            << m_offlineResponse << 200 << "application/ocsp-response" << true << "larger than 20 MB";
    }

    void notAnOcspResponse()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(QString, contentType);
        QFETCH(bool, truncated);
        QFETCH(QString, detailPart);
        const RevocationVerdict verdict = OcspInspector::inspect(
            body, httpStatus, contentType, truncated, m_offlineRequest, m_pki->caCertPem(), m_now);
        QVERIFY2(verdict.diagnosis == Diagnosis::OcspInvalid,
            qPrintable(Diagnoses::code(verdict.diagnosis) + ": " + verdict.detail));
        QVERIFY2(verdict.detail.contains(detailPart), qPrintable(verdict.detail));
    }

    void offlineResponseIsGood()
    {
        // The reference for the corruption tests below: intact, it passes with a verified signature.
        const RevocationVerdict verdict
            = OcspInspector::inspect(m_offlineResponse, 200, {}, false, m_offlineRequest, m_pki->caCertPem(), m_now);
        QCOMPARE(verdict.diagnosis, Diagnosis::Ok);
        QVERIFY2(verdict.detail.contains("certificate good") && verdict.detail.contains("signature verified"),
            qPrintable(verdict.detail));
        // Asked about another certificate, the same answer does not count as an answer about it.
        QString error;
        const QByteArray otherRequest = OcspRequestBuilder::build(m_revoked.certPem, m_pki->caCertPem(), &error);
        const RevocationVerdict mismatch
            = OcspInspector::inspect(m_offlineResponse, 200, {}, false, otherRequest, m_pki->caCertPem(), m_now);
        QCOMPARE(mismatch.diagnosis, Diagnosis::Ok);
        QVERIFY2(mismatch.detail.contains("without the certificate asked about"), qPrintable(mismatch.detail));
        QVERIFY(mismatch.evidence.contains("Nonce: does not match the request (a replayed or cached answer?)"));
    }

    void everyPrefixIsInvalid()
    {
        for (qsizetype length = 0; length < m_offlineResponse.size(); ++length) {
            const RevocationVerdict verdict = OcspInspector::inspect(
                m_offlineResponse.left(length), 200, {}, false, m_offlineRequest, m_pki->caCertPem(), m_now);
            QVERIFY2(verdict.diagnosis == Diagnosis::OcspInvalid, qPrintable(QString::number(length)));
        }
    }

    void corruptedBytesNeverVerify()
    {
        // One changed byte anywhere: unreadable, or a signature that does not verify, unless the byte lies outside
        // everything signed (an algorithm's NULL parameters) and the verdict is the same as for the intact answer.
        const QString intact
            = OcspInspector::inspect(m_offlineResponse, 200, {}, false, m_offlineRequest, m_pki->caCertPem(), m_now)
                  .detail;
        QVERIFY(intact.contains("signature verified"));
        QRandomGenerator generator(5);
        for (qsizetype position = 0; position < m_offlineResponse.size(); ++position) {
            QByteArray corrupted = m_offlineResponse;
            corrupted[position] = static_cast<char>(corrupted.at(position) ^ (1 + generator.bounded(255)));
            const RevocationVerdict verdict
                = OcspInspector::inspect(corrupted, 200, {}, false, m_offlineRequest, m_pki->caCertPem(), m_now);
            QVERIFY(!verdict.detail.isEmpty());
            if (verdict.detail.contains("signature verified"))
                QVERIFY2(verdict.detail == intact, qPrintable(QString::number(position) + ": " + verdict.detail));
        }
    }

    void cannedResponder_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Diagnosis>("diagnosis");
        QTest::addColumn<QString>("detailPart");

        // OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED, ... }: what responders send for a refusal.
        QTest::addRow("unauthorized") << 200 << QByteArray::fromHex("30030a0106") << Diagnosis::Ok
                                      << "responseStatus unauthorized (it does not answer for this issuer)";
        QTest::addRow("malformedRequest")
            << 200 << QByteArray::fromHex("30030a0101") << Diagnosis::OcspError << "responseStatus malformedRequest";
        QTest::addRow("tryLater") << 200 << QByteArray::fromHex("30030a0103") << Diagnosis::OcspError
                                  << "responseStatus tryLater";
        QTest::addRow("internalError") << 200 << QByteArray::fromHex("30030a0102") << Diagnosis::OcspError
                                       << "responseStatus internalError";
        QTest::addRow("sigRequired") << 200 << QByteArray::fromHex("30030a0105") << Diagnosis::OcspError
                                     << "responseStatus sigRequired";
        QTest::addRow("signed answer") << 200 << m_offlineResponse << Diagnosis::Ok << "certificate good, this update";
        QTest::addRow("random bytes") << 200 << randomBytes(700, 3) << Diagnosis::OcspInvalid
                                      << "700 bytes of binary data";
        QTest::addRow("not found page") << 404 << QByteArray("<html><title>404</title></html>")
                                        << Diagnosis::OcspInvalid << "answered HTTP 404";
    }

    void cannedResponder()
    {
        // Over HTTP from a loopback server, as the engine will fetch it.
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        QFETCH(Diagnosis, diagnosis);
        QFETCH(QString, detailPart);
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setResponse("/ocsp", httpStatus, body, "application/ocsp-response");
        const Answer answer = exchange(server.url("/ocsp"), m_offlineRequest);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().body, m_offlineRequest);
        QCOMPARE(server.requests().first().header("Content-Type"), QByteArray("application/ocsp-request"));

        const RevocationVerdict verdict = OcspInspector::inspect(
            answer.body, answer.status, answer.contentType, false, m_offlineRequest, m_pki->caCertPem(), m_now);
        QVERIFY2(
            verdict.diagnosis == diagnosis, qPrintable(Diagnoses::code(verdict.diagnosis) + ": " + verdict.detail));
        QVERIFY2(verdict.detail.contains(detailPart), qPrintable(verdict.detail));
    }

    void randomDerNeverVerifies()
    {
        // Random contents behind a plausible SEQUENCE header, some of them after the real answer's first bytes.
        QRandomGenerator generator(99);
        const QByteArray real = m_offlineResponse;
        for (int round = 0; round < 2000; ++round) {
            QByteArray body(generator.bounded(2, 3000), Qt::Uninitialized);
            for (char& byte : body)
                byte = static_cast<char>(generator.bounded(256));
            body[0] = '\x30';
            const qsizetype keep = generator.bounded(qsizetype(0), std::min(body.size(), real.size()));
            body.replace(0, keep, real.left(keep));
            // The byte after the kept prefix differs from the real one, or a body that kept all but the last byte
            // and drew that byte by chance (1 in 256) would be the real answer with random bytes after it.
            if (keep > 0 && keep < body.size())
                body[keep] = static_cast<char>(real.at(keep) ^ 0x5a);
            const RevocationVerdict verdict
                = OcspInspector::inspect(body, 200, {}, false, m_offlineRequest, m_pki->caCertPem(), m_now);
            // Well-formed only when the random part falls where any bytes parse (a signature's bits); then the
            // signature cannot verify.
            if (verdict.diagnosis != Diagnosis::OcspInvalid) {
                QVERIFY2(keep > real.size() / 2 && !verdict.detail.contains("signature verified"),
                    qPrintable(QString::number(round) + ": " + verdict.detail));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOcspInspector)
#include "tst_ocspinspector.moc"
