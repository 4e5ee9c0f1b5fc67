#include "ManPage.h"

#include "CommandLine.h"

#include <QStringList>

namespace {
QString bold(const QString& text)
{
    return QStringLiteral("\\fB") + ManPage::escaped(text) + QStringLiteral("\\fR");
}

QString italic(const QString& text)
{
    return QStringLiteral("\\fI") + ManPage::escaped(text) + QStringLiteral("\\fR");
}

// ".TP" header of one option: "-h, --help" or "--cloud cloud".
QString optionHeader(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << bold((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString header = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        header += QLatin1Char(' ') + italic(option.valueName());
    return header;
}

QString paragraph(const QString& text)
{
    return QStringLiteral(".PP\n") + ManPage::escaped(text) + QLatin1Char('\n');
}

// An example: what it does, then the command, literally.
QString example(const QString& what, const QString& command)
{
    return paragraph(what) + QStringLiteral(".PP\n.RS\n.nf\n") + ManPage::escaped(command)
        + QStringLiteral("\n.fi\n.RE\n");
}
} // namespace

QString ManPage::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else
            out += c;
    }
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ManPage::render(const Release& release)
{
    return render(release, CommandLine::description(), CommandLine::options());
}

QString ManPage::render(const Release& release, const QString& description, const QList<QCommandLineOption>& options)
{
    QString page;
    page += QStringLiteral(".TH NETREADY 1 \"%1\" \"netready %2\" \"User Commands\"\n")
                .arg(release.date, escaped(release.version));
    page += QStringLiteral(".SH NAME\nnetready \\- check whether a network lets Microsoft Power Automate work\n");
    page += QStringLiteral(".SH SYNOPSIS\n");
    page += bold(QStringLiteral("netready")) + QStringLiteral(" [") + italic(QStringLiteral("options"))
        + QStringLiteral("]\n.br\n");
    page += bold(QStringLiteral("netready --cli")) + QStringLiteral(" [") + italic(QStringLiteral("options"))
        + QStringLiteral("]\n.br\n");
    page += bold(QStringLiteral("netready --compare")) + QLatin1Char(' ') + italic(QStringLiteral("BEFORE.json"))
        + QLatin1Char(' ') + italic(QStringLiteral("AFTER.json")) + QStringLiteral("\n.br\n");
    page += bold(QStringLiteral("netready --summarize")) + QLatin1Char(' ') + italic(QStringLiteral("report"))
        + QStringLiteral("...\n");

    page += QStringLiteral(".SH DESCRIPTION\n");
    for (const QString& line : description.split(QLatin1Char('\n')))
        page += paragraph(line);
    page += paragraph(QStringLiteral(
        "Netready tests every endpoint the chosen cloud and features need: DNS, TCP, TLS (chain, name, TLS "
        "inspection), HTTP and WebSocket, through the machine's proxy, plus the certificate revocation servers "
        "Windows relies on. Each failure comes with a diagnosis and what to change. Reports are written as HTML, "
        "PDF, JSON, CSV or JUnit XML."));

    page += QStringLiteral(".SH OPTIONS\n");
    for (const QCommandLineOption& option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        page += QStringLiteral(".TP\n") + optionHeader(option) + QLatin1Char('\n') + escaped(option.description())
            + QLatin1Char('\n');
    }

    page += QStringLiteral(".SH EXIT STATUS\n.TP\n0\nNo check failed.\n.TP\n1\nAt least one check failed "
                           "(with \\-\\-compare: a check that passed before fails now).\n.TP\n2\nBad usage or "
                           "input; nothing was run.\n.TP\n130\nInterrupted; the partial report is written.\n");

    page += QStringLiteral(".SH ENVIRONMENT\n.TP\n") + bold(QStringLiteral("NETREADY_PROXY_PASSWORD"))
        + QLatin1Char('\n')
        + escaped(QStringLiteral("The password for --proxy-user, kept out of process lists. It is never written "
                                 "to reports, logs or settings."))
        + QStringLiteral("\n.TP\n") + bold(QStringLiteral("http_proxy, https_proxy, no_proxy")) + QLatin1Char('\n')
        + escaped(QStringLiteral("The system proxy, used unless --proxy, --no-proxy or --pac is given."))
        + QLatin1Char('\n');

    page += QStringLiteral(".SH FILES\n.TP\n") + italic(QStringLiteral("~/.config/Netready/netready.conf"))
        + QLatin1Char('\n')
        + escaped(QStringLiteral("The wizard's remembered choices. Runs with --cli read and write no settings."))
        + QLatin1Char('\n');

    page += QStringLiteral(".SH EXAMPLES\n");
    page += example(QStringLiteral("Check a GCC High machine's desktop flows and gateway through a proxy and write "
                                   "two reports:"),
        QStringLiteral("netready --cli --cloud gcc-high --features desktop,gateway \\\n"
                       "    --proxy http://proxy.corp.example:8080 --report readiness.json --report readiness.html"));
    page += example(QStringLiteral("Print the allowlist for the public cloud's desktop flows:"),
        QStringLiteral("netready --list-endpoints --cloud public --features desktop"));
    page += example(QStringLiteral("Say what changed between two runs:"),
        QStringLiteral("netready --compare before.json after.json"));

    page += QStringLiteral(".SH SEE ALSO\n") + bold(QStringLiteral("curl")) + QStringLiteral("(1)\n.PP\n")
        + escaped(release.homepage) + QLatin1Char('\n');
    return page;
}
