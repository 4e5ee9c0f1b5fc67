#include "HistorySamples.h"
#include "history/ComparisonWording.h"
#include "history/ReportComparison.h"

#include <QTest>

using Category = ReportComparison::Category;
using HistorySamples::Spec;
Q_DECLARE_METATYPE(Diagnosis)
Q_DECLARE_METATYPE(ReportComparison::Category)
Q_DECLARE_METATYPE(HistorySamples::Spec)

// Two runs matched check by check through what each check tests: the category of every change, the exit
// code, and the sentence that says it.
class TestReportComparison final : public QObject
{
    Q_OBJECT

private:
    static ReportComparison compare(const QList<Spec>& before, const QList<Spec>& after)
    {
        return ReportComparison::compare(HistorySamples::saved(HistorySamples::run(before), "before.json"),
            HistorySamples::saved(HistorySamples::run(after), "after.json"));
    }

private slots:
    void categoryOfAChange_data()
    {
        QTest::addColumn<Diagnosis>("before");
        QTest::addColumn<Diagnosis>("after");
        QTest::addColumn<Category>("category");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");
        QTest::addRow("port opened") << Diagnosis::TcpRefused << Diagnosis::Ok << Category::Fixed << 0
                                     << "api.flow.microsoft.com:443 https failed before (Connection refused) and "
                                        "passes now";
        QTest::addRow("fail to warn") << Diagnosis::TcpTimeout << Diagnosis::TlsIntercepted << Category::Fixed << 0
                                      << "failed before";
        QTest::addRow("port closed") << Diagnosis::Ok << Diagnosis::TcpRefused << Category::Broke << 1
                                     << "passed before (Reachable) and fails now: Connection refused";
        QTest::addRow("warn to fail") << Diagnosis::TlsIntercepted << Diagnosis::ProxyDenied << Category::Broke << 1
                                      << "fails now";
        QTest::addRow("same failure") << Diagnosis::DnsFailure << Diagnosis::DnsFailure << Category::StillFailing << 0
                                      << "still fails the same way";
        QTest::addRow("further now") << Diagnosis::TcpTimeout << Diagnosis::TlsUntrusted << Category::StillFailing << 0
                                     << "tcp-timeout → tls-untrusted; it gets further now: the connection "
                                        "passes, TLS stops it";
        QTest::addRow("earlier now") << Diagnosis::HttpFailed << Diagnosis::DnsFailure << Category::StillFailing << 0
                                     << "it fails earlier now, at name resolution";
        QTest::addRow("inspection switched on") << Diagnosis::Ok << Diagnosis::TlsIntercepted << Category::Changed << 0
                                                << "changed from Pass (Reachable) to Warning";
        QTest::addRow("now skipped") << Diagnosis::TcpTimeout << Diagnosis::NeedsInput << Category::Changed << 0
                                     << "to Skipped";
        QTest::addRow("skipped to fail") << Diagnosis::Cancelled << Diagnosis::TcpRefused << Category::Changed << 0
                                         << "changed from Skipped";
        QTest::addRow("unchanged") << Diagnosis::Ok << Diagnosis::Ok << Category::Unchanged << 0 << "is unchanged";
    }

    void categoryOfAChange()
    {
        QFETCH(Diagnosis, before);
        QFETCH(Diagnosis, after);
        QFETCH(Category, category);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        const Spec stable {"login", "login.microsoftonline.com"};
        Spec changing {"flow-api", "api.flow.microsoft.com"};
        changing.diagnosis = before;
        const QList<Spec> earlier {stable, changing};
        changing.diagnosis = after;
        const ReportComparison comparison = compare(earlier, {changing, stable});

        QCOMPARE(comparison.entries().size(), 2);
        const QList<ReportComparison::Entry> entries = comparison.entries(category);
        QCOMPARE(entries.size(), category == Category::Unchanged ? 2 : 1);
        QCOMPARE(comparison.count(Category::Unchanged), category == Category::Unchanged ? 2 : 1);
        QCOMPARE(comparison.exitCode(), exitCode);
        const ReportComparison::Entry& entry = entries.constFirst();
        QCOMPARE(entry.before->diagnosis, Diagnoses::code(before));
        QCOMPARE(entry.after->diagnosis, Diagnoses::code(after));
        const QString text = ComparisonWording::sentence(entry);
        QVERIFY2(text.contains(sentence), qPrintable(text));
    }

    // A catalog with one more endpoint, and one endpoint gone: only in one report, never matched by position.
    void addedAndDroppedByIdentity()
    {
        const Spec a {"login", "login.microsoftonline.com"};
        const Spec b {"flow-api", "api.flow.microsoft.com", 443, Protocol::Https, Diagnosis::TcpRefused};
        const Spec c {"relay", "contoso.servicebus.windows.net", 9350, Protocol::Tcp, Diagnosis::Ok};
        const Spec d {"extra", "extra.example.com", 443, Protocol::Https, Diagnosis::TcpTimeout};
        const ReportComparison comparison = compare({a, b, c}, {d, c, a});
        QCOMPARE(comparison.count(Category::Added), 1);
        QCOMPARE(comparison.entries(Category::Added).constFirst().after->endpointId, QStringLiteral("extra"));
        QCOMPARE(comparison.count(Category::Dropped), 1);
        QCOMPARE(comparison.entries(Category::Dropped).constFirst().before->endpointId, QStringLiteral("flow-api"));
        QCOMPARE(comparison.count(Category::Unchanged), 2);
        // A check that is new and fails is not something that broke: it was never tested before.
        QCOMPARE(comparison.exitCode(), 0);
    }

    // The same port of the same endpoint on another probe host (a different namespace) is another check.
    void identityIncludesProbePortAndProtocol_data()
    {
        QTest::addColumn<Spec>("other");
        QTest::addRow("probe") << Spec {"relay", "fabrikam.servicebus.windows.net", 9350, Protocol::Tcp};
        QTest::addRow("port") << Spec {"relay", "contoso.servicebus.windows.net", 9351, Protocol::Tcp};
        QTest::addRow("protocol") << Spec {"relay", "contoso.servicebus.windows.net", 9350, Protocol::Https};
        QTest::addRow("endpoint") << Spec {"relay2", "contoso.servicebus.windows.net", 9350, Protocol::Tcp};
    }

    void identityIncludesProbePortAndProtocol()
    {
        QFETCH(Spec, other);
        const Spec relay {"relay", "contoso.servicebus.windows.net", 9350, Protocol::Tcp};
        const ReportComparison comparison = compare({relay}, {other});
        QCOMPARE(comparison.count(Category::Added), 1);
        QCOMPARE(comparison.count(Category::Dropped), 1);
    }

    // Revocation follow-ups are numbered in the order they finish: the URL, not chain-ocsp-N, matches them.
    void revocationFollowUpsMatchByUrl()
    {
        const QString first = QStringLiteral("http://ocsp.one.example/");
        const QString second = QStringLiteral("http://ocsp.two.example/");
        const auto ocsp = [](const QString& url, int number, Diagnosis diagnosis) {
            return Spec {QStringLiteral("chain-ocsp-%1").arg(number), QUrl(url).host(), 80, Protocol::Ocsp, diagnosis,
                url, QStringLiteral("chain-ocsp-%1").arg(number)};
        };
        const ReportComparison comparison
            = compare({ocsp(first, 1, Diagnosis::Ok), ocsp(second, 2, Diagnosis::OcspInvalid)},
                {ocsp(second, 1, Diagnosis::Ok), ocsp(first, 2, Diagnosis::Ok)});
        QCOMPARE(comparison.count(Category::Fixed), 1);
        QCOMPARE(comparison.entries(Category::Fixed).constFirst().after->url, second);
        QCOMPARE(comparison.count(Category::Unchanged), 1);
        QCOMPARE(comparison.count(Category::Added), 0);
    }

    void setupDifferencesAreNamed()
    {
        RunReport before = HistorySamples::run({{"login", "login.microsoftonline.com"}}, "pc-1");
        RunReport after = HistorySamples::run({{"login", "login.microsoftonline.com"}}, "pc-2");
        after.settings.cloud = Cloud::Gcc;
        after.settings.proxyUsed = QStringLiteral("http://proxy.corp.example:3128");
        after.settings.catalogs << QStringLiteral("/etc/netready/extra.json");
        const ReportComparison comparison
            = ReportComparison::compare(HistorySamples::saved(before), HistorySamples::saved(after));
        const QString differences = ComparisonWording::setupDifferences(comparison).join('\n');
        QVERIFY2(differences.contains("different machines: pc-1 before, pc-2 now"), qPrintable(differences));
        QVERIFY2(differences.contains("cloud differs: public before, gcc now"), qPrintable(differences));
        QVERIFY2(differences.contains("proxy differs: direct before, http://proxy.corp.example:3128 now"),
            qPrintable(differences));
        QVERIFY2(differences.contains("catalogs differ"), qPrintable(differences));
    }

    void verdictChange()
    {
        const Spec failing {"flow-api", "api.flow.microsoft.com", 443, Protocol::Https, Diagnosis::TcpRefused};
        const Spec passing {"flow-api", "api.flow.microsoft.com"};
        QCOMPARE(ComparisonWording::verdictSentence(compare({failing}, {passing})),
            QStringLiteral("The verdict changed from NOT READY to READY."));
        QCOMPARE(ComparisonWording::verdictSentence(compare({passing}, {passing})),
            QStringLiteral("The verdict is unchanged: READY."));
    }
};

QTEST_GUILESS_MAIN(TestReportComparison)
#include "tst_reportcomparison.moc"
