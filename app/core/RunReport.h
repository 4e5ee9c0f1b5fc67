#pragma once

#include "CheckResult.h"
#include "Cloud.h"
#include "Endpoint.h"
#include "Feature.h"
#include "catalog/RelayNamespaces.h"
#include "proxy/ComponentProxies.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// How the run was set up, as the report states it (never credentials).
struct RunSettings
{
    Cloud cloud = Cloud::Public;
    QList<Feature> features;
    QString proxyMode; // system | none | manual
    QString proxyUsed; // e.g. "http://proxy:3128", empty = direct
    QString pacUrl; // the proxy auto-config script the run used (the user's, or the system's), empty = none
    QString proxyAs; // service | me: whose route desktop flows endpoints followed under the system setting
    ComponentProxies componentProxies; // the proxy of each Power Automate component, and where it came from
    QStringList catalogs; // "built-in" or file paths
    QString catalogDate; // YYYY-MM-DD of the main catalog; empty when it does not state one
    int timeoutSeconds = 10;
    int jobs = 16;
    bool checkChainRevocation = false;
    QList<std::pair<QString, QString>> labels; // --label KEY=VALUE, as given
    QString region; // the region whose desktop flows runtime namespaces were tested; empty = none chosen
    QList<RelayNamespace> relayNamespaces; // that region's namespaces, in the list's order
};

// What WPAD discovery (Web Proxy Auto-Discovery) found on this machine: information only, the run does not use it.
struct WpadDiscovery
{
    QString method; // how it looked: "dns" (wpad.<domain> per search domain), "winhttp" (DHCP, then DNS)
    QStringList asked; // the names asked, in order
    QString found; // the name that answered; empty = none
    QString url; // the script it points to (http://wpad.<domain>/wpad.dat); empty = none found
    QString error; // why discovery could not run or what failed
};

// Facts about the machine the run happened on.
struct RunEnvironment
{
    QString hostname;
    QString os;
    QString user;
    std::optional<double> clockSkewSeconds; // server time minus local time
    QStringList clockServers; // hosts whose Date headers gave the skew
    QStringList dnsNotes; // public names resolving to private or sinkhole addresses
    bool ipv4Reachable = false; // some check connected over IPv4
    bool ipv6Reachable = false;
    bool ipv6Resolved = false; // some name had AAAA records
    std::optional<WpadDiscovery> wpad; // null: not looked for
};

// Counts and verdict of a run.
struct RunSummary
{
    enum class Verdict
    {
        Ready,
        ReadyWithWarnings,
        NotReady
    };

    int total = 0;
    int passed = 0;
    int warnings = 0;
    int failed = 0;
    int skipped = 0;

    bool ready() const { return failed == 0; }
    // NOT READY when a check failed; READY WITH WARNINGS when one warned or could not run; else READY.
    Verdict verdict() const;
    QString verdictText() const; // READY | READY WITH WARNINGS | NOT READY
    static RunSummary of(const QList<CheckResult>& checks);
};

// Everything one run found: what every report format is written from.
struct RunReport
{
    QString toolName = QStringLiteral("netready");
    QString toolVersion = QStringLiteral(NETREADY_VERSION);
    QString language = QStringLiteral("en"); // the language of the free texts (Translations::codes())
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    RunSettings settings;
    RunEnvironment environment;
    QList<Endpoint> endpoints; // the selection, for the allowlist
    QList<CheckResult> checks;

    RunSummary summary() const { return RunSummary::of(checks); }
};

Q_DECLARE_METATYPE(RunReport)
