#pragma once

#include "RunOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

// What the command line asked for, validated: a mode and the run's options.
struct ParsedCommandLine
{
    enum class Mode
    {
        Gui,
        Cli,
        ListEndpoints,
        ListRegions,
        Compare,
        Summarize,
        Version,
        Help
    };

    Mode mode = Mode::Gui;
    RunOptions options;
    QString outputFormat = QStringLiteral("text"); // --cli: text | json; --list-endpoints: text | json | csv
    QStringList reportFiles;
    QStringList inputs; // --compare: the earlier and the later report; --summarize: report files and folders
    bool cloudGiven = false;
    bool featuresGiven = false;
    bool proxyPasswordNeeded = false; // --proxy-user without NETREADY_PROXY_PASSWORD: ask on the terminal
    QString language; // --lang as a code of Translations::codes(); empty when not given
    QStringList warnings; // said on stderr before a run; the run goes ahead
};

// Netready's options, shared by the wizard (to preselect) and the headless run. Bad values are usage errors.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // nullopt and a message naming the problem when the arguments are not usable.
    std::optional<ParsedCommandLine> parse(const QStringList& arguments, QString* error);
    QString helpText() const;

    // The option table behind --help, and the description it starts with: the man page is made from the same.
    static QList<QCommandLineOption> options();
    static QString description();

    // Which application object the arguments need, decided before one exists: Console for --help,
    // --version, --list-endpoints, --cli, --compare and --summarize; Headless (a GUI application without
    // windows: fonts for a PDF report) for those with a .pdf report; Widgets for the wizard.
    enum class ApplicationKind
    {
        Console,
        Headless,
        Widgets
    };
    static ApplicationKind applicationKind(int argc, char** argv);

private:
    bool readRunOptions(ParsedCommandLine& parsed, QString* error) const;
    bool readInputs(ParsedCommandLine& parsed, QString* error) const;
    bool readRegion(RunOptions& options, QString* error) const;

    QCommandLineParser m_parser;
};
