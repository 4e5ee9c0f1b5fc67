#pragma once

#include "Catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Reads catalog files (schema version 1) with strict validation: anything unknown or malformed is rejected with
// one message "FILE: JSON.PATH: problem" ("FILE: line L, column C: ..." when the JSON itself is broken).
class CatalogLoader final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static constexpr qint64 kMaxFileSize = qint64(16) * 1024 * 1024;

    static std::optional<Catalog> loadJson(const QByteArray& json, const QString& fileName, QString* error);
    static std::optional<Catalog> loadFile(const QString& path, QString* error);
    // The catalog shipped inside the program (:/catalog/power-automate.json).
    static Catalog builtIn();
    // The built-in catalog, or catalogFile when not empty (a file without expectedRoots gets the built-in roots),
    // then each extra file appended. An id defined twice anywhere is an error.
    static std::optional<Catalog> loadForRun(const QString& catalogFile, const QStringList& extraFiles, QString* error);

    static QString builtInName(); // "built-in", as listed in Catalog::files

private:
    static bool readTopLevel(const QJsonObject& root, Catalog* catalog, QString* problem);
    static bool readDate(const QJsonObject& root, Catalog* catalog, QString* problem);
    static bool readRoots(const QJsonObject& root, Catalog* catalog, QString* problem);
    static bool readEndpoints(const QJsonObject& root, Catalog* catalog, QString* problem);
};
