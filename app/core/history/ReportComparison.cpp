#include "ReportComparison.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <utility>

namespace {
bool passes(const QString& status)
{
    return status == QLatin1String("pass") || status == QLatin1String("warn");
}

bool fails(const QString& status)
{
    return status == QLatin1String("fail");
}

ReportComparison::Category categoryOf(const SavedCheck& before, const SavedCheck& after)
{
    using Category = ReportComparison::Category;
    if (fails(before.status) && fails(after.status))
        return Category::StillFailing;
    if (passes(before.status) && fails(after.status))
        return Category::Broke;
    if (fails(before.status) && passes(after.status))
        return Category::Fixed;
    if (before.status != after.status)
        return Category::Changed;
    return Category::Unchanged;
}
} // namespace

QList<ReportComparison::Category> ReportComparison::reportedCategories()
{
    return {Category::Broke, Category::Fixed, Category::StillFailing, Category::Changed, Category::Added,
        Category::Dropped};
}

QString ReportComparison::categoryId(Category category)
{
    switch (category) {
    case Category::Broke:
        return QStringLiteral("broke");
    case Category::Fixed:
        return QStringLiteral("fixed");
    case Category::StillFailing:
        return QStringLiteral("still-failing");
    case Category::Changed:
        return QStringLiteral("changed");
    case Category::Added:
        return QStringLiteral("added");
    case Category::Dropped:
        return QStringLiteral("dropped");
    case Category::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

ReportComparison ReportComparison::compare(SavedReport before, SavedReport after)
{
    ReportComparison result;
    QHash<QString, qsizetype> beforeIndex;
    for (qsizetype i = 0; i < before.checks.size(); ++i)
        beforeIndex.insert(before.checks.at(i).identity, i);

    QList<bool> matched(before.checks.size(), false);
    for (const SavedCheck& check : after.checks) {
        Entry entry;
        entry.identity = check.identity;
        entry.after = check;
        const auto found = beforeIndex.constFind(check.identity);
        if (found == beforeIndex.constEnd()) {
            entry.category = Category::Added;
        } else {
            matched[*found] = true;
            entry.before = before.checks.at(*found);
            entry.category = categoryOf(*entry.before, check);
        }
        result.m_entries << entry;
    }
    for (qsizetype i = 0; i < before.checks.size(); ++i) {
        if (matched.at(i))
            continue;
        Entry entry;
        entry.category = Category::Dropped;
        entry.identity = before.checks.at(i).identity;
        entry.before = before.checks.at(i);
        result.m_entries << entry;
    }
    result.m_before = std::move(before);
    result.m_after = std::move(after);
    return result;
}

QList<ReportComparison::Entry> ReportComparison::entries(Category category) const
{
    QList<Entry> result;
    std::copy_if(m_entries.cbegin(), m_entries.cend(), std::back_inserter(result),
        [category](const Entry& entry) { return entry.category == category; });
    return result;
}

int ReportComparison::count(Category category) const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [category](const Entry& entry) { return entry.category == category; }));
}
