#pragma once

#include "RunOptions.h"
#include "proxy/ComponentProxies.h"

#include <functional>

// How the wizard was started: options from the command line and which of them the user gave explicitly,
// so `--cloud`/`--features` (and `--connect-to`, `--catalog`, ...) preselect what the pages show.
struct WizardStart
{
    RunOptions options;
    bool cloudGiven = false;
    bool featuresGiven = false;
    bool useSavedChoices = true; // restore the choices remembered from the last run
    // Reads the proxies of Power Automate's components for the Network page (off the GUI thread).
    std::function<ComponentProxies()> readComponentProxies = &ComponentProxies::readThisMachine;
};
