#include "RunOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

bool ConnectToRule::matches(const QString& targetHost, quint16 targetPort) const
{
    return (host.isEmpty() || host.compare(targetHost, Qt::CaseInsensitive) == 0) && (port == 0 || port == targetPort);
}

std::optional<ConnectToRule> ConnectToRule::parse(const QString& text, QString* error)
{
    // host or [ipv6], then port, twice; either side's host and port may be empty.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[^:\[\]]*):(\d*):(\[[0-9A-Fa-f:.]+\]|[^:\[\]]*):(\d*)$)"));
    const auto fail = [&](const QString& why) -> std::optional<ConnectToRule> {
        if (error)
            *error = QCoreApplication::translate("ConnectToRule", "--connect-to '%1': %2").arg(text, why);
        return std::nullopt;
    };
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("ConnectToRule", "expected HOST:PORT:CONNECT_HOST:CONNECT_PORT"));
    const auto parsePort = [](const QString& s, bool* ok) -> quint16 {
        if (s.isEmpty()) {
            *ok = true;
            return 0;
        }
        const uint value = s.toUInt(ok);
        *ok = *ok && value >= 1 && value <= 65535;
        return quint16(value);
    };
    const auto unbracket = [](QString s) {
        if (s.startsWith(QLatin1Char('[')))
            s = s.mid(1, s.size() - 2);
        return s;
    };
    ConnectToRule rule;
    bool ok = false;
    rule.host = unbracket(match.captured(1));
    rule.port = parsePort(match.captured(2), &ok);
    if (!ok)
        return fail(
            QCoreApplication::translate("ConnectToRule", "'%1' is not a port (1-65535)").arg(match.captured(2)));
    rule.connectHost = unbracket(match.captured(3));
    rule.connectPort = parsePort(match.captured(4), &ok);
    if (!ok)
        return fail(
            QCoreApplication::translate("ConnectToRule", "'%1' is not a port (1-65535)").arg(match.captured(4)));
    if (rule.connectHost.isEmpty())
        return fail(QCoreApplication::translate("ConnectToRule", "CONNECT_HOST must not be empty"));
    return rule;
}
