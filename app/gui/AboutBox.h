#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The wizard's About box: the product's name, its one version (CMake's project(VERSION)) and its homepage.
// The text is a function of its own so a test can read it without showing a modal box.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    AboutBox() = delete;

    static QString title();
    static QString text();
    static void show(QWidget* parent);
};
