#include "RunPage.h"

#include "InlineError.h"
#include "ResultsModel.h"
#include "ResultsTable.h"
#include "RunSession.h"
#include "WizardModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QString formatElapsed(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RunPage::RunPage(WizardModel* model, RunSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_table(new QTreeView(this))
    , m_error(InlineError::create(this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_runAgain(new QPushButton(tr("Run &again"), this))
    , m_retryFailed(new QPushButton(tr("Retry &failed"), this))
    , m_clock(new QTimer(this))
{
    setTitle(tr("Checking the endpoints"));
    setSubTitle(tr("Each endpoint is tried the way Power Automate connects to it. You can cancel at any time."));

    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_elapsed->setObjectName(QStringLiteral("runElapsed"));
    m_elapsed->setMinimumWidth(
        m_elapsed->fontMetrics().horizontalAdvance(tr("Elapsed: %1").arg(QStringLiteral("00:00"))));

    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_session->results());
    ResultsTable::configure(m_table);
    // Groups open as they appear, so the live results are visible without clicking.
    connect(m_session->results(), &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex& where, int first, int last) {
            if (!where.isValid()) {
                for (int row = first; row <= last; ++row)
                    m_table->expand(m_session->results()->index(row, 0));
            }
        });
    connect(m_session->results(), &QAbstractItemModel::modelReset, m_table, &QTreeView::expandAll);

    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_runAgain->setObjectName(QStringLiteral("runAgain"));
    m_retryFailed->setObjectName(QStringLiteral("retryFailed"));
    m_cancel->setAutoDefault(false);
    m_runAgain->setAutoDefault(false);
    m_retryFailed->setAutoDefault(false);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_runAgain);
    buttons->addWidget(m_retryFailed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_clock->setInterval(250);
    connect(m_clock, &QTimer::timeout, this, &RunPage::updateProgress);
    connect(m_session, &RunSession::started, this, &RunPage::onStarted);
    connect(m_session, &RunSession::progress, this, &RunPage::updateProgress);
    connect(m_session, &RunSession::finished, this, &RunPage::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        m_session->cancel();
    });
    connect(m_runAgain, &QPushButton::clicked, this, &RunPage::startRun);
    connect(m_retryFailed, &QPushButton::clicked, this, [this] {
        if (m_session->retryFailed()) {
            onStarted(m_session->total());
        }
    });
    updateButtons();
}

void RunPage::initializePage()
{
    startRun();
}

void RunPage::cleanupPage()
{
    // Going back to change a choice stops the run; the next visit starts a fresh one.
    m_session->cancel();
}

void RunPage::startRun()
{
    if (m_session->isRunning()) {
        // Back and Next again while the previous run still stops (within a second): start when it has.
        m_status->setText(tr("Stopping the previous run…"));
        m_session->cancel();
        connect(m_session, &RunSession::finished, this, &RunPage::startRun, Qt::SingleShotConnection);
        return;
    }
    QString error;
    InlineError::show(m_error, QString());
    if (!m_session->start(m_model->options(), &error)) {
        m_status->setText(tr("The checks could not start."));
        InlineError::show(m_error, error);
        updateButtons();
        emit completeChanged();
        return;
    }
    onStarted(m_session->total());
}

void RunPage::onStarted(int total)
{
    m_status->setText(tr("Checks in this run: %1. Running…").arg(total));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_clock->start();
    updateProgress();
    updateButtons();
    emit completeChanged();
}

void RunPage::updateProgress()
{
    if (m_session->isRunning()) {
        m_progress->setMaximum(std::max(m_session->total(), 1));
        m_progress->setValue(std::min(m_session->finishedCount(), m_progress->maximum()));
    }
    m_elapsed->setText(tr("Elapsed: %1").arg(formatElapsed(m_session->elapsedMs())));
}

void RunPage::onFinished()
{
    m_clock->stop();
    const RunReport& report = m_session->report();
    const RunSummary summary = report.summary();
    m_progress->setMaximum(std::max(summary.total, 1));
    m_progress->setValue(summary.total);
    updateProgress();
    const QString counts = tr("%1 passed, %2 with warnings, %3 failed, %4 skipped.")
                               .arg(summary.passed)
                               .arg(summary.warnings)
                               .arg(summary.failed)
                               .arg(summary.skipped);
    m_status->setText(report.cancelled ? tr("Cancelled. %1").arg(counts) : tr("Done. %1").arg(counts));
    m_table->expandAll();
    updateButtons();
    emit completeChanged();
}

void RunPage::updateButtons()
{
    const bool running = m_session->isRunning();
    m_cancel->setVisible(running);
    m_runAgain->setVisible(!running);
    m_retryFailed->setVisible(!running);
    m_runAgain->setEnabled(!running);
    m_retryFailed->setEnabled(!running && m_session->hasReport() && !m_session->retryableIds().isEmpty());
}

bool RunPage::isComplete() const
{
    return !m_session->isRunning() && m_session->hasReport();
}
