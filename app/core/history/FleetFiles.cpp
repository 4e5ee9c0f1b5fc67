#include "FleetFiles.h"

#include "FleetCsv.h"
#include "FleetHtml.h"
#include "FleetJson.h"
#include "FleetText.h"
#include "reports/ReportFiles.h"

#include <QFileInfo>
#include <QJsonDocument>

QStringList FleetFiles::supportedExtensions()
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("csv"), QStringLiteral("json"),
        QStringLiteral("txt")};
}

bool FleetFiles::validate(const QStringList& paths, QString* error)
{
    return ReportFiles::validate(paths, supportedExtensions(), error);
}

bool FleetFiles::write(const FleetSummary& summary, const QString& path, QIODevice* device, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        data = FleetHtml::build(summary).toUtf8();
    else if (suffix == QLatin1String("csv"))
        data = FleetCsv::render(summary).toUtf8();
    else if (suffix == QLatin1String("json"))
        data = QJsonDocument(FleetJson::toJson(summary)).toJson();
    else if (suffix == QLatin1String("txt"))
        data = FleetText::render(summary).toUtf8();
    else {
        if (error)
            *error = tr("unknown extension");
        return false;
    }
    if (device->write(data) == data.size())
        return true;
    if (error)
        *error = tr("could not write: %1").arg(device->errorString());
    return false;
}

bool FleetFiles::writeAll(const FleetSummary& summary, const QStringList& paths, QString* error)
{
    return ReportFiles::writeEach(
        paths,
        [&summary](const QString& path, QIODevice* device, QString* why) { return write(summary, path, device, why); },
        error);
}
