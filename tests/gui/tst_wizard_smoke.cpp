#include "NetreadyWizard.h"

#include <QApplication>
#include <QTest>

// The wizard opens with its first page, title and icon.
class TestWizardSmoke final : public QObject
{
    Q_OBJECT

private slots:
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
