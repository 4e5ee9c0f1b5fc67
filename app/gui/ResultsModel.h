#pragma once

#include "CheckResult.h"
#include "Feature.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

// The checks of a run as a tree: one group per feature, one row per check, updated live as results arrive.
// Both the Run page's live table and the Report page's filtered table show it.
class ResultsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum Column
    {
        CheckColumn,
        ProtocolColumn,
        StatusColumn,
        ResultColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role
    {
        CheckIdRole = Qt::UserRole + 1,
        StatusRole, // CheckStatus as int; groups: their worst status
        HostRole, // the host tested, for the search
        IsGroupRole,
    };

    explicit ResultsModel(QObject* parent = nullptr);

    // Empties the table; the features give the groups' order (a check goes under the first one it serves).
    void reset(const QList<Feature>& features);
    // Adds a check, or replaces the one with the same id (after "Retry failed").
    void upsert(const CheckResult& result);
    // The same for many at once: one insertion per group, so views and filters lay out once per batch.
    void upsert(const QList<CheckResult>& results);
    const CheckResult* check(const QModelIndex& index) const;
    const CheckResult* check(const QString& id) const;
    int checkCount() const;
    // A group's line in the status column: "2 of 3 passed".
    static QString passedOf(int passed, qsizetype total);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        std::optional<Feature> feature; // nullopt: checks that serve no selected feature (e.g. the clock)
        QList<CheckResult> checks;
    };

    int groupFor(const CheckResult& result);
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant checkData(const CheckResult& result, int column, int role) const;

    QList<Feature> m_features;
    QList<Group> m_groups;
    QHash<QString, QPair<int, int>> m_positions; // check id -> (group, row)
};
