#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads tests/data/power-automate-seed-rows.tsv, the rows of Microsoft's published endpoint tables that the
// catalog and the endpoint listing are checked against.
class SeedRowsFile final
{
public:
    SeedRowsFile() = delete;

    // Each row's five fields (table, domain, protocol, clouds, features); blank lines and # comments skipped.
    // No rows when the file cannot be read or any row has another number of fields.
    static QList<QStringList> read(const QString& path);
};
