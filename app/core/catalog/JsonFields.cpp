#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

QString JsonFields::member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFields::element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonFields::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    case QJsonValue::String:
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonFields::problem(const QString& path, const QString& message)
{
    return path + QStringLiteral(": ") + message;
}

bool JsonFields::checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& path, QString* problem)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            *problem = JsonFields::problem(
                member(path, it.key()), tr("unknown key (allowed: %1)").arg(allowed.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

bool JsonFields::readString(const QJsonObject& object, const QString& key, const QString& path, bool required,
    QString* target, QString* problem)
{
    const QString where = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (!required)
            return true;
        *problem = JsonFields::problem(where, tr("required field is missing"));
        return false;
    }
    if (!value.isString()) {
        *problem = JsonFields::problem(where, tr("%1 is not a string").arg(describe(value)));
        return false;
    }
    if (value.toString().trimmed().isEmpty()) {
        *problem = JsonFields::problem(where, tr("must not be empty"));
        return false;
    }
    *target = value.toString();
    return true;
}

bool JsonFields::readArray(
    const QJsonObject& object, const QString& key, const QString& path, QJsonArray* target, QString* problem)
{
    const QString where = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *problem = JsonFields::problem(where, tr("required field is missing"));
        return false;
    }
    if (!value.isArray()) {
        *problem = JsonFields::problem(where, tr("%1 is not an array").arg(describe(value)));
        return false;
    }
    if (value.toArray().isEmpty()) {
        *problem = JsonFields::problem(where, tr("must not be an empty array"));
        return false;
    }
    *target = value.toArray();
    return true;
}

bool JsonFields::readInteger(
    const QJsonValue& value, const QString& path, int min, int max, int* target, const QString& what, QString* problem)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number || number < min || number > max) {
        const QString range = QString::number(min) + QLatin1Char('-') + QString::number(max);
        *problem = JsonFields::problem(path, tr("%1 is not %2 (%3)").arg(describe(value), what, range));
        return false;
    }
    *target = static_cast<int>(number);
    return true;
}

std::optional<QJsonObject> JsonFields::parseObject(const QByteArray& json, QString* problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isObject())
        return document.object();
    *problem = parseError.error != QJsonParseError::NoError
        ? tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
        : tr("the top level must be an object");
    return std::nullopt;
}

QByteArray JsonFields::readCapped(QIODevice& device, qint64 cap)
{
    constexpr qint64 kPiece = qint64(64) * 1024;
    QByteArray data;
    while (data.size() <= cap) {
        const QByteArray piece = device.read(std::min(kPiece, cap + 1 - data.size()));
        if (piece.isEmpty())
            break;
        data += piece;
    }
    return data;
}
