#include "CommandLine.h"

#include "Translations.h"
#include "catalog/PlaceholderRules.h"
#include "catalog/RelayNamespaces.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>

#include <algorithm>
#include <cstring>

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(description());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options());
}

QString CommandLine::description()
{
    return tr("Checks whether this machine's network lets Microsoft Power Automate work.\n"
              "Without options it opens the wizard; with --cli it runs the checks headless.");
}

QList<QCommandLineOption> CommandLine::options()
{
    return {
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version and exit.")},
        {QStringLiteral("cli"), tr("Run the checks headless and print the result.")},
        //: %1 the language codes, kept as they are
        {QStringLiteral("lang"),
            tr("Language of the wizard, the output and the reports: %1 (default: the system's language).")
                .arg(Translations::codes().join(QStringLiteral(", "))),
            QStringLiteral("code")},
        {QStringLiteral("list-endpoints"), tr("Print the endpoints the selection needs (an allowlist) and exit.")},
        {QStringLiteral("list-regions"),
            tr("Print the regions of Microsoft's list of desktop flows runtime namespaces, with their counts, and "
               "exit.")},
        {QStringLiteral("compare"),
            tr("Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. "
               "Exit code 1 when a check that passed before fails now.")},
        {QStringLiteral("summarize"),
            tr("Summarize many machines' JSON reports (files or folders of *.json) into one fleet view.")},
        {QStringLiteral("label"), tr("Tag the run's report, e.g. site=Berlin (repeatable)."),
            QStringLiteral("key=value")},
        {QStringLiteral("cloud"), tr("Cloud: public, gcc, gcc-high, dod or china (default: public)."),
            QStringLiteral("cloud")},
        {QStringLiteral("features"),
            tr("Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all)."),
            QStringLiteral("list")},
        {QStringLiteral("catalog"), tr("Use this catalog file instead of the built-in one."), QStringLiteral("file")},
        {QStringLiteral("extra-catalog"), tr("Add the endpoints of this catalog file (repeatable)."),
            QStringLiteral("file")},
        {QStringLiteral("connect-to"),
            tr("Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable)."),
            QStringLiteral("HOST:PORT:CONNECT_HOST:CONNECT_PORT")},
        {QStringLiteral("proxy"), tr("Use this HTTP proxy: http://[user:password@]host:port."), QStringLiteral("url")},
        {QStringLiteral("no-proxy"), tr("Connect directly, ignoring the system proxy.")},
        {QStringLiteral("proxy-auth"),
            tr("When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, "
               "basic or none (default: auto). Negotiate uses the signed-in user's Kerberos ticket."),
            QStringLiteral("scheme")},
        {QStringLiteral("proxy-user"),
            tr("Authenticate at the proxy as this user (DOMAIN\\user for NTLM); the password comes from "
               "NETREADY_PROXY_PASSWORD or is asked on the terminal."),
            QStringLiteral("user")},
        {QStringLiteral("pac"),
            tr("Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or "
               "https:// URL."),
            QStringLiteral("file|url")},
        {QStringLiteral("proxy-as"),
            tr("Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows "
               "service (service, the default: Power Automate's own proxy settings on Windows) or with your own "
               "system proxy (me). Gateway endpoints follow the gateway service's route."),
            QStringLiteral("service|me")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), QStringLiteral("file")},
        {QStringLiteral("timeout"), tr("Seconds each phase of a check may take (1-300, default 10)."),
            QStringLiteral("seconds")},
        {QStringLiteral("jobs"), tr("Checks run at once (1-512, default 16)."), QStringLiteral("n")},
        {QStringLiteral("format"), tr("Output: text or json (--list-endpoints also csv)."), QStringLiteral("format")},
        {QStringLiteral("report"),
            tr("Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml "
               "(repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt."),
            QStringLiteral("file")},
        {QStringLiteral("dataverse-url"), tr("Your environment URL, e.g. https://org.crm.dynamics.com."),
            QStringLiteral("url")},
        {QStringLiteral("servicebus-namespace"),
            tr("A Service Bus namespace host the desktop runtime or the gateway uses (repeatable)."),
            QStringLiteral("host")},
        {QStringLiteral("region"),
            tr("Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. "
               "Europe (public cloud; see --list-regions)."),
            QStringLiteral("name")},
        {QStringLiteral("input"), tr("A value for a catalog placeholder, e.g. azure-apim=host (repeatable)."),
            QStringLiteral("name=value")},
        {QStringLiteral("check-chain-revocation"), tr("Also probe the OCSP and CRL URLs of every TLS chain seen.")},
    };
}

CommandLine::ApplicationKind CommandLine::applicationKind(int argc, char** argv)
{
    const QStringList consoleFlags
        = {QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"), QStringLiteral("-h"),
            QStringLiteral("--help-all"), QStringLiteral("--list-endpoints"), QStringLiteral("--list-regions")};
    bool cli = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (consoleFlags.contains(name))
            return ApplicationKind::Console;
        cli = cli || name == QLatin1String("--cli") || name == QLatin1String("--compare")
            || name == QLatin1String("--summarize");
        if (name == QLatin1String("--report")) {
            const QString file = arg.contains(QLatin1Char('=')) ? arg.section(QLatin1Char('='), 1)
                : i + 1 < argc                                  ? QString::fromLocal8Bit(argv[i + 1])
                                                                : QString();
            pdf = pdf || file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        }
    }
    if (!cli)
        return ApplicationKind::Widgets;
    return pdf ? ApplicationKind::Headless : ApplicationKind::Console;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

std::optional<ParsedCommandLine> CommandLine::parse(const QStringList& arguments, QString* error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return std::nullopt;
    }
    ParsedCommandLine parsed;
    if (m_parser.isSet(QStringLiteral("lang"))) {
        const QString value = m_parser.value(QStringLiteral("lang"));
        const std::optional<QString> code = Translations::fromCode(value);
        if (!code) {
            //: %1 what was given, %2 the language codes, kept as they are
            *error = tr("--lang: '%1' is not a language of Netready; use one of %2")
                         .arg(value, Translations::codes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        parsed.language = *code;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        parsed.mode = ParsedCommandLine::Mode::Help;
    else if (m_parser.isSet(QStringLiteral("version")))
        parsed.mode = ParsedCommandLine::Mode::Version;
    else if (m_parser.isSet(QStringLiteral("list-endpoints")))
        parsed.mode = ParsedCommandLine::Mode::ListEndpoints;
    else if (m_parser.isSet(QStringLiteral("list-regions")))
        parsed.mode = ParsedCommandLine::Mode::ListRegions;
    else if (m_parser.isSet(QStringLiteral("compare")))
        parsed.mode = ParsedCommandLine::Mode::Compare;
    else if (m_parser.isSet(QStringLiteral("summarize")))
        parsed.mode = ParsedCommandLine::Mode::Summarize;
    else if (m_parser.isSet(QStringLiteral("cli")))
        parsed.mode = ParsedCommandLine::Mode::Cli;
    if (parsed.mode == ParsedCommandLine::Mode::Help || parsed.mode == ParsedCommandLine::Mode::Version)
        return parsed;
    if (!readInputs(parsed, error))
        return std::nullopt;

    if (!readRunOptions(parsed, error))
        return std::nullopt;
    return parsed;
}

bool CommandLine::readInputs(ParsedCommandLine& parsed, QString* error) const
{
    const QStringList positional = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("compare")) && m_parser.isSet(QStringLiteral("summarize"))) {
        *error = tr("--compare and --summarize exclude each other");
        return false;
    }
    if (parsed.mode == ParsedCommandLine::Mode::Compare && positional.size() != 2) {
        *error = tr("--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json");
        return false;
    }
    if (parsed.mode == ParsedCommandLine::Mode::Summarize && positional.isEmpty()) {
        *error = tr("--summarize needs report files or folders of them");
        return false;
    }
    if (parsed.mode != ParsedCommandLine::Mode::Compare && parsed.mode != ParsedCommandLine::Mode::Summarize
        && !positional.isEmpty()) {
        *error = tr("unexpected argument '%1'").arg(positional.constFirst());
        return false;
    }
    parsed.inputs = positional;
    return true;
}

bool CommandLine::readRunOptions(ParsedCommandLine& parsed, QString* error) const
{
    RunOptions& options = parsed.options;
    const auto fail = [&](const QString& message) {
        *error = message;
        return false;
    };

    if (m_parser.isSet(QStringLiteral("cloud"))) {
        const QString value = m_parser.value(QStringLiteral("cloud")).trimmed().toLower();
        const auto cloud = Clouds::fromId(value);
        if (!cloud)
            return fail(tr("--cloud: unknown cloud '%1' (expected one of: %2)")
                            .arg(value, Clouds::ids().join(QStringLiteral(", "))));
        options.cloud = *cloud;
        parsed.cloudGiven = true;
    }

    if (m_parser.isSet(QStringLiteral("features"))) {
        options.features.clear();
        const QStringList items = m_parser.value(QStringLiteral("features")).split(QLatin1Char(','));
        for (const QString& item : items) {
            const QString name = item.trimmed().toLower();
            const auto feature = Features::fromId(name);
            if (!feature)
                return fail(tr("--features: unknown feature '%1' (expected: %2)")
                                .arg(name, Features::ids(Features::all()).join(QStringLiteral(", "))));
            if (!options.features.contains(*feature))
                options.features << *feature;
        }
        parsed.featuresGiven = true;
    }

    const auto checkReadable = [&](const QString& option, const QString& path) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(tr("%1: file '%2' does not exist").arg(option, path));
        if (!info.isFile() || !info.isReadable())
            return fail(tr("%1: '%2' is not a readable file").arg(option, path));
        return true;
    };
    if (m_parser.isSet(QStringLiteral("catalog"))) {
        options.catalogFile = m_parser.value(QStringLiteral("catalog"));
        if (!checkReadable(QStringLiteral("--catalog"), options.catalogFile))
            return false;
    }
    options.extraCatalogFiles = m_parser.values(QStringLiteral("extra-catalog"));
    for (const QString& file : std::as_const(options.extraCatalogFiles)) {
        if (!checkReadable(QStringLiteral("--extra-catalog"), file))
            return false;
    }

    for (const QString& text : m_parser.values(QStringLiteral("connect-to"))) {
        QString why;
        const auto rule = ConnectToRule::parse(text, &why);
        if (!rule)
            return fail(why);
        options.connectTo << *rule;
    }

    const int proxyChoices = int(m_parser.isSet(QStringLiteral("proxy")))
        + int(m_parser.isSet(QStringLiteral("no-proxy"))) + int(m_parser.isSet(QStringLiteral("pac")));
    if (proxyChoices > 1)
        return fail(tr("--proxy, --no-proxy and --pac exclude each other"));
    if (m_parser.isSet(QStringLiteral("pac"))) {
        QString why;
        options.proxy = ProxySetting::fromPac(m_parser.value(QStringLiteral("pac")), &why);
        if (!why.isEmpty())
            return fail(tr("--pac: %1").arg(why));
    }
    if (m_parser.isSet(QStringLiteral("proxy"))) {
        QString why;
        options.proxy = ProxySetting::fromUrl(m_parser.value(QStringLiteral("proxy")), &why);
        if (!why.isEmpty())
            return fail(tr("--proxy: %1").arg(why));
        if (!options.proxy.password.isEmpty())
            parsed.warnings << tr("--proxy: other users of this machine can read the password in the URL in its list "
                                  "of processes; give the user with --proxy-user and the password in "
                                  "NETREADY_PROXY_PASSWORD, or type it when asked");
    } else if (m_parser.isSet(QStringLiteral("no-proxy"))) {
        options.proxy.mode = ProxySetting::Mode::None;
    }
    if (m_parser.isSet(QStringLiteral("proxy-auth"))) {
        const QString text = m_parser.value(QStringLiteral("proxy-auth"));
        const auto mode = ProxyAuthModes::fromId(text.trimmed());
        if (!mode)
            return fail(tr("--proxy-auth: unknown scheme '%1' (expected: %2)")
                            .arg(text, ProxyAuthModes::ids().join(QStringLiteral(", "))));
        options.proxy.authMode = *mode;
    }
    if (m_parser.isSet(QStringLiteral("proxy-user"))) {
        const QString user = m_parser.value(QStringLiteral("proxy-user"));
        if (options.proxy.mode == ProxySetting::Mode::None)
            return fail(tr("--proxy-user needs a proxy: it cannot go with --no-proxy"));
        if (!options.proxy.user.isEmpty())
            return fail(tr("--proxy-user: the --proxy URL names a user already; give the user once"));
        if (user.trimmed().isEmpty())
            return fail(tr("--proxy-user: the user name is empty"));
        options.proxy.user = user;
        // Not on the command line, where any process list would show it.
        options.proxy.password = qEnvironmentVariable("NETREADY_PROXY_PASSWORD");
        parsed.proxyPasswordNeeded = !qEnvironmentVariableIsSet("NETREADY_PROXY_PASSWORD");
    }
    if (m_parser.isSet(QStringLiteral("proxy-as"))) {
        const QString value = m_parser.value(QStringLiteral("proxy-as"));
        const auto proxyAs = ProxyAsIds::fromId(value);
        if (!proxyAs)
            return fail(tr("--proxy-as: '%1' is neither 'service' nor 'me'").arg(value));
        options.proxyAs = *proxyAs;
    }

    if (m_parser.isSet(QStringLiteral("ca-file"))) {
        options.caFile = m_parser.value(QStringLiteral("ca-file"));
        if (!checkReadable(QStringLiteral("--ca-file"), options.caFile))
            return false;
        options.extraCaCertificates = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return fail(tr("--ca-file: '%1' holds no PEM certificate").arg(options.caFile));
    }

    const auto readInt = [&](const QString& name, int min, int max, int* target) {
        if (!m_parser.isSet(name))
            return true;
        bool ok = false;
        const QString text = m_parser.value(name);
        const int value = text.toInt(&ok);
        if (!ok || value < min || value > max)
            return fail(tr("--%1: '%2' is not a whole number from %3 to %4").arg(name, text).arg(min).arg(max));
        *target = value;
        return true;
    };
    if (!readInt(QStringLiteral("timeout"), 1, 300, &options.timeoutSeconds)
        || !readInt(QStringLiteral("jobs"), 1, 512, &options.jobs))
        return false;

    if (m_parser.isSet(QStringLiteral("format"))) {
        parsed.outputFormat = m_parser.value(QStringLiteral("format")).toLower();
        QStringList allowed = {QStringLiteral("text"), QStringLiteral("json")};
        if (parsed.mode == ParsedCommandLine::Mode::ListEndpoints)
            allowed << QStringLiteral("csv");
        if (!allowed.contains(parsed.outputFormat))
            return fail(
                tr("--format: '%1' is not one of: %2").arg(parsed.outputFormat, allowed.join(QStringLiteral(", "))));
    }

    parsed.reportFiles = m_parser.values(QStringLiteral("report"));

    // The form here, so a typo stops before anything runs; the cloud's and the catalog's rules once the catalog
    // is read (CliRunCommand), where bare namespace names get the cloud's domain.
    const auto readPlaceholder = [&](const QString& option, const QString& placeholder, const QString& text) {
        const QString problem = PlaceholderRules::formProblem(placeholder, text);
        if (!problem.isEmpty())
            return fail(option + QStringLiteral(": ") + problem);
        options.inputs[placeholder] << text.trimmed();
        return true;
    };
    if (m_parser.isSet(QStringLiteral("dataverse-url"))
        && !readPlaceholder(QStringLiteral("--dataverse-url"), PlaceholderRules::dataverse(),
            m_parser.value(QStringLiteral("dataverse-url"))))
        return false;
    for (const QString& text : m_parser.values(QStringLiteral("servicebus-namespace"))) {
        static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
        const QStringList items = text.split(separators, Qt::SkipEmptyParts);
        if (items.isEmpty())
            return fail(tr("--servicebus-namespace: no namespace given"));
        for (const QString& item : items) {
            const QString problem = PlaceholderRules::formProblem(PlaceholderRules::serviceBusNamespace(), item);
            if (!problem.isEmpty())
                return fail(tr("--servicebus-namespace: '%1': %2").arg(text, problem));
            options.inputs[PlaceholderRules::serviceBusNamespace()] << item;
        }
    }
    if (m_parser.isSet(QStringLiteral("region")) && !readRegion(options, error))
        return false;
    for (const QString& text : m_parser.values(QStringLiteral("input"))) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == text.size() - 1)
            return fail(tr("--input: '%1' is not NAME=VALUE").arg(text));
        const QString name = text.left(eq).trimmed();
        if (!readPlaceholder(QStringLiteral("--input"), name, text.mid(eq + 1)))
            return false;
    }
    options.checkChainRevocation = m_parser.isSet(QStringLiteral("check-chain-revocation"));

    for (const QString& text : m_parser.values(QStringLiteral("label"))) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString key = text.left(eq).trimmed();
        static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        if (eq <= 0 || !keyPattern.match(key).hasMatch())
            return fail(tr("--label: '%1' is not KEY=VALUE with a key of letters, digits, '.', '_' or '-'").arg(text));
        const auto existing = std::find_if(options.labels.cbegin(), options.labels.cend(),
            [&key](const std::pair<QString, QString>& label) { return label.first == key; });
        if (existing != options.labels.cend())
            return fail(tr("--label: '%1' is given more than once").arg(key));
        options.labels.append({key, text.mid(eq + 1).trimmed()});
    }
    return true;
}

bool CommandLine::readRegion(RunOptions& options, QString* error) const
{
    const QString name = m_parser.value(QStringLiteral("region")).simplified();
    if (options.cloud != Cloud::Public) {
        *error = tr("--region: Microsoft's list of namespaces by region is for the public cloud's desktop flows "
                    "runtime; for the %1 cloud give your namespace with --servicebus-namespace")
                     .arg(Clouds::id(options.cloud));
        return false;
    }
    const std::shared_ptr<const RelayNamespaces> relays = RelayNamespaces::builtIn();
    const RelayRegion* region = relays->region(name);
    if (!region) {
        *error = tr("--region: unknown region '%1' (expected one of: %2)")
                     .arg(name, relays->regionNames().join(QStringLiteral(", ")));
        return false;
    }
    options.region = region->name;
    return true;
}
