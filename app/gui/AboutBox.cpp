#include "AboutBox.h"

#include "MessageDialog.h"

QString AboutBox::title()
{
    return tr("About Netready");
}

QString AboutBox::text()
{
    const QString homepage = QStringLiteral(NETREADY_HOMEPAGE);
    return tr("<p><b>Netready %1</b></p>"
              "<p>Checks whether this machine's network lets Microsoft Power Automate work, and says what is "
              "blocked and what to change.</p>"
              "<p>Headless use: <code>netready --cli</code>; every option: <code>netready --help</code>.</p>"
              "<p><a href=\"%2\">%2</a></p>")
        .arg(QStringLiteral(NETREADY_VERSION), homepage.toHtmlEscaped());
}

void AboutBox::show(QWidget* parent)
{
    MessageDialog::about(parent, title(), text());
}
