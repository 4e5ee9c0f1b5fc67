#include "AboutBox.h"
#include "IsolatedSettings.h"
#include "MessageDialog.h"
#include "NetreadyWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

// The wizard opens with its first page, title and icon, and shows its version in the About box.
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

    // The About button is on every page, has an accessible name, and opens the box with the version.
    void aboutBoxShowsTheVersion_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::addRow("button") << false;
        QTest::addRow("F1") << true;
    }

    void aboutBoxShowsTheVersion()
    {
        QFETCH(bool, byKeyboard);
        NetreadyWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* about = wizard.button(QWizard::HelpButton);
        QVERIFY(about->isVisible());
        QVERIFY(about->focusPolicy() & Qt::TabFocus);
        QCOMPARE(about->accessibleName(), QStringLiteral("About Netready"));
        MessageDialog::setNextAnswer(QMessageBox::Ok);
        if (byKeyboard) {
            wizard.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            QTest::keyClick(&wizard, Qt::Key_F1);
        } else
            QTest::mouseClick(about, Qt::LeftButton);
        QCOMPARE(MessageDialog::lastText(), AboutBox::text());
        QVERIFY2(AboutBox::text().contains(QStringLiteral("Netready " NETREADY_VERSION)), qPrintable(AboutBox::text()));
    }

    void cleanup() { QVERIFY(QApplication::topLevelWidgets().isEmpty()); }
};

QTEST_MAIN(TestWizardSmoke)
#include "tst_wizard_smoke.moc"
