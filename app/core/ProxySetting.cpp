#include "ProxySetting.h"

#include <QCoreApplication>

QString ProxySetting::displayUrl() const
{
    if (mode != Mode::Manual)
        return {};
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString ProxySetting::modeId() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

ProxySetting ProxySetting::fromUrl(const QString& text, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return ProxySetting {};
    };
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return fail(QCoreApplication::translate("ProxySetting", "'%1' is not a proxy URL (expected http://host:port)")
                        .arg(parsed.toDisplayString(QUrl::RemovePassword)));
    if (parsed.scheme() != QLatin1String("http"))
        return fail(QCoreApplication::translate("ProxySetting", "proxy scheme '%1' is not supported (use http://)")
                        .arg(parsed.scheme()));
    if (parsed.port() <= 0)
        return fail(QCoreApplication::translate("ProxySetting", "proxy URL needs a port, e.g. http://%1:8080")
                        .arg(parsed.host()));
    if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/"))
        return fail(QCoreApplication::translate("ProxySetting", "proxy URL must not have a path"));
    ProxySetting setting;
    setting.mode = Mode::Manual;
    setting.user = parsed.userName(QUrl::FullyDecoded);
    setting.password = parsed.password(QUrl::FullyDecoded);
    setting.url = parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath);
    return setting;
}
