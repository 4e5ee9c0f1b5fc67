#include "revocation/BodySniffer.h"

#include <QTest>

// What an answer that is not a CRL or OCSP response looked like: the words a helpdesk reads in the report.
class TestBodySniffer final : public QObject
{
    Q_OBJECT

private slots:
    void describe_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty") << QByteArray() << QString() << "an empty body";
        QTest::addRow("HTML with title") << QByteArray(
            "\xEF\xBB\xBF  <!doctype html><HTML><head><TITLE lang=en>\n  Access   denied\n</TITLE>")
                                         << "text/html"
                                         << "an HTML page (title: \"Access denied\")";
        QTest::addRow("HTML without title")
            << QByteArray("<html><body>blocked</body></html>") << QString() << "an HTML page";
        QTest::addRow("HTML by content type only") << QByteArray("blocked by policy") << "text/html"
                                                   << "an HTML page";
        QTest::addRow("long title is shortened")
            << QByteArray("<title>" + QByteArray(500, 'x') + "</title>") << QString()
            << "an HTML page (title: \"" + QString(79, 'x') + QChar(0x2026) + "\")";
        QTest::addRow("XML") << QByteArray("<?xml version=\"1.0\"?><Error/>") << QString() << "an XML document";
        QTest::addRow("JSON") << QByteArray("{\"error\": \"denied\"}") << "application/json"
                              << "a JSON document";
        QTest::addRow("PEM certificate") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n") << QString()
                                         << "a PEM block of type CERTIFICATE";
        QTest::addRow("plain text") << QByteArray("Forbidden by the administrator\nline two") << "text/plain"
                                    << "text starting with \"Forbidden by the administrator\"";
        QTest::addRow("DER cut short") << QByteArray::fromHex("3082010000") << QString()
                                       << "a DER structure cut short (5 of 260 bytes)";
        QTest::addRow("DER of another kind")
            << QByteArray::fromHex("3003020101") << QString() << "a DER structure of another kind (5 bytes)";
        QTest::addRow("binary") << QByteArray::fromHex("00ff10203040506070") << QString()
                                << "9 bytes of binary data starting with 00 ff 10 20 30 40 50 60";
    }

    void describe()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(QString, expected);
        QCOMPARE(BodySniffer::describe(body, contentType), expected);
    }

    void derDeclaredSize_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("size");
        QTest::addRow("short form") << QByteArray::fromHex("3003020101") << qint64(5);
        QTest::addRow("long form") << QByteArray::fromHex("30820100") << qint64(4 + 256);
        QTest::addRow("four length bytes") << QByteArray::fromHex("3084ffffffff") << qint64(6) + 0xffffffffLL;
        QTest::addRow("indefinite length") << QByteArray::fromHex("3080") << qint64(-1);
        QTest::addRow("too many length bytes") << QByteArray::fromHex("3085010000000000") << qint64(-1);
        QTest::addRow("length bytes missing") << QByteArray::fromHex("3082") << qint64(-1);
        QTest::addRow("not a sequence") << QByteArray::fromHex("0403010203") << qint64(-1);
        QTest::addRow("one byte") << QByteArray::fromHex("30") << qint64(-1);
    }

    void derDeclaredSize()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, size);
        QCOMPARE(BodySniffer::derDeclaredSize(body), size);
    }
};

QTEST_GUILESS_MAIN(TestBodySniffer)
#include "tst_bodysniffer.moc"
