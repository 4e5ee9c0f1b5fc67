#include "ComparisonFiles.h"

#include "ComparisonHtml.h"
#include "ComparisonJson.h"
#include "ComparisonText.h"
#include "ComparisonWording.h"
#include "reports/HtmlPdfPrinter.h"
#include "reports/ReportFiles.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace {
bool writeBytes(QIODevice* device, const QByteArray& data, QString* error)
{
    if (device->write(data) == data.size())
        return true;
    if (error)
        *error = ComparisonFiles::tr("could not write: %1").arg(device->errorString());
    return false;
}
} // namespace

QStringList ComparisonFiles::supportedExtensions()
{
    return {QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("pdf")};
}

bool ComparisonFiles::validate(const QStringList& paths, QString* error)
{
    return ReportFiles::validate(paths, supportedExtensions(), error);
}

bool ComparisonFiles::write(const ReportComparison& comparison, const QString& path, QIODevice* device, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return writeBytes(device, ComparisonText::render(comparison).toUtf8(), error);
    if (suffix == QLatin1String("json"))
        return writeBytes(device, QJsonDocument(ComparisonJson::toJson(comparison)).toJson(), error);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeBytes(device, ComparisonHtml::build(comparison, ReportHtml::Medium::Screen).toUtf8(), error);
    if (suffix == QLatin1String("pdf")) {
        HtmlPdfPrinter::Page page;
        page.creator = QStringLiteral("netready ") + QStringLiteral(NETREADY_VERSION);
        page.title = ComparisonWording::title();
        page.footer = page.creator + QStringLiteral(" · ") + ComparisonWording::verdictSentence(comparison);
        page.size = HtmlPdfPrinter::defaultPageSize();
        return HtmlPdfPrinter::print(ComparisonHtml::build(comparison, ReportHtml::Medium::Print), page, device, error);
    }
    if (error)
        *error = tr("unknown extension");
    return false;
}

bool ComparisonFiles::writeAll(const ReportComparison& comparison, const QStringList& paths, QString* error)
{
    return ReportFiles::writeEach(
        paths,
        [&comparison](
            const QString& path, QIODevice* device, QString* why) { return write(comparison, path, device, why); },
        error);
}
