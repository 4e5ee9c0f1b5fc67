#include "Rfc4180.h"

namespace {
QList<QStringList> malformed(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return {};
}
} // namespace

QList<QStringList> Rfc4180::parse(const QString& text, QString* error)
{
    if (error)
        error->clear();
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    qsizetype i = 0;
    const auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r')
                    return malformed(error, QStringLiteral("text after a closing quote at %1").arg(i));
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == u'"') {
            if (fieldStarted)
                return malformed(error, QStringLiteral("quote inside an unquoted field at %1").arg(i));
            quoted = true;
            fieldStarted = true;
            ++i;
        } else if (c == u',') {
            endField();
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return malformed(error, QStringLiteral("CR without LF at %1").arg(i));
            endField();
            rows << row;
            row.clear();
            i += 2;
        } else if (c == u'\n') {
            return malformed(error, QStringLiteral("bare LF at %1").arg(i));
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (quoted)
        return malformed(error, QStringLiteral("unterminated quote"));
    if (fieldStarted || !row.isEmpty())
        return malformed(error, QStringLiteral("last record without CRLF"));
    return rows;
}
