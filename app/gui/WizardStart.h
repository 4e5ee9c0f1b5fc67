#pragma once

#include "RunOptions.h"

// How the wizard was started: options from the command line and which of them the user gave explicitly,
// so `--cloud`/`--features` (and `--connect-to`, `--catalog`, ...) preselect what the pages show.
struct WizardStart
{
    RunOptions options;
    bool cloudGiven = false;
    bool featuresGiven = false;
    bool useSavedChoices = true; // restore the choices remembered from the last run
};
