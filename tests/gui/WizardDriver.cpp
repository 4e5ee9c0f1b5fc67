#include "WizardDriver.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

QJsonObject WizardDriver::endpoint(const QString& id, const QString& host, quint16 port, const QString& protocol,
    const QStringList& features, const QString& probe)
{
    QJsonObject object {{"id", id}, {"host", host}, {"port", port}, {"protocol", protocol},
        {"clouds", QJsonArray {"public"}}, {"features", QJsonArray::fromStringList(features)},
        {"purpose", "Test endpoint " + id}, {"source", "test"}};
    if (!probe.isEmpty())
        object.insert("probe", probe);
    return object;
}

QString WizardDriver::writeCatalog(const QTemporaryDir& dir, const QJsonArray& endpoints, const QString& name)
{
    const QJsonObject root {{"schemaVersion", 1}, {"title", "Test catalog"}, {"endpoints", endpoints}};
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(root).toJson());
    return path;
}

ConnectToRule WizardDriver::mapTo(const QString& host, quint16 port, quint16 loopbackPort)
{
    ConnectToRule rule;
    rule.host = host;
    rule.port = port;
    rule.connectHost = "127.0.0.1";
    rule.connectPort = loopbackPort;
    return rule;
}

bool WizardDriver::clickNext(NetreadyWizard& wizard)
{
    // The Network page enables Next once the components' proxies are read (a bounded lookup): a page that is
    // looking them up is waited for, as a user would, both before clicking and once it is reached.
    const auto pageSettled = [&wizard] {
        return !wizard.currentPage() || !wizard.currentPage()->property("lookingUp").toBool()
            || QTest::qWaitFor([&] { return !wizard.currentPage()->property("lookingUp").toBool(); }, 10000);
    };
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    if (!pageSettled() || !next->isVisible() || !next->isEnabled())
        return false;
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() != before && pageSettled();
}

QStringList WizardDriver::unnamedControls(QWidget* page)
{
    QStringList unnamed;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // Parts of compound controls (a spin box's or combo box's line edit) are named through their owner.
        if (widget->parent()
            && (widget->parent()->inherits("QAbstractSpinBox") || widget->parent()->inherits("QComboBox")))
            continue;
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + " " + widget->objectName();
    }
    return unnamed;
}

int WizardDriver::threadCount()
{
#ifdef Q_OS_LINUX
    return int(QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
#else
    return -1;
#endif
}
