#include "IndentedJsonWriter.h"

namespace {
char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendUnicodeEscape(QByteArray& out, char16_t unit)
{
    const char escape[] = {'\\', 'u', hexDigit(unit >> 12 & 0xf), hexDigit(unit >> 8 & 0xf), hexDigit(unit >> 4 & 0xf),
        hexDigit(unit & 0xf)};
    out.append(escape, sizeof escape);
}

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x800) {
        out += char(0xc0 | code >> 6);
    } else if (code < 0x10000) {
        out += char(0xe0 | code >> 12);
        out += char(0x80 | (code >> 6 & 0x3f));
    } else {
        out += char(0xf0 | code >> 18);
        out += char(0x80 | (code >> 12 & 0x3f));
        out += char(0x80 | (code >> 6 & 0x3f));
    }
    out += char(0x80 | (code & 0x3f));
}
} // namespace

IndentedJsonWriter::IndentedJsonWriter(QByteArray& out, int depth)
    : m_out(out)
    , m_baseDepth(depth)
{
}

void IndentedJsonWriter::appendEscaped(QByteArray& out, QStringView text)
{
    const char16_t* cursor = text.utf16();
    const char16_t* const end = cursor + text.size();
    while (cursor != end) {
        const char16_t unit = *cursor++;
        if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
            out += char(unit);
            continue;
        }
        switch (unit) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (QChar::isHighSurrogate(unit) && cursor != end && QChar::isLowSurrogate(*cursor))
            appendUtf8(out, QChar::surrogateToUcs4(unit, *cursor++));
        else if (unit < 0x20 || QChar::isSurrogate(unit))
            appendUnicodeEscape(out, unit); // a control, or half a pair (not representable in UTF-8)
        else
            appendUtf8(out, unit);
    }
}

void IndentedJsonWriter::indent(int depth)
{
    m_out.append(qsizetype(4) * depth, ' ');
}

void IndentedJsonWriter::beginValue()
{
    if (m_afterName || m_empty.isEmpty()) {
        m_afterName = false;
        return; // a member's value follows its name; the first value was placed by the caller
    }
    // An element of an array.
    if (!m_empty.last())
        m_out += ",\n";
    m_empty.last() = false;
    indent(m_baseDepth + int(m_empty.size()));
}

void IndentedJsonWriter::name(QLatin1StringView key)
{
    if (!m_empty.last())
        m_out += ",\n";
    m_empty.last() = false;
    indent(m_baseDepth + int(m_empty.size()));
    m_out += '"';
    m_out += QByteArrayView(key.data(), key.size());
    m_out += "\": ";
    m_afterName = true;
}

void IndentedJsonWriter::open(char bracket)
{
    beginValue();
    m_out += bracket;
    m_out += '\n';
    m_empty.append(true);
}

void IndentedJsonWriter::close(char bracket)
{
    if (!m_empty.last())
        m_out += '\n';
    m_empty.removeLast();
    indent(m_baseDepth + int(m_empty.size()));
    m_out += bracket;
}

void IndentedJsonWriter::beginObject()
{
    open('{');
}

void IndentedJsonWriter::endObject()
{
    close('}');
}

void IndentedJsonWriter::beginArray()
{
    open('[');
}

void IndentedJsonWriter::endArray()
{
    close(']');
}

void IndentedJsonWriter::string(QStringView text)
{
    beginValue();
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += '"';
}

void IndentedJsonWriter::integer(qint64 number)
{
    beginValue();
    m_out += QByteArray::number(number);
}

void IndentedJsonWriter::boolean(bool value)
{
    beginValue();
    m_out += value ? "true" : "false";
}

void IndentedJsonWriter::null()
{
    beginValue();
    m_out += "null";
}

void IndentedJsonWriter::stringOrNull(const QString& text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void IndentedJsonWriter::strings(const QStringList& list)
{
    beginArray();
    for (const QString& text : list)
        string(text);
    endArray();
}
