#include "ResultsTable.h"

#include "Diagnosis.h"
#include "ResultsModel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

void ResultsTable::configure(QTreeView* view)
{
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTextElideMode(Qt::ElideMiddle); // long relay host names keep their domain and port

    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    const auto widest = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    const QAbstractItemModel* model = view->model();
    const auto header = [&](int column) { return model->headerData(column, Qt::Horizontal).toString(); };
    QStringList statuses {header(ResultsModel::StatusColumn), ResultsModel::passedOf(200, 200)};
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Skipped})
        statuses << CheckStatuses::displayName(status);

    QHeaderView* columns = view->header();
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(40);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(ResultsModel::CheckColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ResultsModel::ResultColumn, QHeaderView::Stretch);
    columns->resizeSection(
        ResultsModel::ProtocolColumn, widest({header(ResultsModel::ProtocolColumn), QStringLiteral("https")}));
    columns->resizeSection(ResultsModel::StatusColumn, widest(statuses) + 20); // + the status icon
    columns->resizeSection(
        ResultsModel::TimeColumn, widest({header(ResultsModel::TimeColumn), ResultsModel::tr("%1 ms").arg(99999)}));
}
