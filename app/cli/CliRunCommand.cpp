#include "CliRunCommand.h"

#include "InterruptWatcher.h"
#include "TerminalPassword.h"
#include "catalog/CatalogLoader.h"
#include "catalog/PlaceholderRules.h"
#include "engine/Engine.h"
#include "engine/RunPlanner.h"
#include "reports/JsonReportWriter.h"
#include "reports/ReportFiles.h"
#include "reports/TextSummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}
} // namespace

CliRunCommand::CliRunCommand(ParsedCommandLine commandLine, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_commandLine(std::move(commandLine))
    , m_out(out)
    , m_err(err)
{
}

CliRunCommand::~CliRunCommand() = default;

bool CliRunCommand::start()
{
    for (const QString& warning : std::as_const(m_commandLine.warnings))
        m_err << "netready: " << tr("warning: %1").arg(warning) << Qt::endl;
    QString error;
    if (!ReportFiles::validate(m_commandLine.reportFiles, &error)) {
        m_err << "netready: " << error << Qt::endl;
        return false;
    }
    if (m_commandLine.proxyPasswordNeeded) {
        const auto password
            = TerminalPassword::read(tr("Password for %1 at the proxy: ").arg(m_commandLine.options.proxy.user));
        if (!password) {
            m_err << "netready: "
                  << tr("--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it")
                  << Qt::endl;
            return false;
        }
        m_commandLine.options.proxy.password = *password;
        m_commandLine.proxyPasswordNeeded = false;
    }
    RunOptions& options = m_commandLine.options;
    // Registry values and a few small files (no PAC evaluation): quick enough to read before the run.
    options.componentProxies = ComponentProxies::readThisMachine();
    const auto catalog = CatalogLoader::loadForRun(options.catalogFile, options.extraCatalogFiles, &error);
    if (!catalog) {
        m_err << "netready: " << error << Qt::endl;
        return false;
    }
    // A value that fits none of the wildcards it stands for would silently stay untested.
    QMap<QString, QStringList> hosts;
    error = PlaceholderRules(options.cloud, catalog->select(options.cloud, options.features))
                .checkInputs(options.inputs, &hosts);
    if (!error.isEmpty()) {
        m_err << "netready: " << error << Qt::endl;
        return false;
    }
    options.inputs = hosts;
    const RunPlan plan = RunPlanner::plan(*catalog, options);

    m_engine = new Engine(this);
    m_interrupts = new InterruptWatcher(this);
    m_showProgress = stderrIsTerminal();
    connect(m_engine, &Engine::progress, this, &CliRunCommand::onProgress);
    connect(m_engine, &Engine::finished, this, &CliRunCommand::onFinished);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, [this] {
        m_err << (m_showProgress ? "\r" : "") << tr("netready: interrupted, cancelling…") << Qt::endl;
        m_engine->cancel();
    });
    m_engine->start(plan);
    return true;
}

void CliRunCommand::onProgress(int finished, int total)
{
    if (m_showProgress)
        m_err << "\r" << tr("checked %1 of %2").arg(finished).arg(total) << Qt::flush;
}

void CliRunCommand::onFinished(const RunReport& report)
{
    if (m_showProgress)
        m_err << "\r\033[K" << Qt::flush;

    if (m_commandLine.outputFormat == QLatin1String("json")) {
        // Streamed: a report of thousands of checks is never held whole in memory.
        m_out.flush();
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            QString ignored; // like the text summary's, a failed write to stdout does not change the exit code
            JsonReportWriter().write(report, &stdoutFile, &ignored);
            stdoutFile.flush();
        }
    } else {
        m_out << TextSummary::render(report);
        m_out.flush();
    }

    const RunSummary summary = report.summary();
    m_exitCode = m_interrupts->wasInterrupted() ? m_interrupts->exitCode() : summary.failed > 0 ? 1 : 0;
    QString error;
    if (!ReportFiles::writeAll(report, m_commandLine.reportFiles, &error)) {
        m_err << "netready: " << error << Qt::endl;
        if (!m_interrupts->wasInterrupted())
            m_exitCode = 2;
    }
    m_interrupts->reportsWritten();
    emit done(m_exitCode);
}
