#include "RegionListCommand.h"

#include "catalog/RelayNamespaces.h"

#include <QFile>

#include <algorithm>

int RegionListCommand::run(QIODevice& out) const
{
    const std::shared_ptr<const RelayNamespaces> relays = RelayNamespaces::builtIn();
    QString text = tr("Regions of Microsoft's list of Service Bus namespaces for the desktop flows runtime "
                      "(public cloud; page of %1), with how many each region has:")
                       .arg(relays->pageDate())
        + QLatin1Char('\n');
    qsizetype width = 0;
    for (const RelayRegion& region : relays->regions())
        width = std::max(width, region.name.size());
    for (const RelayRegion& region : relays->regions()) {
        const auto previews = std::count_if(region.namespaces.cbegin(), region.namespaces.cend(),
            [](const RelayNamespace& relay) { return relay.preview; });
        QString line = QStringLiteral("  %1  %2").arg(region.name, -int(width)).arg(region.namespaces.size(), 3);
        if (previews > 0)
            //: after a region and its number of namespaces: how many of them serve preview environments
            line += QStringLiteral("  ") + tr("(%n preview)", nullptr, int(previews));
        text += line + QLatin1Char('\n');
    }
    text
        += tr("--region NAME tests every namespace of one region; the name is not case-sensitive.") + QLatin1Char('\n');
    out.write(text.toUtf8());
    return 0;
}

int RegionListCommand::run() const
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    return run(out);
}
