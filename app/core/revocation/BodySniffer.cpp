#include "BodySniffer.h"

#include <QStringDecoder>

namespace {
constexpr qsizetype kSniffLimit = qsizetype(64) * 1024;
constexpr qsizetype kTextProbe = 512;
constexpr qsizetype kTitleLength = 80;
constexpr qsizetype kFirstLineLength = 60;

QByteArray withoutLeadingSpace(QByteArray head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    qsizetype i = 0;
    while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\r' || head.at(i) == '\n'))
        ++i;
    return head.mid(i);
}

QString shortened(const QString& text, qsizetype maxLength)
{
    QString simple = text.simplified();
    if (simple.size() <= maxLength)
        return simple;
    return simple.left(maxLength - 1) + QChar(0x2026);
}

QString htmlTitle(const QByteArray& head, const QByteArray& lower)
{
    const qsizetype open = lower.indexOf("<title");
    if (open < 0)
        return {};
    const qsizetype contentStart = lower.indexOf('>', open);
    if (contentStart < 0)
        return {};
    const qsizetype close = lower.indexOf("</title", contentStart);
    const qsizetype end = close < 0 ? std::min(head.size(), contentStart + 1 + 4 * kTitleLength) : close;
    return shortened(QString::fromUtf8(head.mid(contentStart + 1, end - contentStart - 1)), kTitleLength);
}

bool looksLikeText(const QByteArray& probe)
{
    for (const char c : probe) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\r' && c != '\n') || byte == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(probe);
    return !decoder.hasError() && !decoded.isEmpty();
}
} // namespace

qint64 BodySniffer::derDeclaredSize(const QByteArray& body)
{
    // Only the universal SEQUENCE tag: every CRL, certificate and OCSP message starts with one.
    if (body.size() < 2 || static_cast<unsigned char>(body.at(0)) != 0x30)
        return -1;
    const auto first = static_cast<unsigned char>(body.at(1));
    if (first < 0x80)
        return 2 + first;
    const int lengthBytes = first & 0x7f;
    if (lengthBytes == 0 || lengthBytes > 4 || body.size() < 2 + lengthBytes)
        return -1;
    qint64 length = 0;
    for (int i = 0; i < lengthBytes; ++i)
        length = (length << 8) | static_cast<unsigned char>(body.at(2 + i));
    return 2 + lengthBytes + length;
}

QString BodySniffer::describe(const QByteArray& body, const QString& contentType)
{
    if (body.isEmpty())
        return tr("an empty body");

    const qint64 declared = derDeclaredSize(body);
    if (declared > body.size())
        return tr("a DER structure cut short (%1 of %2 bytes)").arg(body.size()).arg(declared);
    if (declared > 0)
        return tr("a DER structure of another kind (%1 bytes)").arg(body.size());

    const QByteArray head = withoutLeadingSpace(body.left(kSniffLimit));
    const QByteArray lower = head.toLower();
    const QString type = contentType.toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")
        || lower.contains("<body") || lower.contains("<title") || type.contains(QLatin1String("html"))) {
        const QString title = htmlTitle(head, lower);
        return title.isEmpty() ? tr("an HTML page") : tr("an HTML page (title: \"%1\")").arg(title);
    }
    if (lower.startsWith("<?xml") || type.contains(QLatin1String("xml")))
        return tr("an XML document");
    if (head.startsWith("-----BEGIN ")) {
        const qsizetype end = head.indexOf("-----", 11);
        const QByteArray label = end > 11 && end - 11 <= 40 ? head.mid(11, end - 11) : QByteArray("?");
        return tr("a PEM block of type %1").arg(QString::fromLatin1(label));
    }
    const QByteArray probe = head.left(kTextProbe);
    if (looksLikeText(probe)) {
        if ((head.startsWith('{') || head.startsWith('[')) || type.contains(QLatin1String("json")))
            return tr("a JSON document");
        const qsizetype lineEnd = probe.indexOf('\n');
        const QString firstLine = QString::fromUtf8(lineEnd < 0 ? probe : probe.left(lineEnd));
        return tr("text starting with \"%1\"").arg(shortened(firstLine, kFirstLineLength));
    }
    return tr("%1 bytes of binary data starting with %2")
        .arg(body.size())
        .arg(QString::fromLatin1(body.left(8).toHex(' ')));
}
