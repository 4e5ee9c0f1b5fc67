#pragma once

#include "Cloud.h"

#include <optional>

// What the machine's own settings say about the cloud: Power Automate for desktop keeps the cloud it signs
// in to in the registry value HKLM\SOFTWARE\Microsoft\Power Automate Desktop\Cloud (Windows only).
class MachineCloudHint final
{
public:
    // The cloud this machine is set to, if it says; always nothing outside Windows.
    static std::optional<Cloud> read();
    // The meaning of the registry value: 2 Public, 3 GCC, 4 GCC High, 5 DoD, 6 China; 0 and 1 choose none.
    static std::optional<Cloud> fromRegistryValue(int value);
};
