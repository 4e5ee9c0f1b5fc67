#include "ResultsModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

namespace {
CheckResult check(const QString& id, Diagnosis diagnosis, const QList<Feature>& features)
{
    CheckResult result;
    result.id = id;
    result.host = id + ".example.test";
    result.port = 443;
    result.diagnosis = diagnosis;
    result.features = features;
    result.durationMs = 12;
    return result;
}
} // namespace

// The live results table: groups in the order of the selected features, rows replaced on retry.
class TestResultsModel final : public QObject
{
    Q_OBJECT

private slots:
    void groupsFollowTheSelectedFeatures()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({Feature::CloudFlows, Feature::Desktop, Feature::Gateway});
        model.upsert(check("gw", Diagnosis::Ok, {Feature::Gateway}));
        model.upsert(check("flow", Diagnosis::TcpRefused, {Feature::CloudFlows}));
        model.upsert(check("both", Diagnosis::Ok, {Feature::Gateway, Feature::Desktop}));
        model.upsert(check("clock", Diagnosis::ClockSkew, {}));
        model.upsert(check("flow2", Diagnosis::Ok, {Feature::CloudFlows}));

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), Features::displayName(Feature::CloudFlows));
        QCOMPARE(model.index(1, 0).data().toString(), Features::displayName(Feature::Desktop));
        QCOMPARE(model.index(2, 0).data().toString(), Features::displayName(Feature::Gateway));
        QCOMPARE(model.index(3, 0).data().toString(), QString("Other checks"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1); // "both" goes under the first selected feature
        QCOMPARE(model.index(0, ResultsModel::StatusColumn).data().toString(), QString("1 of 2 passed"));
        QCOMPARE(CheckStatus(model.index(0, 0).data(ResultsModel::StatusRole).toInt()), CheckStatus::Fail);
        QCOMPARE(model.checkCount(), 5);

        const QModelIndex flow = model.index(0, 0, model.index(0, 0));
        QCOMPARE(flow.data(ResultsModel::CheckIdRole).toString(), QString("flow"));
        QCOMPARE(flow.data().toString(), QString("flow.example.test:443"));
        QCOMPARE(flow.siblingAtColumn(ResultsModel::ResultColumn).data().toString(),
            Diagnoses::title(Diagnosis::TcpRefused));
        QCOMPARE(flow.siblingAtColumn(ResultsModel::StatusColumn).data().toString(),
            CheckStatuses::displayName(CheckStatus::Fail));
        QVERIFY(!flow.siblingAtColumn(ResultsModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.parent(flow), model.index(0, 0));
        QCOMPARE(model.check(flow)->id, QString("flow"));
        QVERIFY(!model.check(model.index(0, 0)));
    }

    // The group line counts the passed checks with a plural form; the translations' forms are the program's own.
    void groupLineCountsPassedChecks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("line");
        QTest::addRow("en, one") << "en" << 1 << 1 << "1 of 1 passed";
        QTest::addRow("en, none") << "en" << 0 << 2 << "0 of 2 passed";
        QTest::addRow("en, several") << "en" << 2 << 3 << "2 of 3 passed";
        QTest::addRow("fr, one") << "fr" << 1 << 2 << "1 sur 2 réussie";
        QTest::addRow("fr, none (singular in French)") << "fr" << 0 << 2 << "0 sur 2 réussie";
        QTest::addRow("fr, several") << "fr" << 2 << 3 << "2 sur 3 réussies";
        QTest::addRow("es, one") << "es" << 1 << 2 << "1 de 2 correcta";
        QTest::addRow("es, none (plural in Spanish)") << "es" << 0 << 2 << "0 de 2 correctas";
        QTest::addRow("de, one") << "de" << 1 << 2 << "1 von 2 bestanden";
    }

    void groupLineCountsPassedChecks()
    {
        QFETCH(QString, language);
        QFETCH(int, passed);
        QFETCH(int, total);
        QFETCH(QString, line);
        QTranslator translator;
        QVERIFY2(translator.load("netready_" + language, NETREADY_QM_DIR), NETREADY_QM_DIR);
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        QCOMPARE(ResultsModel::passedOf(passed, total), line);
        ResultsModel model;
        model.reset({Feature::Desktop});
        for (int i = 0; i < total; ++i)
            model.upsert(
                check(QString("c%1").arg(i), i < passed ? Diagnosis::Ok : Diagnosis::TcpRefused, {Feature::Desktop}));
        QCOMPARE(model.index(0, ResultsModel::StatusColumn).data().toString(), line);
    }

    void retryReplacesTheRow()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({Feature::Desktop});
        model.upsert(check("relay", Diagnosis::TcpTimeout, {Feature::Desktop}));
        model.upsert(check("relay", Diagnosis::Ok, {Feature::Desktop}));
        QCOMPARE(model.checkCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.check("relay")->diagnosis, Diagnosis::Ok);
        model.reset({Feature::Desktop});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.check("relay"));
    }

    // Checks of the machine itself (the clock, Power Automate's proxy settings) have no port to show.
    void machineChecksShowNoPort()
    {
        ResultsModel model;
        model.reset({Feature::Desktop});
        CheckResult settings = check("proxy-components-agree", Diagnosis::Ok, {Feature::Desktop});
        settings.protocol = Protocol::Settings;
        settings.probe = QStringLiteral("rpa-host");
        settings.port = 0;
        model.upsert(settings);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QString("rpa-host"));
    }

    void headersNameEveryColumn()
    {
        ResultsModel model;
        for (int column = 0; column < ResultsModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
