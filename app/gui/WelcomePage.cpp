#include "WelcomePage.h"

#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Is this machine ready for Power Automate?"));
    setSubTitle(tr("Netready tests, before you install anything, whether this network lets Power Automate work."));

    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p>You choose your cloud and the features you use. Netready then tries every endpoint they need: "
           "name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through "
           "this machine's proxy, and the certificate revocation servers Windows needs.</p>"
           "<p><b>What it does not do:</b> no data leaves this machine except the connection attempts "
           "themselves, and no sign-in is needed.</p>"
           "<p>At the end you get a verdict, the exact fix for every problem and a report to save or send.</p>"));
    text->setAccessibleName(tr("About the checks"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}
