// Renders every page of the wizard to PNG files for the documentation (`make screenshots`, under Xvfb).
// The run it shows is a real one: a small catalog of Power Automate host names whose connections go, via
// connect-to rules, to stand-in servers on 127.0.0.1. Nothing leaves the machine.
#include "LoopbackServers.h"
#include "NetreadyWizard.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "RunSession.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace WizardDriver;

namespace {
bool save(NetreadyWizard& wizard, const QString& directory, const QString& prefix, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(prefix, name));
    if (!wizard.grab().save(path)) {
        std::fprintf(stderr, "netready-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({"out", "Folder for the PNG files.", "dir", "docs/screenshots"});
    parser.addOption({"lang", "Language: en, de, fr, es, ja or zh_CN.", "language", "en"});
    parser.addOption({"prefix", "File name prefix (default: the language), e.g. windows.", "prefix"});
    parser.addOption({"qm-dir", "Folder with the netready_*.qm files.", "dir", NETREADY_QM_DIR});
    parser.addHelpOption();
    parser.process(app);
    const QString language = parser.value("lang");
    const QString out = parser.value("out");
    const QString prefix = parser.isSet("prefix") ? parser.value("prefix") : language;
    if (!QDir().mkpath(out))
        return 1;

    QTranslator qtTranslator;
    QTranslator appTranslator;
    {
        // English too: its file holds the plural forms.
        const QLocale locale(language);
        QLocale::setDefault(locale);
        if (qtTranslator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        if (!appTranslator.load(locale, "netready", "_", parser.value("qm-dir"))) {
            std::fprintf(stderr, "netready-screenshots: no netready translation for %s\n", qPrintable(language));
            return 1;
        }
        QCoreApplication::installTranslator(&appTranslator);
    }

    // Never the user's own remembered choices, never theirs overwritten.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName("Netready");
    QCoreApplication::setApplicationName("netready-screenshots");

    LoopbackServers servers;
    QTemporaryDir files;
    if (!servers.start() || !files.isValid())
        return 1;
    const auto described = [](QJsonObject object, const QString& purpose) {
        object.insert("purpose", purpose);
        return object;
    };
    const QJsonArray endpoints {
        described(endpoint("login", "login.microsoftonline.com", 80, "http", {"cloud-flows", "desktop"}), "Sign-in"),
        described(endpoint("portal", "make.powerautomate.com", 80, "http", {"cloud-flows"}), "Power Automate portal"),
        described(endpoint("api", "api.flow.microsoft.com", 80, "http", {"cloud-flows"}), "Flow service API"),
        described(
            endpoint("environment", "*.crm.dynamics.com", 443, "https", {"cloud-flows", "desktop"}, "{dataverse}"),
            "Your Dataverse environment"),
        described(endpoint("relay-https", "*.servicebus.windows.net", 443, "tcp", {"desktop"},
                      "prodeastusmmrns-1-plck7l3prc43s.servicebus.windows.net"),
            "Service Bus relay (port 443)"),
        described(endpoint("relay-tcp", "*.servicebus.windows.net", 9350, "tcp", {"desktop"},
                      "prodeastusmmrns-1-plck7l3prc43s.servicebus.windows.net"),
            "Service Bus relay, TCP listeners"),
        described(endpoint("amqp", "*.servicebus.windows.net", 5671, "tcp", {"desktop"},
                      "prodeastusmmrns-1-plck7l3prc43s.servicebus.windows.net"),
            "Service Bus AMQP"),
        described(endpoint("island", "*.gateway.prod.island.powerapps.com", 443, "https", {"desktop"},
                      "gw.us-il101.gateway.prod.island.powerapps.com"),
            "Desktop flows cloud gateway"),
    };
    WizardStart start;
    start.useSavedChoices = false;
    start.options.catalogFile = writeCatalog(files, endpoints);
    const QString relay = "prodeastusmmrns-1-plck7l3prc43s.servicebus.windows.net";
    start.options.connectTo = {mapTo("login.microsoftonline.com", 80, servers.httpPort()),
        mapTo("make.powerautomate.com", 80, servers.httpPort()),
        mapTo("api.flow.microsoft.com", 80, servers.httpPort()), mapTo(relay, 443, servers.acceptPort()),
        mapTo(relay, 9350, servers.acceptPort()), mapTo(relay, 5671, servers.closedPort()),
        mapTo("gw.us-il101.gateway.prod.island.powerapps.com", 443, servers.silentPort())};

    NetreadyWizard wizard(start);
    wizard.resize(900, 700);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    bool ok = save(wizard, out, prefix, "1-welcome");
    clickNext(wizard);
    find<QRadioButton>(wizard, "cloud-public")->click();
    ok = ok && save(wizard, out, prefix, "2-cloud");
    clickNext(wizard);
    for (const QString& id : QStringList {"cloud-flows", "desktop"})
        find<QCheckBox>(wizard, "feature-" + id)->setChecked(true);
    for (const QString& id : QStringList {"mobile", "gateway"})
        find<QCheckBox>(wizard, "feature-" + id)->setChecked(false);
    ok = ok && save(wizard, out, prefix, "3-features");
    clickNext(wizard);
    find<QToolButton>(wizard, "advancedToggle")->setChecked(true);
    find<QSpinBox>(wizard, "timeout")->setValue(3);
    waitFor([&] { return !find<QLabel>(wizard, "detectedProxy")->text().endsWith(QChar(0x2026)); }, 5000);
    ok = ok && save(wizard, out, prefix, "4-network");
    find<QRadioButton>(wizard, "proxyNone")->click();
    clickNext(wizard);

    // Mid-run: everything but the silent island gateway has answered.
    waitFor([&] { return wizard.session()->finishedCount() >= wizard.session()->total() - 1; }, 10000);
    QTest::qWait(600); // the elapsed time moves on
    ok = ok && save(wizard, out, prefix, "5-run");
    if (!waitFor([&] { return !wizard.session()->isRunning(); }, 15000))
        return 1;
    ok = ok && save(wizard, out, prefix, "5-run-done");
    clickNext(wizard);
    auto* table = find<QTreeView>(wizard, "reportTable");
    const QAbstractItemModel* model = table->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, 0, parent).data(ResultsModel::CheckIdRole) == "amqp:5671"
                || model->index(row, 0, parent).data(ResultsModel::CheckIdRole) == "amqp")
                table->setCurrentIndex(model->index(row, 0, parent));
        }
    }
    ok = ok && save(wizard, out, prefix, "6-report");
    return ok ? 0 : 1;
}
