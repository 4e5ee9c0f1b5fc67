#include "ProbeContext.h"

#include "engine/check/TlsHandshake.h"
#include "proxy/SystemPacUrl.h"

namespace {
// The system's CAs for the chain analysis: its hashed directory where it has one (read on demand), else every
// CA of its store, parsed now.
TlsChainAnalyzer makeChainAnalyzer(const ProbeSettings& settings)
{
    const QString directory = TlsChainAnalyzer::systemHashedCaDirectory();
    if (!directory.isEmpty())
        return TlsChainAnalyzer(settings.extraCaCertificates, settings.expectedRoots, directory);
    return TlsChainAnalyzer(
        QSslConfiguration::systemCaCertificates() + settings.extraCaCertificates, settings.expectedRoots);
}

} // namespace

ProbeContext::ProbeContext(const ProbeSettings& probeSettings)
    : settings(probeSettings)
    , routes(probeSettings.timeoutMs, probeSettings.pacHost)
    , connectTo(probeSettings.connectTo)
    , sslConfiguration(TlsHandshake::checkConfiguration())
    , extraTrust(probeSettings.extraCaCertificates)
    , systemProxy(
          probeSettings.proxy.mode == ProxySetting::Mode::System ? ProxyResolver::describeSystemProxy() : QString())
    , systemPacUrl(probeSettings.proxy.mode == ProxySetting::Mode::System ? SystemPacUrl::current() : QString())
    , chainAnalyzer(makeChainAnalyzer(probeSettings))
    , blockPages(BlockPageRules::builtIn())
    , publicRoots(probeSettings.publicRoots ? probeSettings.publicRoots : PublicRoots::builtIn())
{
}
