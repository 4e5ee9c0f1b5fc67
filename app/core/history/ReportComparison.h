#pragma once

#include "SavedReport.h"

#include <QList>
#include <QString>

#include <optional>

// Two reports of the same machine (before and after a change) matched check by check through their identity:
// what was fixed, what broke, what changed severity, what still fails and what only one of them has.
class ReportComparison final
{
public:
    enum class Category
    {
        Broke, // passed or warned before, fails now
        Fixed, // failed before, passes or warns now
        StillFailing, // fails in both (the diagnosis may differ)
        Changed, // any other change of status: pass <-> warn, to or from skipped
        Added, // only in the later report (selection or catalog differs)
        Dropped, // only in the earlier report
        Unchanged,
    };
    static QList<Category> reportedCategories(); // every category but Unchanged, in the order reports list them
    static QString categoryId(Category category); // broke | fixed | still-failing | changed | added | dropped

    struct Entry
    {
        Category category = Category::Unchanged;
        QString identity;
        std::optional<SavedCheck> before;
        std::optional<SavedCheck> after;

        const SavedCheck& either() const { return after ? *after : *before; }
    };

    static ReportComparison compare(SavedReport before, SavedReport after);

    const SavedReport& before() const { return m_before; }
    const SavedReport& after() const { return m_after; }
    const QList<Entry>& entries() const { return m_entries; }
    QList<Entry> entries(Category category) const;
    int count(Category category) const;

    // Something that passed (or warned) before fails now: the exit code 1 of `--compare`.
    bool somethingBroke() const { return count(Category::Broke) > 0; }
    int exitCode() const { return somethingBroke() ? 1 : 0; }

private:
    SavedReport m_before;
    SavedReport m_after;
    QList<Entry> m_entries; // in the later report's order, then what only the earlier one has
};
