#pragma once

#include "NetreadyWizard.h"
#include "RunOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

class QAbstractButton;

// What the wizard tests share: catalogs written to a temporary folder, connect-to rules onto loopback,
// and clicking through the wizard the way a person does.
namespace WizardDriver {
QJsonObject endpoint(const QString& id, const QString& host, quint16 port, const QString& protocol,
    const QStringList& features, const QString& probe = {});
// Writes a catalog with these endpoints (cloud: public) and returns its path.
QString writeCatalog(const QTemporaryDir& dir, const QJsonArray& endpoints, const QString& name = "catalog.json");
ConnectToRule mapTo(const QString& host, quint16 port, quint16 loopbackPort);

// Controls on the page that Tab can reach but that have neither an accessible name nor a text.
QStringList unnamedControls(QWidget* page);
// Threads of this process (Linux: /proc/self/task); -1 where unknown.
int threadCount();

// Next (or Run checks) on the current page; false when it was disabled.
bool clickNext(NetreadyWizard& wizard);
template<typename T>
T* find(NetreadyWizard& wizard, const QString& objectName)
{
    return wizard.currentPage() ? wizard.currentPage()->findChild<T*>(objectName) : nullptr;
}
} // namespace WizardDriver
