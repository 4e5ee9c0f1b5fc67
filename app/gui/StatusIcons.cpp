#include "StatusIcons.h"

QIcon StatusIcons::forStatus(CheckStatus status)
{
    return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(CheckStatuses::id(status)));
}

QIcon StatusIcons::running()
{
    return QIcon(QStringLiteral(":/icons/status-running.svg"));
}

QIcon StatusIcons::app()
{
    return QIcon(QStringLiteral(":/icons/netready.svg"));
}
