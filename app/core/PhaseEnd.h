#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Why a phase of a check stopped, carried from the socket through the parsers to the verdict, so that a
// detail can say "timed out after 10 s" rather than guess from what is missing.
enum class PhaseEnd
{
    Completed, // the phase did what it had to
    Closed, // the peer closed the connection
    Reset, // the peer (or a device in between) reset the connection
    TimedOut, // nothing more arrived within the timeout
    Cut, // the answer reached the size cap and was cut there
    Refused, // the peer answered, but not with what the phase needed
};

namespace PhaseEnds {
QString id(PhaseEnd end); // completed | closed | reset | timeout | cut | refused
std::optional<PhaseEnd> fromId(QStringView id);
} // namespace PhaseEnds
