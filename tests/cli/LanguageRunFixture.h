#pragma once

#include "NetreadyProcess.h"
#include "ProcessFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// A run of the real netready in one language against a catalog of one endpoint that connect-to sends to a
// closed port on 127.0.0.1 (no TLS, so the expected root is never used): the check fails with "Connection refused" and
// the verdict is "NOT READY". The expected text is the English source translated through the language's .qm, never
// written here.
namespace LanguageRunFixture {

inline QStringList languages()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ja"),
        QStringLiteral("zh_CN")};
}

// Writes the catalog into `directory`; empty on failure.
inline QString writeCatalog(const QTemporaryDir& directory)
{
    const QJsonObject endpoint {{"id", "closed"}, {"host", "closed.example.test"}, {"port", 443}, {"protocol", "tcp"},
        {"clouds", QJsonArray {"public"}}, {"features", QJsonArray {"desktop"}},
        {"purpose", "an endpoint nothing listens on"}, {"source", "tst_cli_languages"}};
    const QJsonObject root {{"schemaVersion", 1}, {"title", "tst_cli_languages"},
        {"expectedRoots",
            QJsonArray {QJsonObject {{"name", "Netready Test CA"}, {"sha256", QString(64, QLatin1Char('a'))}}}},
        {"endpoints", QJsonArray {endpoint}}};
    const QString path = directory.filePath(QStringLiteral("closed.json"));
    QFile file(path);
    const QByteArray content = QJsonDocument(root).toJson();
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path : QString();
}

// The arguments of a run of `catalog` in `language`, its only check sent to `closedPort` on 127.0.0.1.
inline QStringList arguments(const QString& language, const QString& catalog, quint16 closedPort)
{
    return {QStringLiteral("--cli"), QStringLiteral("--lang"), language, QStringLiteral("--catalog"), catalog,
        QStringLiteral("--no-proxy"), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--connect-to"),
        QStringLiteral("closed.example.test:443:127.0.0.1:%1").arg(closedPort)};
}

} // namespace LanguageRunFixture
