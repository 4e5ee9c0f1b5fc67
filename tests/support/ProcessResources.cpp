#include "ProcessResources.h"

#include <QDir>
#include <QFileInfo>

qsizetype ProcessResources::threads()
{
    return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
}

int ProcessResources::sockets()
{
    int count = 0;
    for (const QFileInfo& fd :
        QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        count += fd.symLinkTarget().contains(QStringLiteral("socket:")) ? 1 : 0;
    return count;
}
