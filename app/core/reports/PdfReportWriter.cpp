#include "PdfReportWriter.h"

#include "HtmlPdfPrinter.h"
#include "ReportContent.h"
#include "ReportHtml.h"

PdfReportWriter::PdfReportWriter(std::optional<QPageSize::PageSizeId> pageSize)
    : m_pageSize(pageSize)
{
}

QPageSize::PageSizeId PdfReportWriter::defaultPageSize(const QLocale& locale)
{
    return HtmlPdfPrinter::defaultPageSize(locale);
}

bool PdfReportWriter::write(const RunReport& report, QIODevice* device, QString* error) const
{
    HtmlPdfPrinter::Page page;
    page.creator = report.toolName + QLatin1Char(' ') + report.toolVersion;
    page.title = ReportContent::title() + QStringLiteral(" — ") + report.environment.hostname;
    page.footer = page.creator + QStringLiteral(" · ") + report.environment.hostname + QStringLiteral(" · ")
        + ReportContent::utcTime(report.startedAt) + QStringLiteral(" · ") + report.summary().verdictText();
    page.size = m_pageSize.value_or(defaultPageSize());
    return HtmlPdfPrinter::print(ReportHtml::build(report, ReportHtml::Medium::Print), page, device, error);
}
