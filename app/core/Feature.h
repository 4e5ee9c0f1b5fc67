#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// A part of Power Automate whose network needs differ: each selects its own endpoints from the catalog.
enum class Feature
{
    CloudFlows,
    Mobile,
    Desktop,
    Gateway
};

namespace Features {
QList<Feature> all();
QString id(Feature feature); // stable identifier used in catalogs, options and reports
std::optional<Feature> fromId(QStringView id);
QString displayName(Feature feature);
QString description(Feature feature);
QStringList ids(const QList<Feature>& features);
} // namespace Features
