#include "ProxyResolver.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

ProxyResolver::ProxyResolver(ProxySetting setting)
    : m_setting(std::move(setting))
{
}

std::optional<ProxyRoute> ProxyResolver::routeFor(
    const QString& scheme, const QString& host, quint16 port, QString* note) const
{
    switch (m_setting.mode) {
    case ProxySetting::Mode::None:
        return std::nullopt;
    case ProxySetting::Mode::Manual: {
        QString entry;
        if (m_setting.bypass.matches(scheme, host, port, &entry)) {
            if (note)
                *note = QCoreApplication::translate("ProxyResolver", "direct: the bypass list's entry '%1' matches %2")
                            .arg(entry, host);
            return std::nullopt;
        }
        return ProxyRoute {m_setting.url.host(), quint16(m_setting.url.port()), m_setting.user, m_setting.password,
            m_setting.authMode};
    }
    case ProxySetting::Mode::Pac: // ProxyRoutes asks the script: it needs a thread of its own
        return std::nullopt;
    case ProxySetting::Mode::System:
        break;
    }

    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy& proxy : proxies) {
        switch (proxy.type()) {
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::DefaultProxy:
            return std::nullopt;
        case QNetworkProxy::HttpProxy:
        case QNetworkProxy::HttpCachingProxy: {
            // A user typed for this run (--proxy-user, the Network page) serves the system's proxy too.
            const bool typed = proxy.user().isEmpty() && !m_setting.user.isEmpty();
            return ProxyRoute {proxy.hostName(), proxy.port(), typed ? m_setting.user : proxy.user(),
                typed ? m_setting.password : proxy.password(), m_setting.authMode};
        }
        case QNetworkProxy::Socks5Proxy:
        case QNetworkProxy::FtpCachingProxy:
            if (note)
                *note = QCoreApplication::translate(
                    "ProxyResolver", "the system proxy %1:%2 is not an HTTP proxy; checked directly")
                            .arg(proxy.hostName())
                            .arg(proxy.port());
            continue;
        }
    }
    return std::nullopt;
}

QString ProxyResolver::describeSystemProxy(QString* note)
{
    const ProxyResolver resolver(ProxySetting {});
    const auto route = resolver.routeFor(QStringLiteral("https"), QStringLiteral("make.powerautomate.com"), 443, note);
    return route ? route->display() : QString();
}
