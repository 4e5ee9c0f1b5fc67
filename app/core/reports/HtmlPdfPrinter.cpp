#include "HtmlPdfPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {
constexpr int kResolution = 300;
constexpr qreal kMarginMm = 15.0;
constexpr int kBodyPointSize = 9;
constexpr int kFooterPointSize = 7;

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The HTML importer does not mark <thead> rows as headers. The check tables are the ones whose first row is
// the section title spanning every column; the title and the column headings repeat on each page.
void repeatTableHeaders(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextTable* table = QTextCursor(block).currentTable();
        if (!table || table->format().headerRowCount() > 0 || table->rows() < 3 || table->columns() < 2)
            continue;
        if (table->cellAt(0, 0).columnSpan() != table->columns())
            continue;
        QTextTableFormat format = table->format();
        format.setHeaderRowCount(2);
        table->setFormat(format);
    }
}
} // namespace

QPageSize::PageSizeId HtmlPdfPrinter::defaultPageSize(const QLocale& locale)
{
    const QLocale::Territory territory = locale.territory();
    if (territory == QLocale::UnitedStates || territory == QLocale::Canada)
        return QPageSize::Letter;
    return QPageSize::A4;
}

bool HtmlPdfPrinter::print(const QString& html, const Page& page, QIODevice* device, QString* error)
{
    if (!device || !device->isWritable())
        return fail(error, QCoreApplication::translate("ReportWriter", "the output is not open for writing"));
    const qint64 start = device->pos();

    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setCreator(page.creator);
    writer.setTitle(page.title);
    writer.setPageLayout(QPageLayout(QPageSize(page.size), QPageLayout::Portrait,
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));

    // Layout in the writer's own units, so point sizes come out as points on paper.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont bodyFont = document.defaultFont();
    bodyFont.setPointSize(kBodyPointSize);
    // Any letter spacing turns off ligatures, so text copied from the PDF reads "firewall", not "ﬁrewall".
    bodyFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    document.setDefaultFont(bodyFont);
    document.setHtml(html);
    repeatTableHeaders(document);

    const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
    QFont footerFont = bodyFont;
    footerFont.setPointSize(kFooterPointSize);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(error, QCoreApplication::translate("ReportWriter", "could not start the PDF"));
    painter.setFont(footerFont);
    const int footerHeight = painter.fontMetrics().height() * 3;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);
    document.setPageSize(bodySize);
    const int pages = document.pageCount();

    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, index * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footer(0, paintRect.height() - footerHeight, paintRect.width(), footerHeight);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, page.footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("PdfReportWriter", "Page %1 of %2").arg(index + 1).arg(pages));
    }
    if (!painter.end())
        return fail(error, QCoreApplication::translate("ReportWriter", "could not finish the PDF"));
    if (device->pos() == start)
        return fail(
            error, QCoreApplication::translate("ReportWriter", "could not write: %1").arg(device->errorString()));
    return true;
}
