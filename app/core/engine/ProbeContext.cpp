#include "ProbeContext.h"

namespace {
QSslConfiguration makeSslConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    return configuration;
}
} // namespace

ProbeContext::ProbeContext(const ProbeSettings& probeSettings)
    : settings(probeSettings)
    , sslConfiguration(makeSslConfiguration())
    , extraTrust(probeSettings.extraCaCertificates)
    , systemProxy(
          probeSettings.proxy.mode == ProxySetting::Mode::System ? ProxyResolver::describeSystemProxy() : QString())
    , chainAnalyzer(
          QSslConfiguration::systemCaCertificates() + probeSettings.extraCaCertificates, probeSettings.expectedRoots)
    , blockPages(BlockPageRules::builtIn())
{
}
