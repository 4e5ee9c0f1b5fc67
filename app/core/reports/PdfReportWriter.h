#pragma once

#include "ReportWriter.h"

#include <QLocale>
#include <QPageSize>

#include <optional>

// A paginated PDF rendered from the same document as the HTML (ReportHtml), with page numbers, table headers
// repeated on every page and fonts embedded. Paper is A4, or Letter where the locale expects it.
class PdfReportWriter final : public ReportWriter
{
public:
    explicit PdfReportWriter(std::optional<QPageSize::PageSizeId> pageSize = std::nullopt);

    bool write(const RunReport& report, QIODevice* device, QString* error) const override;

    // Letter for the United States and Canada, A4 everywhere else.
    static QPageSize::PageSizeId defaultPageSize(const QLocale& locale = QLocale::system());

private:
    std::optional<QPageSize::PageSizeId> m_pageSize;
};
