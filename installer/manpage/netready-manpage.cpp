// Writes netready(1) from the command line's option table: netready-manpage VERSION DATE HOMEPAGE OUTPUT.
#include "ManPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 5) {
        err << "usage: netready-manpage VERSION DATE HOMEPAGE OUTPUT\n";
        return 2;
    }
    QFile output(arguments.at(4));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "netready-manpage: " << output.fileName() << ": " << output.errorString() << "\n";
        return 1;
    }
    const ManPage::Release release {arguments.at(1), arguments.at(2), arguments.at(3)};
    output.write(ManPage::render(release).toUtf8());
    return output.flush() ? 0 : 1;
}
