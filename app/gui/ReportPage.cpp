#include "ReportPage.h"

#include "CheckDetails.h"
#include "ComparisonDialog.h"
#include "FileDialog.h"
#include "MessageDialog.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "ResultsTable.h"
#include "RunSession.h"
#include "StatusIcons.h"
#include "history/ReportReader.h"
#include "reports/JsonReport.h"
#include "reports/ReportAllowlist.h"
#include "reports/ReportFiles.h"
#include "reports/TextSummary.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

ReportPage::ReportPage(RunSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_filter(new ResultsFilterModel(this))
    , m_banner(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_save(new QPushButton(tr("&Save report…"), this))
    , m_copySummary(new QPushButton(tr("Copy s&ummary"), this))
    , m_copyAllowlist(new QPushButton(tr("Copy a&llowlist"), this))
    , m_compare(new QPushButton(tr("Co&mpare with an earlier report…"), this))
    , m_feedback(new QLabel(this))
{
    setTitle(tr("Report"));
    setSubTitle(tr("Select a check to see what it found and what to change."));
    setFinalPage(true);

    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setTextFormat(Qt::RichText);

    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->addItem(tr("All checks"));
    m_show->addItem(tr("Problems only"));
    m_show->setAccessibleName(tr("Show"));
    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_show);
    m_search->setObjectName(QStringLiteral("hostSearch"));
    m_search->setPlaceholderText(tr("host name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search by host"));
    auto* searchLabel = new QLabel(tr("Search &host:"), this);
    searchLabel->setBuddy(m_search);

    m_filter->setSourceModel(m_session->results());
    m_filter->sort(ResultsModel::CheckColumn); // failures first, then warnings, skipped, passes
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Checks"));
    m_table->setModel(m_filter);
    ResultsTable::configure(m_table);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setAccessibleName(tr("Details of the selected check"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a check to see its details."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_save->setObjectName(QStringLiteral("saveReport"));
    m_copySummary->setObjectName(QStringLiteral("copySummary"));
    m_copyAllowlist->setObjectName(QStringLiteral("copyAllowlist"));
    m_compare->setObjectName(QStringLiteral("compareReport"));
    m_compare->setToolTip(tr("What changed since a JSON report saved before: fixed, broken, still failing."));
    for (QPushButton* button : {m_save, m_copySummary, m_copyAllowlist, m_compare})
        button->setAutoDefault(false);
    m_feedback->setObjectName(QStringLiteral("reportFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_copySummary);
    buttons->addWidget(m_copyAllowlist);
    buttons->addWidget(m_compare);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setProblemsOnly(index == 1);
        m_table->expandAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setHostFilter(text);
        m_table->expandAll();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportPage::showDetails);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::saveReport);
    connect(m_copySummary, &QPushButton::clicked, this, &ReportPage::copySummary);
    connect(m_copyAllowlist, &QPushButton::clicked, this, &ReportPage::copyAllowlist);
    connect(m_compare, &QPushButton::clicked, this, &ReportPage::compareWithEarlier);
    connect(m_session, &RunSession::finished, this, &ReportPage::updateBanner);
}

void ReportPage::initializePage()
{
    updateBanner();
    m_table->expandAll();
    m_feedback->clear();
    showDetails();
}

void ReportPage::updateBanner()
{
    const RunReport& report = m_session->report();
    const RunSummary summary = report.summary();
    QColor background;
    QString explanation;
    switch (summary.verdict()) {
    case RunSummary::Verdict::Ready:
        background = QColor(0xd8, 0xf0, 0xdc);
        explanation = tr("This machine's network lets the selected features work.");
        break;
    case RunSummary::Verdict::ReadyWithWarnings:
        background = QColor(0xfc, 0xef, 0xc7);
        explanation = tr("The selected features can work; look at the warnings.");
        break;
    case RunSummary::Verdict::NotReady:
        background = QColor(0xfb, 0xdd, 0xdd);
        explanation = tr("Some endpoints cannot be reached. Show the problems below for what to change.");
        break;
    }
    //: %n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped
    const QString counts = (report.cancelled
            ? tr("%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. "
                 "The run was cancelled before every check finished.",
                nullptr, summary.total)
            : tr("%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.", nullptr, summary.total))
                               .arg(summary.passed)
                               .arg(summary.warnings)
                               .arg(summary.failed)
                               .arg(summary.skipped);
    m_banner->setText(
        QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span><br>%2 %3")
            .arg(summary.verdictText().toHtmlEscaped(), explanation.toHtmlEscaped(), counts.toHtmlEscaped()));
    m_banner->setAccessibleName(summary.verdictText());
    m_banner->setAccessibleDescription(explanation + QLatin1Char(' ') + counts);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_banner->setPalette(palette);
}

void ReportPage::showDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const CheckResult* result = m_session->results()->check(current);
    if (!result) {
        m_details->clear();
        return;
    }
    m_details->setHtml(CheckDetails::html(*result));
}

QStringList ReportPage::saveFilters()
{
    return {tr("HTML report (*.html)"), tr("PDF document (*.pdf)"), tr("JSON data (*.json)"), tr("CSV table (*.csv)"),
        tr("JUnit XML (*.xml)")};
}

QString ReportPage::pathForFilter(const QString& path, const QString& filter)
{
    static const QStringList known = {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf"),
        QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xml")};
    if (known.contains(QFileInfo(path).suffix().toLower()))
        return path;
    static const QRegularExpression extension(QStringLiteral(R"(\*\.([a-z]+))"));
    const QRegularExpressionMatch match = extension.match(filter);
    const QString suffix = match.hasMatch() ? match.captured(1) : QStringLiteral("html");
    return path + QLatin1Char('.') + suffix;
}

void ReportPage::saveReport()
{
    const RunReport& report = m_session->report();
    const QString name
        = QStringLiteral("netready-%1-%2.html")
              .arg(report.environment.hostname.isEmpty() ? QStringLiteral("report") : report.environment.hostname,
                  report.finishedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList filters = saveFilters();
    const FileDialog::Answer answer = FileDialog::getSaveFileName(
        this, tr("Save report"), QDir(directory).filePath(name), filters, filters.first());
    if (answer.path.isEmpty())
        return;
    const QString path = pathForFilter(answer.path, answer.selectedFilter);
    QString error;
    if (!ReportFiles::writeAll(report, {path}, &error)) {
        m_feedback->clear();
        MessageDialog::critical(this, tr("Report not saved"), error);
        return;
    }
    m_feedback->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::copySummary()
{
    QGuiApplication::clipboard()->setText(TextSummary::render(m_session->report()));
    m_feedback->setText(tr("The summary is on the clipboard, ready to paste into a ticket."));
}

QString ReportPage::allowlistText(const QList<QPair<QString, QStringList>>& groups, const QString& advice)
{
    QStringList lines;
    for (const auto& [label, hosts] : groups) {
        lines << label;
        for (const QString& host : hosts)
            lines << QStringLiteral("  ") + host;
        lines << QString();
    }
    if (!advice.isEmpty())
        lines << advice;
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

void ReportPage::copyAllowlist()
{
    QList<QPair<QString, QStringList>> groups;
    for (const ReportAllowlist::Group& group : ReportAllowlist::groups(m_session->report()))
        groups << qMakePair(group.label, group.hosts);
    QGuiApplication::clipboard()->setText(allowlistText(groups, ReportAllowlist::connectorAdvice()));
    m_feedback->setText(tr("The allowlist is on the clipboard, grouped by protocol and port."));
}

void ReportPage::compareWithEarlier()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getOpenFileName(
        this, tr("Compare with an earlier report"), directory, {tr("Netready JSON report (*.json)")});
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<SavedReport> earlier = ReportReader::readFile(path, &error);
    if (!earlier) {
        MessageDialog::critical(this, tr("Report not compared"), error);
        return;
    }
    // This run read back through its own JSON: both sides of the comparison are exactly what a saved report says.
    std::optional<SavedReport> now
        = ReportReader::fromJson(QJsonDocument(JsonReport::toJson(m_session->report())).toJson(), &error);
    if (!now) {
        MessageDialog::critical(this, tr("Report not compared"), error);
        return;
    }
    auto* dialog = new ComparisonDialog(ReportComparison::compare(*earlier, *now), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_feedback->setText(tr("Compared with %1.").arg(QDir::toNativeSeparators(path)));
}
