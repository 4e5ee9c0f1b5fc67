#pragma once

#include <QIODevice>
#include <QLocale>
#include <QPageSize>
#include <QString>

// Prints one of Netready's HTML documents (a run report, a comparison, a fleet summary) as a paginated PDF:
// fonts embedded, a footer with a line of context and "Page N of M", and tables whose first row is a title
// spanning every column repeating that row and the column headings on each page.
class HtmlPdfPrinter final
{
public:
    struct Page
    {
        QString title; // the PDF's document title
        QString creator; // tool and version
        QString footer; // left side of every page's footer
        QPageSize::PageSizeId size = QPageSize::A4;
    };

    HtmlPdfPrinter() = delete;

    // False and a message in *error when the PDF could not be written to the device.
    static bool print(const QString& html, const Page& page, QIODevice* device, QString* error);
    // Letter for the United States and Canada, A4 everywhere else.
    static QPageSize::PageSizeId defaultPageSize(const QLocale& locale = QLocale::system());
};
