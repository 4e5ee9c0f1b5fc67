#include "Diagnosis.h"

#include <QSet>
#include <QTest>

// The diagnosis codes are a public API: their spelling and the status they lead to must not drift.
class TestDiagnosis final : public QObject
{
    Q_OBJECT

private slots:
    void codeAndStatus_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<CheckStatus>("status");
        const QList<std::pair<const char*, CheckStatus>> expected = {
            {"ok", CheckStatus::Pass},
            {"dns-failure", CheckStatus::Fail},
            {"tcp-refused", CheckStatus::Fail},
            {"tcp-timeout", CheckStatus::Fail},
            {"tcp-unreachable", CheckStatus::Fail},
            {"tls-failed", CheckStatus::Fail},
            {"tls-untrusted", CheckStatus::Fail},
            {"tls-name-mismatch", CheckStatus::Fail},
            {"tls-intercepted", CheckStatus::Warn},
            {"http-failed", CheckStatus::Fail},
            {"proxy-unreachable", CheckStatus::Fail},
            {"proxy-auth-required", CheckStatus::Fail},
            {"proxy-denied", CheckStatus::Fail},
            {"proxy-script-failed", CheckStatus::Fail},
            {"websocket-blocked", CheckStatus::Fail},
            {"clock-skew", CheckStatus::Warn},
            {"crl-invalid", CheckStatus::Fail},
            {"crl-expired", CheckStatus::Warn},
            {"ocsp-invalid", CheckStatus::Fail},
            {"needs-input", CheckStatus::Skipped},
            {"cancelled", CheckStatus::Skipped},
        };
        for (const auto& [code, status] : expected)
            QTest::addRow("%s", code) << QString::fromLatin1(code) << status;
    }

    void codeAndStatus()
    {
        QFETCH(QString, code);
        QFETCH(CheckStatus, status);
        const auto diagnosis = Diagnoses::fromCode(code);
        QVERIFY2(diagnosis.has_value(), qPrintable(code));
        QCOMPARE(Diagnoses::code(*diagnosis), code);
        QCOMPARE(Diagnoses::status(*diagnosis), status);
        QVERIFY(!Diagnoses::title(*diagnosis).isEmpty());
    }

    void everyDiagnosisHasADistinctCode()
    {
        QSet<QString> codes;
        for (const Diagnosis diagnosis : Diagnoses::all())
            codes.insert(Diagnoses::code(diagnosis));
        QCOMPARE(codes.size(), Diagnoses::all().size());
        QVERIFY(!Diagnoses::fromCode(u"no-such-code").has_value());
    }

    void severityOrdersFailuresFirst()
    {
        QVERIFY(CheckStatuses::severity(CheckStatus::Fail) < CheckStatuses::severity(CheckStatus::Warn));
        QVERIFY(CheckStatuses::severity(CheckStatus::Warn) < CheckStatuses::severity(CheckStatus::Pass));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
