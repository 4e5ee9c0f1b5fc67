#pragma once

#include "RunReport.h"

#include <QCoreApplication>
#include <QString>

// The report as one document: the HTML file is this markup, the PDF is QTextDocument printing it.
// The markup is well-formed XHTML kept to what QTextDocument understands; the screen medium adds CSS that
// only browsers use (sticky summary, print rules). Every text from a catalog, a server or the user is escaped.
class ReportHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    enum class Medium
    {
        Screen, // a browser: extra CSS, hostnames wrap by CSS
        Print, // QTextDocument: hostnames get break opportunities after their dots
    };

    static QString build(const RunReport& report, Medium medium);
    // Escaped for text and double-quoted attributes; characters XML cannot carry become U+FFFD.
    static QString escape(const QString& text);
};
