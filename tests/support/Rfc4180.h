#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A strict RFC 4180 reader for the CSV that netready writes: CRLF records, fields quoted when they hold a
// comma, quote or line break. Tests read CSV back with it so a spreadsheet would see the same cells.
class Rfc4180 final
{
public:
    Rfc4180() = delete;

    // The records of text; no records and a reason in *error (when given) as soon as text breaks the rules
    // (bare CR or LF, a quote inside an unquoted field, text after a closing quote, an unterminated quote,
    // a last record without CRLF).
    static QList<QStringList> parse(const QString& text, QString* error = nullptr);
};
