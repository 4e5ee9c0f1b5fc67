#pragma once

#include "Catalog.h"
#include "RunOptions.h"
#include "WizardStart.h"
#include "catalog/PlaceholderRules.h"

#include <QString>
#include <QStringList>

#include <optional>

// The one model of the user's choices that the wizard owns and hands to its thin pages (KeePassXC's
// NewDatabaseWizard shape). Pages read it when shown and write it when left; the run starts from it.
class WizardModel final
{
public:
    WizardModel() = default;

    RunOptions& options() { return m_options; }
    const RunOptions& options() const { return m_options; }

    // Merges the command line over the remembered choices: explicit command-line values win.
    static RunOptions initialOptions(const RunOptions& saved, const WizardStart& start);

    // Placeholder names ("dataverse", "servicebus-namespace") that the selected cloud and features need,
    // read from the catalog the run will use. Empty when the catalog cannot be read (the run then says why).
    QStringList placeholdersNeeded() const;
    // Core's rules for the placeholders' values in the current cloud and selection (of all catalogs).
    PlaceholderRules placeholderRules() const;

private:
    const Catalog* catalog() const;

    RunOptions m_options;
    mutable std::optional<Catalog> m_catalog;
    mutable QStringList m_catalogKey; // the catalog file, then the extra ones
    mutable bool m_catalogLoaded = false;
};
