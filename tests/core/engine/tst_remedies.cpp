#include "engine/Remedies.h"

#include <QTest>

// Every failure and warning comes with a concrete remedy that names what to change; retired endpoints
// never make a machine unready.
class TestRemedies final : public QObject
{
    Q_OBJECT

private:
    static CheckResult result(Diagnosis diagnosis, Protocol protocol = Protocol::Https, quint16 port = 443)
    {
        CheckResult r;
        r.host = QStringLiteral("*.servicebus.windows.net");
        r.probe = QStringLiteral("ns.servicebus.windows.net");
        r.port = port;
        r.protocol = protocol;
        r.diagnosis = diagnosis;
        r.proxy = QStringLiteral("http://proxy.example:8080");
        if (diagnosis == Diagnosis::BlockedByInspection)
            r.device = QStringLiteral("Zscaler Internet Access (ZIA)");
        return r;
    }

private slots:
    void everyProblemHasARemedy_data()
    {
        QTest::addColumn<int>("diagnosis");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("dns") << int(Diagnosis::DnsFailure) << int(Protocol::Https) << 443
                             << "ns.servicebus.windows.net";
        QTest::addRow("refused") << int(Diagnosis::TcpRefused) << int(Protocol::Tcp) << 9350 << "TCP 9350";
        QTest::addRow("timeout") << int(Diagnosis::TcpTimeout) << int(Protocol::Https) << 443 << "HTTPS (TCP 443)";
        QTest::addRow("unreachable") << int(Diagnosis::TcpUnreachable) << int(Protocol::Https) << 443
                                     << "*.servicebus.windows.net";
        QTest::addRow("revocation blocked") << int(Diagnosis::TcpTimeout) << int(Protocol::Crl) << 80 << "HTTP 80";
        QTest::addRow("tls failed") << int(Diagnosis::TlsFailed) << int(Protocol::Https) << 443 << "TLS inspection";
        QTest::addRow("untrusted") << int(Diagnosis::TlsUntrusted) << int(Protocol::Https) << 443 << "TLS inspection";
        QTest::addRow("name mismatch") << int(Diagnosis::TlsNameMismatch) << int(Protocol::Https) << 443
                                       << "certificate";
        QTest::addRow("intercepted") << int(Diagnosis::TlsIntercepted) << int(Protocol::Https) << 443
                                     << "Exclude *.servicebus.windows.net from TLS inspection";
        QTest::addRow("http failed") << int(Diagnosis::HttpFailed) << int(Protocol::Https) << 443
                                     << "*.servicebus.windows.net";
        QTest::addRow("proxy unreachable")
            << int(Diagnosis::ProxyUnreachable) << int(Protocol::Https) << 443 << "http://proxy.example:8080";
        QTest::addRow("proxy auth") << int(Diagnosis::ProxyAuthRequired) << int(Protocol::Https) << 443
                                    << "account that runs the service";
        QTest::addRow("proxy denied") << int(Diagnosis::ProxyDenied) << int(Protocol::Tcp) << 5671 << "TCP 5671";
        QTest::addRow("websocket") << int(Diagnosis::WebSocketBlocked) << int(Protocol::Wss) << 443 << "Upgrade";
        QTest::addRow("clock") << int(Diagnosis::ClockSkew) << int(Protocol::Clock) << 0 << "clock";
        QTest::addRow("crl invalid") << int(Diagnosis::CrlInvalid) << int(Protocol::Crl) << 80 << "HTTP 80";
        QTest::addRow("crl expired") << int(Diagnosis::CrlExpired) << int(Protocol::Crl) << 80 << "outdated";
        QTest::addRow("ocsp invalid") << int(Diagnosis::OcspInvalid) << int(Protocol::Ocsp) << 80 << "HTTP 80";
        QTest::addRow("expired") << int(Diagnosis::TlsExpired) << int(Protocol::Https) << 443 << "date and time";
        QTest::addRow("not yet valid") << int(Diagnosis::TlsNotYetValid) << int(Protocol::Https) << 443
                                       << "date and time";
        QTest::addRow("incomplete chain") << int(Diagnosis::TlsIncompleteChain) << int(Protocol::Https) << 443 << "AIA";
        QTest::addRow("old protocol") << int(Diagnosis::TlsOldProtocol) << int(Protocol::Https) << 443 << "TLS 1.2";
        QTest::addRow("no shared cipher")
            << int(Diagnosis::TlsNoSharedCipher) << int(Protocol::Https) << 443 << "*.servicebus.windows.net";
        QTest::addRow("blocked") << int(Diagnosis::BlockedByInspection) << int(Protocol::Https) << 443
                                 << "Zscaler Internet Access (ZIA)";
        QTest::addRow("http timeout") << int(Diagnosis::HttpTimeout) << int(Protocol::Https) << 443
                                      << "*.servicebus.windows.net";
        QTest::addRow("proxy protocol") << int(Diagnosis::ProxyProtocolError) << int(Protocol::Https) << 443
                                        << "http://proxy.example:8080";
        QTest::addRow("proxy script") << int(Diagnosis::ProxyScriptFailed) << int(Protocol::Https) << 443
                                      << "*.servicebus.windows.net";
        QTest::addRow("crl timeout") << int(Diagnosis::CrlTimeout) << int(Protocol::Crl) << 80 << "HTTP 80";
        QTest::addRow("ocsp timeout") << int(Diagnosis::OcspTimeout) << int(Protocol::Ocsp) << 80 << "HTTP 80";
        QTest::addRow("ocsp error") << int(Diagnosis::OcspError) << int(Protocol::Ocsp) << 80 << "HTTP 80";
        QTest::addRow("ocsp stale") << int(Diagnosis::OcspStale) << int(Protocol::Ocsp) << 80
                                    << "*.servicebus.windows.net";
    }

    // No diagnosis that fails or warns is left without something to do.
    void everyDiagnosisHasARemedy()
    {
        for (const Diagnosis diagnosis : Diagnoses::all()) {
            if (diagnosis == Diagnosis::Ok || diagnosis == Diagnosis::NeedsInput)
                continue;
            CheckResult r = result(diagnosis);
            r.detail = QStringLiteral("detail");
            QVERIFY2(!Remedies::forResult(r).isEmpty(), qPrintable(Diagnoses::code(diagnosis)));
        }
    }

    void oneActionNamesEveryHostThatNeedsIt()
    {
        CheckResult a = result(Diagnosis::TcpTimeout);
        CheckResult b = result(Diagnosis::TcpTimeout);
        b.host = QStringLiteral("make.powerautomate.com");
        b.probe = b.host;
        QCOMPARE(Remedies::actionKey(a), Remedies::actionKey(b));
        const RemedyAction action = Remedies::action(a, {Remedies::hostOf(a), Remedies::hostOf(b)});
        QVERIFY2(action.text.contains(QStringLiteral("*.servicebus.windows.net"))
                && action.text.contains(QStringLiteral("make.powerautomate.com")),
            qPrintable(action.text));
        // Another port or another diagnosis is another change.
        CheckResult c = result(Diagnosis::TcpTimeout, Protocol::Tcp, 9350);
        QVERIFY(Remedies::actionKey(a) != Remedies::actionKey(c));
        QVERIFY(Remedies::actionKey(a) != Remedies::actionKey(result(Diagnosis::TcpRefused)));
    }

    void everyProblemHasARemedy()
    {
        QFETCH(int, diagnosis);
        QFETCH(int, protocol);
        QFETCH(int, port);
        QFETCH(QString, mentions);
        const QString remedy = Remedies::forResult(result(Diagnosis(diagnosis), Protocol(protocol), quint16(port)));
        QVERIFY2(remedy.contains(mentions), qPrintable(remedy));
    }

    void noRemedyWhenReachable() { QVERIFY(Remedies::forResult(result(Diagnosis::Ok)).isEmpty()); }

    void retiredEndpointsWarnInsteadOfFailing()
    {
        CheckResult r = result(Diagnosis::DnsFailure, Protocol::Crl, 80);
        QCOMPARE(r.status(), CheckStatus::Fail);
        r.retired = true;
        QCOMPARE(r.status(), CheckStatus::Warn);
        QVERIFY(Remedies::forResult(r).contains(QStringLiteral("retired")));
        r.diagnosis = Diagnosis::Ok;
        QCOMPARE(r.status(), CheckStatus::Pass);
        QVERIFY(Remedies::forResult(r).contains(QStringLiteral("retired")));
    }
};

QTEST_GUILESS_MAIN(TestRemedies)
#include "tst_remedies.moc"
