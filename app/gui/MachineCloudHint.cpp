#include "MachineCloudHint.h"

std::optional<Cloud> MachineCloudHint::fromRegistryValue(int value)
{
    switch (value) {
    case 2:
        return Cloud::Public;
    case 3:
        return Cloud::Gcc;
    case 4:
        return Cloud::GccHigh;
    case 5:
        return Cloud::Dod;
    case 6:
        return Cloud::China;
    default:
        return std::nullopt;
    }
}

#ifndef Q_OS_WIN
std::optional<Cloud> MachineCloudHint::read()
{
    return std::nullopt; // only Windows has Power Automate for desktop and its registry
}
#endif
