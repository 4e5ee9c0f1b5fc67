#include "ResultsModel.h"

#include "StatusIcons.h"
#include "reports/ReportContent.h"

#include <QFont>
#include <QMap>
#include <QSet>

namespace {
constexpr quintptr kGroupId = 0; // internalId of group rows; check rows store group index + 1

} // namespace

ResultsModel::ResultsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ResultsModel::reset(const QList<Feature>& features)
{
    beginResetModel();
    m_features = features;
    m_groups.clear();
    m_positions.clear();
    endResetModel();
}

int ResultsModel::groupFor(const CheckResult& result)
{
    std::optional<Feature> wanted;
    for (const Feature feature : m_features) {
        if (result.features.contains(feature)) {
            wanted = feature;
            break;
        }
    }
    // Groups stay in the order of the selected features, the featureless group last.
    const auto rank
        = [&](const std::optional<Feature>& f) { return f ? int(m_features.indexOf(*f)) : int(m_features.size()); };
    int position = 0;
    for (; position < m_groups.size(); ++position) {
        if (m_groups[position].feature == wanted)
            return position;
        if (rank(m_groups[position].feature) > rank(wanted))
            break;
    }
    beginInsertRows({}, position, position);
    m_groups.insert(position, Group {wanted, {}});
    endInsertRows();
    for (auto it = m_positions.begin(); it != m_positions.end(); ++it) {
        if (it->first >= position)
            ++it->first;
    }
    return position;
}

void ResultsModel::upsert(const CheckResult& result)
{
    const auto known = m_positions.constFind(result.id);
    if (known != m_positions.cend()) {
        const auto [groupRow, row] = *known;
        m_groups[groupRow].checks[row] = result;
        const QModelIndex groupIndex = index(groupRow, 0);
        emit dataChanged(index(row, 0, groupIndex), index(row, ColumnCount - 1, groupIndex));
        emit dataChanged(groupIndex, index(groupRow, ColumnCount - 1));
        return;
    }
    const int groupRow = groupFor(result);
    Group& group = m_groups[groupRow];
    const int row = int(group.checks.size());
    beginInsertRows(index(groupRow, 0), row, row);
    group.checks << result;
    m_positions.insert(result.id, {groupRow, row});
    endInsertRows();
    emit dataChanged(index(groupRow, 0), index(groupRow, ColumnCount - 1));
}

void ResultsModel::upsert(const QList<CheckResult>& results)
{
    QList<CheckResult> fresh;
    QList<CheckResult> replacements;
    QSet<QString> seen;
    for (const CheckResult& result : results) {
        if (m_positions.contains(result.id) || seen.contains(result.id)) {
            replacements << result;
        } else {
            seen.insert(result.id);
            fresh << result;
        }
    }
    // Create the groups first: inserting a group shifts the rows of the groups after it.
    for (const CheckResult& result : std::as_const(fresh))
        groupFor(result);
    QMap<int, QList<CheckResult>> added;
    for (const CheckResult& result : std::as_const(fresh))
        added[groupFor(result)] << result;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        Group& group = m_groups[it.key()];
        const int first = int(group.checks.size());
        beginInsertRows(index(it.key(), 0), first, first + int(it.value().size()) - 1);
        for (const CheckResult& result : it.value()) {
            m_positions.insert(result.id, {it.key(), int(group.checks.size())});
            group.checks << result;
        }
        endInsertRows();
        emit dataChanged(index(it.key(), 0), index(it.key(), ColumnCount - 1));
    }
    // Replacements (after "Retry failed") are few: one by one.
    for (const CheckResult& result : std::as_const(replacements))
        upsert(result);
}

const CheckResult* ResultsModel::check(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const int groupRow = int(index.internalId() - 1);
    if (groupRow >= m_groups.size() || index.row() >= m_groups[groupRow].checks.size())
        return nullptr;
    return &m_groups[groupRow].checks[index.row()];
}

const CheckResult* ResultsModel::check(const QString& id) const
{
    const auto known = m_positions.constFind(id);
    if (known == m_positions.cend())
        return nullptr;
    return &m_groups[known->first].checks[known->second];
}

int ResultsModel::checkCount() const
{
    return int(m_positions.size());
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].checks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].checks.size());
}

int ResultsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups[index.row()], index.column(), role);
    if (const CheckResult* result = check(index))
        return checkData(*result, index.column(), role);
    return {};
}

QString ResultsModel::passedOf(int passed, qsizetype total)
{
    //: A group of checks in the results table: %n checks of %1 passed.
    return tr("%n of %1 passed", nullptr, passed).arg(total);
}

QVariant ResultsModel::groupData(const Group& group, int column, int role) const
{
    CheckStatus worst = CheckStatus::Pass;
    int passed = 0;
    for (const CheckResult& result : group.checks) {
        if (CheckStatuses::severity(result.status()) < CheckStatuses::severity(worst))
            worst = result.status();
        if (result.status() == CheckStatus::Pass)
            ++passed;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == CheckColumn)
            return group.feature ? Features::displayName(*group.feature) : tr("Other checks");
        if (column == StatusColumn)
            return passedOf(passed, group.checks.size());
        return {};
    case Qt::DecorationRole:
        return column == StatusColumn && !group.checks.isEmpty() ? StatusIcons::forStatus(worst) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case StatusRole:
        return int(worst);
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QVariant ResultsModel::checkData(const CheckResult& result, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CheckColumn:
            return ReportContent::endpoint(result); // as every report shows it: no port for settings and the clock
        case ProtocolColumn:
            return Protocols::id(result.protocol);
        case StatusColumn:
            return CheckStatuses::displayName(result.status());
        case ResultColumn:
            return Diagnoses::title(result.diagnosis);
        case TimeColumn:
            return tr("%1 ms").arg(result.durationMs);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Tooltips render rich text; the detail quotes what servers sent, so it is shown as plain text.
        if ((column != ResultColumn && column != CheckColumn) || result.detail.isEmpty())
            return QVariant();
        return QStringLiteral("<p>%1</p>").arg(result.detail.toHtmlEscaped());
    case Qt::DecorationRole:
        return column == StatusColumn ? StatusIcons::forStatus(result.status()) : QVariant();
    case Qt::TextAlignmentRole:
        return column == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CheckIdRole:
        return result.id;
    case StatusRole:
        return int(result.status());
    case HostRole:
        return QString(result.host + QLatin1Char(' ') + result.probe);
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Host and port");
    case ProtocolColumn:
        return tr("Protocol");
    case StatusColumn:
        return tr("Status");
    case ResultColumn:
        return tr("Result");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}
