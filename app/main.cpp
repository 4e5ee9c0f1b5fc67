// Netready's entry point: picks the face (wizard or headless) and wires it to the core.
#include "CliRunCommand.h"
#include "CommandLine.h"
#include "CompareCommand.h"
#include "DisplayAvailability.h"
#include "EndpointListCommand.h"
#include "HeapTuning.h"
#include "LanguageMenu.h"
#include "NetreadyWizard.h"
#include "ProcessEnd.h"
#include "RegionListCommand.h"
#include "SummarizeCommand.h"
#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace {
#ifndef Q_OS_WIN
QtMessageHandler previousMessageHandler = nullptr;

void dropSessionNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
#endif

int run(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // Output byte for byte as on other systems: text mode would turn the CSV's CRLF into CR CR LF, and every
    // LF of the JSON and text output into CRLF, in files that scripts redirect it to.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    std::unique_ptr<QCoreApplication> app;
    CommandLine::ApplicationKind kind = CommandLine::applicationKind(argc, argv);
    // Without a display the command line is still read, so that a typo gets its usage message, not an abort.
    const bool wizardPossible = DisplayAvailability::available();
    if (kind == CommandLine::ApplicationKind::Widgets && !wizardPossible)
        kind = CommandLine::ApplicationKind::Console;
    switch (kind) {
    case CommandLine::ApplicationKind::Console:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case CommandLine::ApplicationKind::Headless:
        // Headless runs render PDF reports: fonts need a GUI application, but never a display.
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Services and fleet tools run without a session: Qt's note about the missing runtime directory is
        // noise on their stderr, which they collect.
        previousMessageHandler = qInstallMessageHandler(dropSessionNoise);
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
        break;
    case CommandLine::ApplicationKind::Widgets:
        app = std::make_unique<QApplication>(argc, argv);
        break;
    }
    QCoreApplication::setApplicationName(QStringLiteral("netready"));
    QCoreApplication::setOrganizationName(QStringLiteral("Netready"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETREADY_VERSION));
    // The system's language until the command line is read; then --lang, or for the wizard the language chosen in
    // it before. Texts made while parsing (the help) are made again in the language that wins.
    Translations::install(Translations::fromLocale(QLocale::system()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto commandLine = std::make_unique<CommandLine>();
    QString error;
    auto parsed = commandLine->parse(QCoreApplication::arguments(), &error);
    if (parsed) {
        QString language = parsed->language;
        if (language.isEmpty() && parsed->mode == ParsedCommandLine::Mode::Gui)
            language = LanguageMenu::savedLanguage();
        if (!language.isEmpty() && language != Translations::current()) {
            Translations::install(language);
            commandLine = std::make_unique<CommandLine>();
            parsed = commandLine->parse(QCoreApplication::arguments(), &error);
        }
    }
    if (!parsed) {
        err << "netready: " << error << "\n" << QCoreApplication::translate("main", "Try 'netready --help'.") << "\n";
        return 2;
    }

    switch (parsed->mode) {
    case ParsedCommandLine::Mode::Help:
        out << commandLine->helpText();
        return 0;
    case ParsedCommandLine::Mode::Version:
        out << "netready " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    case ParsedCommandLine::Mode::Cli: {
        CliRunCommand command(*parsed, out, err);
        if (!command.start())
            return 2;
        QObject::connect(&command, &CliRunCommand::done, app.get(), &QCoreApplication::exit, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }
    case ParsedCommandLine::Mode::ListEndpoints:
        return EndpointListCommand(*parsed).run();
    case ParsedCommandLine::Mode::ListRegions:
        return RegionListCommand().run();
    case ParsedCommandLine::Mode::Compare:
        return CompareCommand(*parsed, out, err).run();
    case ParsedCommandLine::Mode::Summarize:
        return SummarizeCommand(*parsed, out, err).run();
    case ParsedCommandLine::Mode::Gui:
        if (!wizardPossible) {
            err << "netready: "
                << QCoreApplication::translate(
                       "main", "there is no display to show the wizard on; run the checks without one with --cli")
                << "\n"
                << QCoreApplication::translate("main", "Try 'netready --help'.") << "\n";
            return 2;
        }
        break;
    }

    WizardStart start;
    start.options = parsed->options;
    start.cloudGiven = parsed->cloudGiven;
    start.featuresGiven = parsed->featuresGiven;
    NetreadyWizard wizard(start);
    wizard.show();
    return QApplication::exec();
}
} // namespace

int main(int argc, char* argv[])
{
    HeapTuning::apply(); // before any thread starts
    // run() returns once the application, its windows and its reports are gone.
    return ProcessEnd::leave(run(argc, argv));
}
