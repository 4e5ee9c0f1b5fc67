#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The Microsoft cloud a tenant lives in. Each one has its own sign-in, API and relay hosts.
enum class Cloud
{
    Public,
    Gcc,
    GccHigh,
    Dod,
    China
};

namespace Clouds {
QList<Cloud> all();
QString id(Cloud cloud); // stable identifier used in catalogs, options and reports
std::optional<Cloud> fromId(QStringView id);
QString displayName(Cloud cloud);
QString audience(Cloud cloud); // one line saying who the cloud is for
QStringList ids();
} // namespace Clouds
