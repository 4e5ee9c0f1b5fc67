#include "ProxySetting.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    case Mode::Pac:
        return QStringLiteral("pac");
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

QString ProxySetting::pacDisplay() const
{
    if (mode != Mode::Pac)
        return {};
    return pacUrl.isLocalFile() ? pacUrl.toLocalFile() : pacUrl.toDisplayString(QUrl::RemovePassword);
}

ProxySetting ProxySetting::fromPac(const QString& text, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return ProxySetting {};
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("ProxySetting", "no proxy auto-config script given"));
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // "C:\proxy.pac" parses as scheme "c": one letter is a drive, not a scheme.
    if (scheme.size() <= 1)
        url = QUrl::fromLocalFile(trimmed);
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("file"))
        return fail(QCoreApplication::translate(
            "ProxySetting", "proxy auto-config scheme '%1' is not supported (use a file, http:// or https://)")
                        .arg(url.scheme()));
    if (!url.isValid() || (!url.isLocalFile() && url.host().isEmpty()))
        return fail(
            QCoreApplication::translate("ProxySetting", "'%1' is not a file or URL of a proxy auto-config script")
                .arg(trimmed));
    if (url.isLocalFile()) {
        const QFileInfo file(url.toLocalFile());
        if (!file.isFile() || !file.isReadable())
            return fail(
                QCoreApplication::translate("ProxySetting", "the proxy auto-config script %1 is not a readable file")
                    .arg(file.filePath()));
        url = QUrl::fromLocalFile(file.absoluteFilePath());
    }
    ProxySetting setting;
    setting.mode = Mode::Pac;
    setting.pacUrl = url;
    return setting;
}
