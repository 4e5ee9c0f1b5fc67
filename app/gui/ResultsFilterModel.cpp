#include "ResultsFilterModel.h"

#include "Diagnosis.h"
#include "ResultsModel.h"

ResultsFilterModel::ResultsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ResultsFilterModel::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly == problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

void ResultsFilterModel::setHostFilter(const QString& text)
{
    if (m_hostFilter == text.trimmed())
        return;
    m_hostFilter = text.trimmed();
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ResultsModel::IsGroupRole).toBool())
        return false; // shown when a child matches (recursive filtering)
    if (m_problemsOnly) {
        const auto status = CheckStatus(index.data(ResultsModel::StatusRole).toInt());
        if (status != CheckStatus::Fail && status != CheckStatus::Warn)
            return false;
    }
    return m_hostFilter.isEmpty()
        || index.data(ResultsModel::HostRole).toString().contains(m_hostFilter, Qt::CaseInsensitive);
}

bool ResultsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Groups keep the order of the selected features.
    if (!left.parent().isValid())
        return left.row() < right.row();
    const int leftSeverity = CheckStatuses::severity(CheckStatus(left.data(ResultsModel::StatusRole).toInt()));
    const int rightSeverity = CheckStatuses::severity(CheckStatus(right.data(ResultsModel::StatusRole).toInt()));
    if (leftSeverity != rightSeverity)
        return leftSeverity < rightSeverity;
    return left.data().toString() < right.data().toString();
}
