#pragma once

#include <QCoreApplication>
#include <QIODevice>

// --list-regions: prints the regions of Microsoft's list of desktop flows runtime namespaces, with how many
// namespaces each has, so a user can pick the value for --region.
class RegionListCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RegionListCommand)

public:
    int run(QIODevice& out) const; // exit code 0
    int run() const; // stdout
};
