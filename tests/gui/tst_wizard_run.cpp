#include "ComparisonDialog.h"
#include "FileDialog.h"
#include "IsolatedSettings.h"
#include "LoopbackServers.h"
#include "MessageDialog.h"
#include "NetreadyWizard.h"
#include "ReportPage.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "Rfc4180.h"
#include "RunSession.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QXmlStreamReader>

#include <functional>

using namespace WizardDriver;

// The whole wizard, offscreen, against loopback servers: choose, run, read, filter, export; cancel and close
// during a run, also a large one with black-holed endpoints. (How long the GUI thread may go without serving
// its event loop is measured by bench/wizard-stall, not asserted here.)
class TestWizardRun final : public QObject
{
    Q_OBJECT

private:
    LoopbackServers m_servers;
    QTemporaryDir m_settingsDir;

    // Cloud: public; the given features; network: no proxy, this timeout. Ends on the Run page.
    // The runs here test the wizard, not this machine: Power Automate's proxy settings, which Windows machines
    // have and which add their own checks to a run, are taken as not read.
    static WizardStart machineIndependentStart()
    {
        WizardStart start;
        start.readComponentProxies = [] { return ComponentProxies::notRead("not read by this test"); };
        return start;
    }

    void goToRun(NetreadyWizard& wizard, const QStringList& features, int timeoutSeconds = 5,
        const std::function<void()>& beforeRun = {})
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::CloudPageId));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::FeaturesPageId));
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(features.contains(id));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));
        find<QRadioButton>(wizard, "proxyNone")->click();
        find<QSpinBox>(wizard, "timeout")->setValue(timeoutSeconds);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QString("&Run checks"));
        if (beforeRun)
            beforeRun();
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::RunPageId));
    }

    static CheckStatus statusOf(const NetreadyWizard& wizard, const QString& id)
    {
        const CheckResult* result = wizard.session()->results()->check(id);
        return result ? result->status() : CheckStatus::Skipped;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        IsolatedSettings::use(m_settingsDir.path(), "tst_wizard_run");
        QVERIFY(m_servers.start());
    }

    void init() { QSettings().clear(); }

    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }

    void runsFiltersAndExportsEndToEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonArray endpoints {
            endpoint("portal", "portal.example.test", 80, "http", {"cloud-flows"}),
            endpoint("environment", "*.crm.dynamics.com", 443, "https", {"cloud-flows"}, "{dataverse}"),
            endpoint("relay", "relay.example.test", 9350, "tcp", {"desktop"}),
            endpoint("amqp", "amqp.example.test", 5671, "tcp", {"desktop"}),
            endpoint("phone", "phone.example.test", 443, "tcp", {"mobile"}),
        };
        WizardStart start = machineIndependentStart();
        start.options.catalogFile = writeCatalog(dir, endpoints);
        start.options.connectTo = {mapTo("portal.example.test", 80, m_servers.httpPort()),
            mapTo("contoso.crm.dynamics.com", 443, m_servers.closedPort()),
            mapTo("relay.example.test", 9350, m_servers.acceptPort()),
            mapTo("amqp.example.test", 5671, m_servers.closedPort())};
        NetreadyWizard wizard(start);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));

        // Features: the environment URL appears only when a feature that needs it is selected.
        auto* url = find<QLineEdit>(wizard, "dataverseUrl");
        QVERIFY(url);
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(false);
        QVERIFY(!url->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no feature selected
        find<QCheckBox>(wizard, "feature-desktop")->setChecked(true);
        QVERIFY(!url->isVisible());
        find<QCheckBox>(wizard, "feature-cloud-flows")->setChecked(true);
        QVERIFY(url->isVisible());

        // An invalid URL: the reason shows inline and Next stays disabled until it is corrected.
        url->setFocus();
        QTest::keyClicks(url, "http://contoso.crm.dynamics.com");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto labels = wizard.currentPage()->findChildren<QLabel*>();
        const bool reasonShown = std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->isVisible() && label->property("hasError").toBool() && label->text().contains("https://");
        });
        QVERIFY(reasonShown);
        url->clear();
        QTest::keyClicks(url, "https://contoso.crm.dynamics.com/");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(wizard));

        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));
        find<QRadioButton>(wizard, "proxyNone")->click();
        find<QSpinBox>(wizard, "timeout")->setValue(5);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);

        // The table: one group per selected feature, a row per check, with the statuses the servers cause.
        ResultsModel* results = wizard.session()->results();
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(results->index(0, 0).data().toString(), Features::displayName(Feature::CloudFlows));
        QCOMPARE(results->index(1, 0).data().toString(), Features::displayName(Feature::Desktop));
        QCOMPARE(results->rowCount(results->index(0, 0)), 2);
        QCOMPARE(results->rowCount(results->index(1, 0)), 2);
        QCOMPARE(results->checkCount(), 4);
        QCOMPARE(statusOf(wizard, "portal"), CheckStatus::Pass);
        QCOMPARE(statusOf(wizard, "relay"), CheckStatus::Pass);
        QCOMPARE(statusOf(wizard, "amqp"), CheckStatus::Fail);
        QCOMPARE(results->check("amqp")->diagnosis, Diagnosis::TcpRefused);
        QCOMPARE(results->check("environment")->probe, QString("contoso.crm.dynamics.com"));
        QCOMPARE(statusOf(wizard, "environment"), CheckStatus::Fail);
        QVERIFY(!results->check("phone")); // mobile was not selected
        const QModelIndex desktop = results->index(1, 0);
        QModelIndex amqpRow;
        for (int row = 0; row < results->rowCount(desktop); ++row) {
            if (results->index(row, 0, desktop).data(ResultsModel::CheckIdRole) == "amqp")
                amqpRow = results->index(row, 0, desktop);
        }
        QVERIFY(amqpRow.isValid());
        QCOMPARE(amqpRow.siblingAtColumn(ResultsModel::ResultColumn).data().toString(),
            Diagnoses::title(Diagnosis::TcpRefused));
        QVERIFY(!amqpRow.siblingAtColumn(ResultsModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(find<QPushButton>(wizard, "retryFailed")->isEnabled());
        QVERIFY(find<QLabel>(wizard, "runStatus")->text().contains("2 failed"));
        QCOMPARE(unnamedControls(wizard.currentPage()), QStringList());

        // Choices are remembered for next time.
        QCOMPARE(QSettings().value("choices/cloud").toString(), QString("public"));
        QCOMPARE(QSettings().value("choices/features").toStringList(), QStringList({"cloud-flows", "desktop"}));
        QCOMPARE(QSettings().value("choices/dataverse").toString(), QString("contoso.crm.dynamics.com"));

        // Report page: verdict, problems only, search, details.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::ReportPageId));
        QVERIFY(find<QLabel>(wizard, "verdictBanner")->text().contains("NOT READY"));
        QCOMPARE(unnamedControls(wizard.currentPage()), QStringList());
        auto* table = find<QTreeView>(wizard, "reportTable");
        auto* filter = qobject_cast<ResultsFilterModel*>(table->model());
        QVERIFY(filter);
        const auto visibleChecks = [filter] {
            QStringList ids;
            for (int group = 0; group < filter->rowCount(); ++group) {
                const QModelIndex parent = filter->index(group, 0);
                for (int row = 0; row < filter->rowCount(parent); ++row)
                    ids << filter->index(row, 0, parent).data(ResultsModel::CheckIdRole).toString();
            }
            ids.sort();
            return ids;
        };
        QCOMPARE(visibleChecks(), QStringList({"amqp", "environment", "portal", "relay"}));
        find<QComboBox>(wizard, "showFilter")->setCurrentIndex(1);
        QCOMPARE(visibleChecks(), QStringList({"amqp", "environment"}));
        QTest::keyClicks(find<QLineEdit>(wizard, "hostSearch"), "amqp");
        QCOMPARE(visibleChecks(), QStringList({"amqp"}));
        QCOMPARE(filter->rowCount(), 1); // only the group that still has a match
        table->setCurrentIndex(filter->index(0, 0, filter->index(0, 0)));
        auto* details = find<QWidget>(wizard, "checkDetails");
        const QString detailsText = details->property("plainText").toString();
        QVERIFY2(detailsText.contains("amqp.example.test"), qPrintable(detailsText));
        QVERIFY(detailsText.contains(results->check("amqp")->remedy.left(30)));
        find<QLineEdit>(wizard, "hostSearch")->clear();
        find<QComboBox>(wizard, "showFilter")->setCurrentIndex(0);
        QCOMPARE(visibleChecks().size(), 4);

        // Save report through the file-dialog seam, in each format; the files exist and parse.
        const QString base = dir.filePath("out/readiness");
        QVERIFY(QDir().mkpath(dir.filePath("out")));
        const QStringList saveFilters = ReportPage::saveFilters();
        for (const QString& saveFilter : saveFilters) {
            FileDialog::setNextAnswer({base, saveFilter});
            QTest::mouseClick(find<QPushButton>(wizard, "saveReport"), Qt::LeftButton);
            QVERIFY(!FileDialog::hasNextAnswer());
        }
        QFile json(base + ".json");
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonDocument document = QJsonDocument::fromJson(json.readAll());
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value("checks").toArray().size(), 4);
        QCOMPARE(document.object().value("summary").toObject().value("failed").toInt(), 2);
        QFile csv(base + ".csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> records = Rfc4180::parse(QString::fromUtf8(csv.readAll()));
        QCOMPARE(records.size(), 5); // header and four checks
        const int hostColumn = int(records.first().indexOf("host"));
        QVERIFY(hostColumn >= 0);
        QStringList csvHosts;
        for (qsizetype i = 1; i < records.size(); ++i)
            csvHosts << records.at(i).value(hostColumn);
        csvHosts.sort();
        QCOMPARE(csvHosts,
            QStringList({"*.crm.dynamics.com", "amqp.example.test", "portal.example.test", "relay.example.test"}));
        QFile html(base + ".html");
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray htmlText = html.readAll();
        QVERIFY(htmlText.contains("<html") || htmlText.contains("<!DOCTYPE"));
        QVERIFY(htmlText.contains("amqp.example.test"));
        QFile xml(base + ".xml");
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        int testcases = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("testcase"))
                ++testcases;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(testcases, 4);
        QFile pdf(base + ".pdf");
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(find<QLabel>(wizard, "reportFeedback")->text().contains("readiness.xml")); // the last one saved

        // Compare with an earlier report: the saved JSON edited into a run where amqp passed and portal failed.
        QJsonObject earlier = document.object();
        QJsonArray earlierChecks = earlier.value("checks").toArray();
        for (qsizetype i = 0; i < earlierChecks.size(); ++i) {
            QJsonObject check = earlierChecks.at(i).toObject();
            const QString id = check.value("id").toString();
            if (id == "amqp") {
                check.insert("status", "pass");
                check.insert("diagnosis", "ok");
            } else if (id == "portal") {
                check.insert("status", "fail");
                check.insert("diagnosis", "tcp-timeout");
            }
            earlierChecks.replace(i, check);
        }
        earlier.insert("checks", earlierChecks);
        const QString earlierPath = dir.filePath("out/earlier.json");
        QFile earlierFile(earlierPath);
        QVERIFY(earlierFile.open(QIODevice::WriteOnly));
        earlierFile.write(QJsonDocument(earlier).toJson());
        earlierFile.close();
        FileDialog::setNextAnswer({earlierPath, {}});
        QTest::mouseClick(find<QPushButton>(wizard, "compareReport"), Qt::LeftButton);
        QVERIFY(!FileDialog::hasNextAnswer());
        auto* comparison = wizard.findChild<ComparisonDialog*>("comparisonDialog");
        QVERIFY(comparison);
        QCOMPARE(comparison->comparison().count(ReportComparison::Category::Broke), 1);
        QCOMPARE(comparison->comparison().count(ReportComparison::Category::Fixed), 1);
        const QString comparisonText = comparison->findChild<QTextBrowser*>("comparisonView")->toPlainText();
        QVERIFY2(comparisonText.contains("amqp.example.test"), qPrintable(comparisonText));
        QVERIFY2(comparisonText.contains("passed before (Reachable) and fails now: Connection refused"),
            qPrintable(comparisonText));
        FileDialog::setNextAnswer({dir.filePath("out/changes"), ComparisonDialog::saveFilters().at(1)});
        QTest::mouseClick(comparison->findChild<QPushButton*>("saveComparison"), Qt::LeftButton);
        QFile comparisonPdf(dir.filePath("out/changes.pdf"));
        QVERIFY(comparisonPdf.open(QIODevice::ReadOnly));
        QVERIFY(comparisonPdf.read(5) == "%PDF-");
        comparison->close();
        QTRY_VERIFY(!wizard.findChild<ComparisonDialog*>("comparisonDialog"));

        // Not a report: the reason is shown, no comparison opens.
        MessageDialog::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextAnswer({dir.filePath("out/readiness.csv"), {}});
        QTest::mouseClick(find<QPushButton>(wizard, "compareReport"), Qt::LeftButton);
        QVERIFY2(MessageDialog::lastText().contains("readiness.csv: not JSON"), qPrintable(MessageDialog::lastText()));
        QVERIFY(!wizard.findChild<ComparisonDialog*>("comparisonDialog"));

        // A folder that does not exist: the error is shown (through the message-box seam), nothing is claimed.
        MessageDialog::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextAnswer({dir.filePath("missing-folder/readiness.json"), saveFilters.at(2)});
        QTest::mouseClick(find<QPushButton>(wizard, "saveReport"), Qt::LeftButton);
        QVERIFY2(MessageDialog::lastText().contains("missing-folder"), qPrintable(MessageDialog::lastText()));
        QVERIFY(find<QLabel>(wizard, "reportFeedback")->text().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath("missing-folder/readiness.json")));

        // Copy summary and allowlist.
        QTest::mouseClick(find<QPushButton>(wizard, "copySummary"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains("amqp.example.test"));
        QTest::mouseClick(find<QPushButton>(wizard, "copyAllowlist"), Qt::LeftButton);
        const QString allowlist = QGuiApplication::clipboard()->text();
        QVERIFY(allowlist.contains("relay.example.test"));
        QVERIFY(allowlist.contains("*.crm.dynamics.com"));

        // Back on the Run page, "Retry failed" runs the two failures again and keeps the passes.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::RunPageId));
        QTest::mouseClick(find<QPushButton>(wizard, "retryFailed"), Qt::LeftButton);
        QCOMPARE(wizard.session()->total(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(wizard.session()->report().checks.size(), 4);
        QCOMPARE(statusOf(wizard, "portal"), CheckStatus::Pass);
        QCOMPARE(statusOf(wizard, "amqp"), CheckStatus::Fail);
    }

    void cancelKeepsFinishedResults()
    {
        QTemporaryDir dir;
        const QJsonArray endpoints {
            endpoint("quick", "quick.example.test", 9350, "tcp", {"desktop"}),
            endpoint("silent", "silent.example.test", 443, "https", {"desktop"}),
        };
        WizardStart start = machineIndependentStart();
        start.options.catalogFile = writeCatalog(dir, endpoints);
        start.options.connectTo = {mapTo("quick.example.test", 9350, m_servers.acceptPort()),
            mapTo("silent.example.test", 443, m_servers.silentPort())};
        NetreadyWizard wizard(start);
        goToRun(wizard, {"desktop"}, 60);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(wizard, "quick"), CheckStatus::Pass, 10000);
        QVERIFY(wizard.session()->isRunning());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        QSignalSpy finished(wizard.session(), &RunSession::finished);
        QTest::mouseClick(find<QPushButton>(wizard, "cancelRun"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.session()->isRunning(), 10000);
        QCOMPARE(finished.count(), 1);
        QVERIFY(wizard.session()->report().cancelled);
        QCOMPARE(statusOf(wizard, "quick"), CheckStatus::Pass);
        QCOMPARE(wizard.session()->results()->check("silent")->diagnosis, Diagnosis::Cancelled);
        QVERIFY(find<QLabel>(wizard, "runStatus")->text().startsWith("Cancelled"));
        QVERIFY(find<QPushButton>(wizard, "runAgain")->isVisible());
        QVERIFY(find<QPushButton>(wizard, "retryFailed")->isEnabled()); // the cancelled one can run again
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void aBrokenCatalogIsExplainedOnTheRunPage()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schemaVersion\": 1, \"endpoints\": [ {\"id\": }");
        broken.close();
        WizardStart start = machineIndependentStart();
        start.options.catalogFile = broken.fileName();
        NetreadyWizard wizard(start);
        goToRun(wizard, {"desktop"});
        QVERIFY(!wizard.session()->isRunning());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(find<QLabel>(wizard, "runStatus")->text(), QString("The checks could not start."));
        const auto labels = wizard.currentPage()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->isVisible() && label->property("hasError").toBool() && label->text().contains("broken.json");
        }));
        QVERIFY(find<QPushButton>(wizard, "runAgain")->isVisible());
    }

    void runAgainStartsAFreshRun()
    {
        QTemporaryDir dir;
        WizardStart start = machineIndependentStart();
        start.options.catalogFile
            = writeCatalog(dir, {endpoint("quick", "quick.example.test", 9350, "tcp", {"desktop"})});
        start.options.connectTo = {mapTo("quick.example.test", 9350, m_servers.acceptPort())};
        NetreadyWizard wizard(start);
        goToRun(wizard, {"desktop"});
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        QVERIFY(!find<QPushButton>(wizard, "retryFailed")->isEnabled()); // nothing failed
        QCOMPARE(wizard.session()->results()->checkCount(), 1);
        QSignalSpy started(wizard.session(), &RunSession::started);
        QSignalSpy finished(wizard.session(), &RunSession::finished);
        QTest::mouseClick(find<QPushButton>(wizard, "runAgain"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toInt(), 1); // the same plan, not added to the first run
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.session()->results()->checkCount(), 1);
        QCOMPARE(statusOf(wizard, "quick"), CheckStatus::Pass);
        QVERIFY(find<QLabel>(wizard, "runStatus")->text().startsWith("Done."));
    }

    void backDuringARunStopsItAndNextStartsAFreshOne()
    {
        QTemporaryDir dir;
        WizardStart start = machineIndependentStart();
        start.options.catalogFile = writeCatalog(dir,
            {endpoint("quick", "quick.example.test", 9350, "tcp", {"desktop"}),
                endpoint("silent", "silent.example.test", 443, "https", {"desktop"})});
        start.options.connectTo = {mapTo("quick.example.test", 9350, m_servers.acceptPort()),
            mapTo("silent.example.test", 443, m_servers.silentPort())};
        NetreadyWizard wizard(start);
        goToRun(wizard, {"desktop"}, 60);
        QVERIFY(wizard.session()->isRunning());
        QSignalSpy finished(wizard.session(), &RunSession::finished);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));
        // Straight back to the Run page: the stopping run finishes, then a fresh one starts.
        QVERIFY(clickNext(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(finished.first().first().value<RunReport>().cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->isRunning(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(wizard, "quick"), CheckStatus::Pass, 15000);
        QVERIFY(!wizard.session()->results()->check("silent")); // the new run's silent check is still going
    }

    void closingDuringARunCancelsCleanly()
    {
        QTemporaryDir dir;
        WizardStart start = machineIndependentStart();
        start.options.catalogFile
            = writeCatalog(dir, {endpoint("silent", "silent.example.test", 443, "https", {"desktop"})});
        start.options.connectTo = {mapTo("silent.example.test", 443, m_servers.silentPort())};
        const int threadsBefore = threadCount();
        auto* wizard = new NetreadyWizard(start);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        goToRun(*wizard, {"desktop"}, 60);
        QPointer<RunSession> session = wizard->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->total(), 1, 15000);
        QVERIFY(session->isRunning());

        QVERIFY(wizard->close());
        QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), 10000); // deleted: its engine cancelled and joined
        // No worker thread outlives the window.
        if (threadsBefore > 0)
            QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, 15000);
    }

    void cancellingALargeRunLeavesTheWizardUsable()
    {
        QTemporaryDir dir;
        QJsonArray endpoints;
        WizardStart start = machineIndependentStart();
        // 100 that accept and 100 black-holed TLS servers that never answer: cancelled while those hang.
        for (int i = 0; i < 200; ++i) {
            const QString host = QString("host%1.example.test").arg(i);
            const bool silent = i % 2 == 0;
            endpoints.append(endpoint(
                QString("e%1").arg(i), host, 443, silent ? QString("https") : QString("tcp"), {"cloud-flows"}));
            start.options.connectTo << mapTo(host, 443, silent ? m_servers.silentPort() : m_servers.acceptPort());
        }
        start.options.catalogFile = writeCatalog(dir, endpoints);
        start.options.jobs = 64;
        NetreadyWizard wizard(start);
        goToRun(wizard, {"cloud-flows"}, 60);
        QSignalSpy finished(wizard.session(), &RunSession::finished);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->finishedCount() >= 20, 30000);
        QVERIFY(wizard.session()->isRunning());

        QTest::mouseClick(find<QPushButton>(wizard, "cancelRun"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.session()->isRunning(), 30000);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        const RunReport report = wizard.session()->report();
        QVERIFY(report.cancelled);
        QCOMPARE(report.checks.size(), 200);
        QCOMPARE(wizard.session()->results()->checkCount(), 200);
        QVERIFY(report.summary().skipped >= 100); // every black-holed check was cancelled
        QVERIFY(find<QPushButton>(wizard, "runAgain")->isEnabled());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // And the wizard goes on: the report page opens on what was found.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::ReportPageId));
    }
};

QTEST_MAIN(TestWizardRun)
#include "tst_wizard_run.moc"
