#pragma once

#include <QSortFilterProxyModel>

// The Report page's view of the results: all checks or only problems (fail and warn), and a host search.
// Groups stay visible while any of their checks does; once sorted, failures come first within each group.
class ResultsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsFilterModel)

public:
    explicit ResultsFilterModel(QObject* parent = nullptr);

    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    void setHostFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_problemsOnly = false;
    QString m_hostFilter;
};
