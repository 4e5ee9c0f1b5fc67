#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QVarLengthArray>

// Writes JSON text in exactly the layout of QJsonDocument::Indented (four spaces a level, ",\n" between
// elements, an empty container as "[\n<indent>]", strings escaped the same way), straight from the values,
// without building a QJsonObject first: the checks of a large report are written this way. Members come out
// in the order they are written; QJsonDocument sorts them, so callers write them sorted.
class IndentedJsonWriter final
{
public:
    // Appends to out; the first value is written as if it stood at the given depth (its first line is not
    // indented: the caller has placed it).
    IndentedJsonWriter(QByteArray& out, int depth);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The name of the next member of the current object.
    void name(QLatin1StringView key);

    void string(QStringView text);
    void integer(qint64 number);
    void boolean(bool value);
    void null();
    void stringOrNull(const QString& text); // null for an empty string
    void strings(const QStringList& list); // an array of strings

    // Appends text as a JSON string's contents, escaped as QJsonDocument escapes it.
    static void appendEscaped(QByteArray& out, QStringView text);

private:
    void beginValue();
    void open(char bracket);
    void close(char bracket);
    void indent(int depth);

    QByteArray& m_out;
    int m_baseDepth;
    QVarLengthArray<bool, 8> m_empty; // one per open container: nothing written in it yet
    bool m_afterName = false;
};
