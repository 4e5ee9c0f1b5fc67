#pragma once

#include "RunOptions.h"

// Remembers the user's choices between sessions with QSettings: cloud, features, tenant inputs, network
// settings. Never a proxy user name or password: those live only in memory for one run.
class ChoicesSettings final
{
public:
    // Fills in what was remembered; *cloudRemembered tells whether a cloud had been chosen before.
    static RunOptions load(bool* cloudRemembered = nullptr);
    static void save(const RunOptions& options);
};
