#include "ResultsFilterModel.h"
#include "ResultsModel.h"

#include <QTest>

namespace {
CheckResult check(const QString& host, Diagnosis diagnosis, Feature feature)
{
    CheckResult result;
    result.id = host;
    result.host = host;
    result.port = 443;
    result.diagnosis = diagnosis;
    result.features = {feature};
    return result;
}

QStringList visible(const QAbstractItemModel& model)
{
    QStringList hosts;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            hosts << model.index(row, 0, parent).data(ResultsModel::CheckIdRole).toString();
    }
    return hosts;
}
} // namespace

// The Report page's filter: problems only (fail and warn), and a host search; groups without matches vanish.
class TestResultsFilterModel final : public QObject
{
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<bool>("problemsOnly");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("groups");
        QTest::addRow("all") << false << ""
                             << QStringList {"login.example", "api.flow.example", "relay.bus.example", "gw.bus.example",
                                    "skip.example"}
                             << 2;
        QTest::addRow("problems") << true << "" << QStringList {"api.flow.example", "relay.bus.example"} << 2;
        QTest::addRow("search") << false << "BUS" << QStringList {"relay.bus.example", "gw.bus.example"} << 1;
        QTest::addRow("problems and search") << true << "flow" << QStringList {"api.flow.example"} << 1;
        QTest::addRow("no match") << false << "nothing" << QStringList() << 0;
    }

    void filters()
    {
        QFETCH(bool, problemsOnly);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        QFETCH(int, groups);
        ResultsModel source;
        source.reset({Feature::CloudFlows, Feature::Desktop});
        source.upsert(check("login.example", Diagnosis::Ok, Feature::CloudFlows));
        source.upsert(check("api.flow.example", Diagnosis::TlsIntercepted, Feature::CloudFlows));
        source.upsert(check("relay.bus.example", Diagnosis::WebSocketBlocked, Feature::Desktop));
        source.upsert(check("gw.bus.example", Diagnosis::Ok, Feature::Desktop));
        source.upsert(check("skip.example", Diagnosis::NeedsInput, Feature::Desktop));
        ResultsFilterModel filter;
        filter.setSourceModel(&source);
        filter.setProblemsOnly(problemsOnly);
        filter.setHostFilter(search);
        QCOMPARE(visible(filter), expected);
        QCOMPARE(filter.rowCount(), groups);

        // Results arriving later are filtered too.
        source.upsert(check("late.bus.example", Diagnosis::TcpRefused, Feature::Desktop));
        const bool lateShown = visible(filter).contains("late.bus.example");
        QCOMPARE(lateShown, search.isEmpty() || QString("late.bus.example").contains(search, Qt::CaseInsensitive));
    }

    void sortingPutsProblemsFirstWithinEachGroup()
    {
        ResultsModel source;
        source.reset({Feature::CloudFlows, Feature::Desktop});
        source.upsert(check("b-ok.example", Diagnosis::Ok, Feature::Desktop));
        source.upsert(check("a-ok.example", Diagnosis::Ok, Feature::Desktop));
        source.upsert(check("skip.example", Diagnosis::NeedsInput, Feature::Desktop));
        source.upsert(check("warn.example", Diagnosis::ClockSkew, Feature::Desktop));
        source.upsert(check("fail.example", Diagnosis::DnsFailure, Feature::Desktop));
        source.upsert(check("flow.example", Diagnosis::Ok, Feature::CloudFlows));
        ResultsFilterModel filter;
        filter.setSourceModel(&source);
        filter.sort(ResultsModel::CheckColumn);
        QCOMPARE(filter.index(0, 0).data().toString(), Features::displayName(Feature::CloudFlows));
        QCOMPARE(visible(filter),
            QStringList(
                {"flow.example", "fail.example", "warn.example", "skip.example", "a-ok.example", "b-ok.example"}));
        source.upsert(check("late-fail.example", Diagnosis::TcpRefused, Feature::Desktop));
        QCOMPARE(visible(filter).at(1), QString("fail.example"));
        QCOMPARE(visible(filter).at(2), QString("late-fail.example"));
    }
};

QTEST_MAIN(TestResultsFilterModel)
#include "tst_resultsfiltermodel.moc"
