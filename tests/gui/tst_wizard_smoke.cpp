#include "IsolatedSettings.h"
#include "NetreadyWizard.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

// The wizard opens with its first page, title and icon.
class TestWizardSmoke final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir; // never the user's own remembered choices

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        IsolatedSettings::use(m_settingsDir.path());
    }

    void opensOnWelcomePage()
    {
        NetreadyWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::WelcomePageId));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Netready"));
        QVERIFY(!wizard.windowIcon().isNull());
        QVERIFY(!wizard.currentPage()->title().isEmpty());
    }

    void cleanup() { QVERIFY(QApplication::topLevelWidgets().isEmpty()); }
};

QTEST_MAIN(TestWizardSmoke)
#include "tst_wizard_smoke.moc"
