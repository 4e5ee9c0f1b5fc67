#include "ProxyAuth.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ProxyAuthMode, const char*>, 6> kModes {{
    {ProxyAuthMode::Auto, "auto"},
    {ProxyAuthMode::Negotiate, "negotiate"},
    {ProxyAuthMode::Ntlm, "ntlm"},
    {ProxyAuthMode::Digest, "digest"},
    {ProxyAuthMode::Basic, "basic"},
    {ProxyAuthMode::None, "none"},
}};
} // namespace

QString ProxyAuthModes::id(ProxyAuthMode mode)
{
    for (const auto& [value, name] : kModes) {
        if (value == mode)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ProxyAuthMode> ProxyAuthModes::fromId(QStringView id)
{
    for (const auto& [value, name] : kModes) {
        if (id.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList ProxyAuthModes::ids()
{
    QStringList list;
    for (const auto& entry : kModes)
        list << QString::fromLatin1(entry.second);
    return list;
}

QString ProxyAuthAttempt::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::NoTicket:
        return QStringLiteral("no-ticket");
    case Outcome::NoCredentials:
        return QStringLiteral("no-credentials");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::NotSupported:
        return QStringLiteral("not-supported");
    case Outcome::NotOffered:
        return QStringLiteral("not-offered");
    case Outcome::LibraryMissing:
        return QStringLiteral("library-missing");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
