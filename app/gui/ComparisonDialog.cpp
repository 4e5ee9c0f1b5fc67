#include "ComparisonDialog.h"

#include "FileDialog.h"
#include "MessageDialog.h"
#include "ReportPage.h"
#include "history/ComparisonFiles.h"
#include "history/ComparisonHtml.h"
#include "history/ComparisonWording.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

ComparisonDialog::ComparisonDialog(ReportComparison comparison, QWidget* parent)
    : QDialog(parent)
    , m_comparison(std::move(comparison))
    , m_view(new QTextBrowser(this))
    , m_feedback(new QLabel(this))
{
    setWindowTitle(ComparisonWording::title());
    setObjectName(QStringLiteral("comparisonDialog"));
    m_view->setObjectName(QStringLiteral("comparisonView"));
    m_view->setAccessibleName(tr("Comparison"));
    m_view->setOpenLinks(false);
    // The print medium is the markup QTextDocument renders well: no browser-only CSS.
    m_view->setHtml(ComparisonHtml::build(m_comparison, ReportHtml::Medium::Print));
    m_feedback->setObjectName(QStringLiteral("comparisonFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* saveButton = buttons->addButton(tr("&Save comparison…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveComparison"));
    connect(saveButton, &QPushButton::clicked, this, &ComparisonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resize(900, 640);
}

QStringList ComparisonDialog::saveFilters()
{
    return {tr("HTML comparison (*.html)"), tr("PDF comparison (*.pdf)"), tr("JSON comparison (*.json)"),
        tr("Text comparison (*.txt)")};
}

void ComparisonDialog::save()
{
    const QString name
        = QStringLiteral("netready-comparison-%1.html")
              .arg(m_comparison.after().hostname.isEmpty() ? QStringLiteral("report") : m_comparison.after().hostname);
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList filters = saveFilters();
    const FileDialog::Answer answer = FileDialog::getSaveFileName(
        this, tr("Save comparison"), QDir(directory).filePath(name), filters, filters.first());
    if (answer.path.isEmpty())
        return;
    const QString path = ReportPage::pathForFilter(answer.path, answer.selectedFilter);
    QString error;
    if (!ComparisonFiles::validate({path}, &error) || !ComparisonFiles::writeAll(m_comparison, {path}, &error)) {
        m_feedback->clear();
        MessageDialog::critical(this, tr("Comparison not saved"), error);
        return;
    }
    m_feedback->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}
