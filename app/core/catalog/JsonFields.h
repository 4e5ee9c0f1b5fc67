#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Typed reads of catalog JSON values. Every failure becomes one "PATH: problem" line, so a user can find the
// offending spot in a file of hundreds of entries.
class JsonFields final
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    static QString member(const QString& path, const QString& key); // "endpoints[3]" + "port" -> "endpoints[3].port"
    static QString element(const QString& path, qsizetype index); // "ports" + 2 -> "ports[2]"
    // A short rendering of a JSON value for messages: 70000, 'text', true, null, an array, an object.
    static QString describe(const QJsonValue& value);
    static QString problem(const QString& path, const QString& message);
    // A JSON text whose top level is an object; nullopt with "not valid JSON at offset N: ..." or "the top level
    // must be an object" otherwise.
    static std::optional<QJsonObject> parseObject(const QByteArray& json, QString* problem);
    // Up to cap + 1 bytes of a file, so that a caller can tell "larger than the cap" without trusting size()
    // (pipes and devices report 0); read in pieces, as read(cap + 1) would set aside the whole cap at once.
    static QByteArray readCapped(QIODevice& device, qint64 cap);

    // False with "PATH.KEY: unknown key ..." for the first key not in allowed.
    static bool checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& path, QString* problem);
    // Reads a non-empty string. Absent and not required: true, target untouched.
    static bool readString(const QJsonObject& object, const QString& key, const QString& path, bool required,
        QString* target, QString* problem);
    static bool readArray(
        const QJsonObject& object, const QString& key, const QString& path, QJsonArray* target, QString* problem);
    // A whole number in [min, max]; the message names the range.
    static bool readInteger(const QJsonValue& value, const QString& path, int min, int max, int* target,
        const QString& what, QString* problem);
};
