#include "PhaseEnd.h"

namespace {
struct PhaseEndName
{
    PhaseEnd end;
    const char* id;
};

constexpr PhaseEndName kNames[] = {
    {PhaseEnd::Completed, "completed"},
    {PhaseEnd::Closed, "closed"},
    {PhaseEnd::Reset, "reset"},
    {PhaseEnd::TimedOut, "timeout"},
    {PhaseEnd::Cut, "cut"},
    {PhaseEnd::Refused, "refused"},
};
} // namespace

QString PhaseEnds::id(PhaseEnd end)
{
    for (const PhaseEndName& name : kNames) {
        if (name.end == end)
            return QString::fromLatin1(name.id);
    }
    return {};
}

std::optional<PhaseEnd> PhaseEnds::fromId(QStringView id)
{
    for (const PhaseEndName& name : kNames) {
        if (id == QLatin1String(name.id))
            return name.end;
    }
    return std::nullopt;
}
