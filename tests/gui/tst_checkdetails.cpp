#include "CheckDetails.h"

#include <QTest>

// The details pane says what was found and what to do, and escapes whatever came from outside.
class TestCheckDetails final : public QObject
{
    Q_OBJECT

private slots:
    void showsRemedyAndEvidence()
    {
        CheckResult result;
        result.host = "*.servicebus.windows.net";
        result.probe = "relay.servicebus.windows.net";
        result.port = 443;
        result.protocol = Protocol::Wss;
        result.features = {Feature::Desktop};
        result.diagnosis = Diagnosis::WebSocketBlocked;
        result.detail = "The proxy answered 400";
        result.remedy = "Let the proxy pass Upgrade headers.";
        result.evidence = {"HTTP/1.1 400 This endpoint is only for web-socket requests"};
        result.phases = {{"tcp", true, 3, {}}, {"websocket", false, 20, "400"}};
        result.proxy = "http://proxy:3128";
        const QString html = CheckDetails::html(result);
        QVERIFY(html.contains("relay.servicebus.windows.net:443"));
        QVERIFY(html.contains(Diagnoses::title(Diagnosis::WebSocketBlocked)));
        QVERIFY(html.contains("Let the proxy pass Upgrade headers."));
        QVERIFY(html.contains("only for web-socket requests"));
        QVERIFY(html.contains("websocket-blocked"));
        QVERIFY(html.contains("http://proxy:3128"));
        QVERIFY(html.contains("websocket: failed (20 ms) - 400"));
    }

    void noRemedyForAPass()
    {
        CheckResult result;
        result.host = "login.example";
        result.diagnosis = Diagnosis::Ok;
        result.remedy = "Nothing to do";
        QVERIFY(!CheckDetails::html(result).contains("What to do"));
    }

    void escapesEverythingFromOutside()
    {
        CheckResult result;
        result.host = "<script>alert(1)</script>";
        result.diagnosis = Diagnosis::ProxyDenied;
        result.detail = "<b>denied</b>";
        result.remedy = "Ask & <i>wait</i>";
        result.evidence = {"<img src=x onerror=alert(2)>"};
        result.httpReason = "<marquee>";
        result.httpStatus = 403;
        TlsDetails tls;
        tls.subject = "CN=<evil>";
        result.tls = tls;
        const QString html = CheckDetails::html(result);
        for (const char* raw : {"<script>", "<b>denied", "<i>wait", "<img", "<marquee>", "<evil>"})
            QVERIFY2(!html.contains(QLatin1String(raw)), raw);
        QVERIFY(html.contains("&lt;script&gt;"));
        QVERIFY(html.contains("Ask &amp; &lt;i&gt;wait&lt;/i&gt;"));
    }
};

QTEST_GUILESS_MAIN(TestCheckDetails)
#include "tst_checkdetails.moc"
