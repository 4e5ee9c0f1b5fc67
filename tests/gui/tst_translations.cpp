#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// The German translation is complete: every message finished and non-empty, place markers kept.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete()
    {
        QFile ts(qEnvironmentVariable("NETREADY_SOURCE_DIR") + "/translations/netready_de.ts");
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader reader(&ts);
        int messages = 0;
        QString source;
        QString context;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == QLatin1String("name")) {
                context = reader.readElementText();
            } else if (reader.name() == QLatin1String("source")) {
                source = reader.readElementText();
            } else if (reader.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = reader.attributes().value("type").toString();
                // Plain text, or <numerusform> children for plurals: collect all characters inside.
                QString text;
                while (!(reader.isEndElement() && reader.name() == QLatin1String("translation"))) {
                    reader.readNext();
                    if (reader.isCharacters())
                        text += reader.text();
                }
                const QString where = context + ": " + source;
                QVERIFY2(type != "unfinished", qPrintable("unfinished: " + where));
                QVERIFY2(type == "vanished" || type == "obsolete" || !text.trimmed().isEmpty(),
                    qPrintable("empty: " + where));
                for (const char* marker : {"%1", "%2", "%3", "%4", "%5", "%n"}) {
                    if (source.contains(QLatin1String(marker)) && type.isEmpty())
                        QVERIFY2(text.contains(QLatin1String(marker)),
                            qPrintable(QLatin1String(marker) + " lost in " + where));
                }
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(messages > 100);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
