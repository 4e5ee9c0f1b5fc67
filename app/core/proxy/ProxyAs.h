#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Whose proxy route the checks of desktop flows endpoints follow when no proxy was given explicitly: the desktop
// flows service's (Power Automate's own settings, as the service reads them) or the signed-in user's system proxy.
enum class ProxyAs
{
    Service,
    Me,
};

namespace ProxyAsIds {
QString id(ProxyAs proxyAs); // service | me
std::optional<ProxyAs> fromId(QStringView id);
} // namespace ProxyAsIds
