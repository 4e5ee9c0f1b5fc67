// Netready's entry point: picks the face (wizard or headless) and wires it to the core.
#include "CommandLine.h"
#include "NetreadyWizard.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {
void installTranslations(QCoreApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("netready"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}
} // namespace

int main(int argc, char* argv[])
{
    const bool headless = CommandLine::isHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netready"));
    QCoreApplication::setOrganizationName(QStringLiteral("Netready"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETREADY_VERSION));
    installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    QString error;
    const auto parsed = commandLine.parse(QCoreApplication::arguments(), &error);
    if (!parsed) {
        err << "netready: " << error << "\n" << QCoreApplication::translate("main", "Try 'netready --help'.") << "\n";
        return 2;
    }

    switch (parsed->mode) {
    case ParsedCommandLine::Mode::Help:
        out << commandLine.helpText();
        return 0;
    case ParsedCommandLine::Mode::Version:
        out << "netready " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    case ParsedCommandLine::Mode::Cli:
    case ParsedCommandLine::Mode::ListEndpoints:
        err << "netready: headless runs are not available in this build\n";
        return 2;
    case ParsedCommandLine::Mode::Gui:
        break;
    }

    NetreadyWizard wizard;
    wizard.show();
    return QApplication::exec();
}
