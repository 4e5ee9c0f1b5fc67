#include "IsolatedSettings.h"
#include "LanguageMenu.h"
#include "MessageDialog.h"
#include "NetreadyWizard.h"
#include "Translations.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace WizardDriver;

// The pages before the run: preselection, remembered choices, validation as typed, keyboard and
// accessibility, and translated text that fits in every language.
class TestWizardPages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    QString m_catalog;

    WizardStart quietStart() const
    {
        WizardStart start;
        start.options.catalogFile = m_catalog;
        return start;
    }

    static QList<QWidget*> focusableControls(QWidget* page)
    {
        QList<QWidget*> result;
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (widget->isVisibleTo(page) && (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled()
                && !qobject_cast<QWidget*>(widget->parent())->inherits("QAbstractSpinBox")
                && !widget->parent()->inherits("QComboBox"))
                result << widget;
        }
        return result;
    }

    // What of a label's or button's text its geometry cuts off; empty when all of it shows.
    static QString textCutOff(QWidget* widget)
    {
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    return QString("'%1' needs %2 px of height, has %3")
                        .arg(label->text())
                        .arg(needed)
                        .arg(label->height());
            } else if (label->width() < label->minimumSizeHint().width()) {
                return QString("'%1' needs %2 px of width, has %3")
                    .arg(label->text())
                    .arg(label->minimumSizeHint().width())
                    .arg(label->width());
            }
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty()) {
            const QString text = QString(button->text()).remove('&');
            const int textWidth = button->fontMetrics().horizontalAdvance(text);
            if (button->width() < button->minimumSizeHint().width() || button->width() < textWidth)
                return QString("'%1' needs %2 px of width, has %3")
                    .arg(button->text())
                    .arg(std::max(button->minimumSizeHint().width(), textWidth))
                    .arg(button->width());
        }
        return {};
    }

    // A visible sibling that overlaps the widget; empty when none. Only widgets a layout places side by side
    // are compared: the children of one parent, neither a window.
    static QString overlappingSibling(QWidget* widget)
    {
        auto* parent = widget->parentWidget();
        if (!parent || parent->inherits("QAbstractScrollArea") || parent->inherits("QStackedWidget"))
            return {};
        for (QObject* object : parent->children()) {
            auto* sibling = qobject_cast<QWidget*>(object);
            if (!sibling || sibling == widget || !sibling->isVisible() || sibling->isWindow())
                continue;
            if (sibling->geometry().intersects(widget->geometry()))
                return QString("%1 '%2' overlaps %3 '%4'")
                    .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                        QString::fromLatin1(sibling->metaObject()->className()), sibling->objectName());
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        IsolatedSettings::use(m_settingsDir.path(), "tst_wizard_pages");
        m_catalog = writeCatalog(m_files,
            {endpoint("env", "*.crm.dynamics.com", 443, "https", {"cloud-flows"}, "{dataverse}"),
                endpoint("relay", "*.servicebus.windows.net", 443, "wss", {"desktop"}, "{servicebus-namespace}"),
                endpoint("app", "app.example.test", 443, "https", {"mobile"})});
        QVERIFY(!m_catalog.isEmpty());
    }

    void init() { QSettings().clear(); }

    void cleanup() { QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()); }

    void windowBasics()
    {
        NetreadyWizard wizard;
        QCOMPARE(wizard.windowTitle(), QString("Netready"));
        QVERIFY(!wizard.windowIcon().isNull());
        QVERIFY(wizard.minimumWidth() >= 640 && wizard.minimumHeight() >= 480);
        QCOMPARE(wizard.pageIds(),
            QList<int>({NetreadyWizard::WelcomePageId, NetreadyWizard::CloudPageId, NetreadyWizard::FeaturesPageId,
                NetreadyWizard::NetworkPageId, NetreadyWizard::RunPageId, NetreadyWizard::ReportPageId}));
        for (const int id : wizard.pageIds())
            QVERIFY2(!wizard.page(id)->title().isEmpty(), qPrintable(QString::number(id)));
    }

    void commandLinePreselectsCloudAndFeatures()
    {
        WizardStart start = quietStart();
        start.options.cloud = Cloud::GccHigh;
        start.options.features = {Feature::Desktop};
        start.cloudGiven = true;
        start.featuresGiven = true;
        NetreadyWizard wizard(start);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(find<QRadioButton>(wizard, "cloud-gcc-high")->isChecked());
        QVERIFY(!find<QRadioButton>(wizard, "cloud-public")->isChecked());
        // Each cloud says who it is for.
        for (const Cloud cloud : Clouds::all()) {
            const auto labels = wizard.currentPage()->findChildren<QLabel*>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                [&](QLabel* label) { return label->text() == Clouds::audience(cloud); }));
        }
        QVERIFY(!find<QLabel>(wizard, "cloudHint")->isVisible()); // no desktop app registry here
        QVERIFY(clickNext(wizard));
        QVERIFY(find<QCheckBox>(wizard, "feature-desktop")->isChecked());
        QVERIFY(!find<QCheckBox>(wizard, "feature-cloud-flows")->isChecked());
        QVERIFY(!find<QCheckBox>(wizard, "feature-mobile")->isChecked());
    }

    void rememberedChoicesComeBack()
    {
        {
            QSettings settings;
            settings.setValue("choices/cloud", "china");
            settings.setValue("choices/features", QStringList {"mobile"});
            settings.setValue("network/proxyMode", "none");
        }
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(find<QRadioButton>(wizard, "cloud-china")->isChecked());
        find<QRadioButton>(wizard, "cloud-public")->click(); // the test catalog is for public
        QVERIFY(clickNext(wizard));
        QVERIFY(find<QCheckBox>(wizard, "feature-mobile")->isChecked());
        QVERIFY(!find<QCheckBox>(wizard, "feature-desktop")->isChecked());
        QVERIFY(clickNext(wizard));
        QVERIFY(find<QRadioButton>(wizard, "proxyNone")->isChecked());
    }

    void tenantInputsShowOnlyWhenNeededAndBlockNextUntilValid()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        auto* url = find<QLineEdit>(wizard, "dataverseUrl");
        auto* namespaces = find<QLineEdit>(wizard, "servicebusNamespaces");
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(id == "mobile");
        QVERIFY(!url->isVisible());
        QVERIFY(!namespaces->isVisible());
        find<QCheckBox>(wizard, "feature-desktop")->setChecked(true);
        QVERIFY(!url->isVisible());
        QVERIFY(namespaces->isVisible());
        QTest::keyClicks(namespaces, "bad_name");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        namespaces->clear();
        QTest::keyClicks(namespaces, "contoso-relay");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // An invalid entry in a hidden input does not block: only what applies counts.
        find<QCheckBox>(wizard, "feature-cloud-flows")->setChecked(true);
        QTest::keyClicks(url, "https://contoso.example.com");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        find<QCheckBox>(wizard, "feature-cloud-flows")->setChecked(false);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.model().options().inputs.value("servicebus-namespace"),
            QStringList {"contoso-relay.servicebus.windows.net"});
        QVERIFY(!wizard.model().options().inputs.contains("dataverse"));
    }

    // The catalog decides what a value may be: an environment the page's own rule accepts but no wildcard of the
    // catalog covers is refused inline, naming the wildcard, and Next stays off.
    void tenantInputMustFitTheCatalogsWildcard()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(id == "cloud-flows");
        auto* url = find<QLineEdit>(wizard, "dataverseUrl");
        QTest::keyClicks(url, "https://contoso.crm4.dynamics.com");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto labels = url->parentWidget()->findChildren<QLabel*>();
        const bool named = std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->property("hasError").toBool() && label->isVisible()
                && label->text().contains("'contoso.crm4.dynamics.com' is not a host under *.crm.dynamics.com");
        });
        QVERIFY(named);
        url->clear();
        QTest::keyClicks(url, "https://contoso.crm.dynamics.com");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // A placeholder that only an extra catalog brings gets its own field under "Other hosts", judged as typed by
    // the same rules: the error shows next to the field, Next stays off, and the host goes into the run.
    void extraCatalogPlaceholderGetsAFieldWithInlineErrors()
    {
        const QString extra = writeCatalog(
            m_files, {endpoint("gizmo", "*.gizmo.example", 443, "https", {"mobile"}, "{gizmo}")}, "extra-gizmo.json");
        QVERIFY(!extra.isEmpty());
        WizardStart start = quietStart();
        start.options.extraCatalogFiles = {extra};
        NetreadyWizard wizard(start);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(id == "mobile");
        auto* toggle = find<QToolButton>(wizard, "otherHostsToggle");
        QVERIFY(toggle->isVisible());
        QVERIFY(!toggle->accessibleName().isEmpty());
        toggle->click();
        auto* gizmo = find<QLineEdit>(wizard, "placeholder-gizmo");
        QVERIFY(gizmo->isVisible());
        QVERIFY(!gizmo->accessibleName().isEmpty());
        QCOMPARE(gizmo->placeholderText(), QString("contoso.gizmo.example"));
        const auto errorNextTo = [](QLineEdit* edit, const QString& text) {
            const auto labels = edit->parentWidget()->findChildren<QLabel*>();
            return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel* label) {
                return label->property("hasError").toBool() && label->isVisible() && label->text().contains(text);
            });
        };
        const QList<std::pair<QString, QString>> refused = {
            {"gizmo.example", "'gizmo.example' is not a host under *.gizmo.example"},
            {"https://a.gizmo.example:8443", "leave out the port 8443"},
            {"https://10.1.2.3", "'10.1.2.3' is an IP address"},
            {"a.gizmo.example/a%zz", "is not a valid URL"},
        };
        for (const auto& [value, message] : refused) {
            gizmo->clear();
            QTest::keyClicks(gizmo, value);
            QVERIFY2(!wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(value));
            QVERIFY2(errorNextTo(gizmo, message), qPrintable(value));
        }
        // Collapsed, the section still says that something in it is wrong.
        toggle->click();
        QVERIFY(!gizmo->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        toggle->click();
        gizmo->clear();
        QTest::keyClicks(gizmo, "https://A.gizmo.example/, b.gizmo.example");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!errorNextTo(gizmo, "gizmo"));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.model().options().inputs.value("gizmo"), (QStringList {"a.gizmo.example", "b.gizmo.example"}));
    }

    // The extra catalog of the Network page comes after the Features page: it names the hosts its checks need,
    // and Back shows their fields.
    void extraCatalogChosenLaterAsksForItsHosts()
    {
        const QString extra = writeCatalog(
            m_files, {endpoint("gizmo", "*.gizmo.example", 443, "https", {"mobile"}, "{gizmo}")}, "later-gizmo.json");
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(id == "mobile");
        QVERIFY(!find<QToolButton>(wizard, "otherHostsToggle")->isVisible());
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));
        find<QToolButton>(wizard, "advancedToggle")->click();
        QTest::keyClicks(find<QLineEdit>(wizard, "extraCatalog"), extra);
        const auto labels = wizard.currentPage()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->isVisible() && label->text().contains("need your hosts under *.gizmo.example");
        }));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::FeaturesPageId));
        auto* toggle = find<QToolButton>(wizard, "otherHostsToggle");
        QVERIFY(toggle->isVisible());
        toggle->click();
        auto* gizmo = find<QLineEdit>(wizard, "placeholder-gizmo");
        QVERIFY(gizmo->isVisible());
        QTest::keyClicks(gizmo, "a.gizmo.example");
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.model().options().inputs.value("gizmo"), QStringList {"a.gizmo.example"});
    }

    void dataverseUrlRefusedInlineInItsCloudsForm()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(id == "cloud-flows");
        auto* url = find<QLineEdit>(wizard, "dataverseUrl");
        QCOMPARE(url->placeholderText(), QString("https://contoso.crm.dynamics.com"));
        QTest::keyClicks(url, "https://me@contoso.crm.dynamics.com");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto labels = url->parentWidget()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->property("hasError").toBool() && label->isVisible()
                && label->text()
                == "'contoso.crm.dynamics.com': leave out the user name, only the host name is checked";
        }));
        url->clear();
        QTest::keyClicks(url, "contoso.crm.dynamics.com/main.aspx");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.model().options().inputs.value("dataverse"), QStringList {"contoso.crm.dynamics.com"});
    }

    void networkPageValidatesAndNeverSavesThePassword()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        find<QCheckBox>(wizard, "feature-mobile")->setChecked(true);
        for (const QString& id : QStringList {"cloud-flows", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(false);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));

        // The system proxy as detected (the test environment has none).
        QTRY_COMPARE(find<QLabel>(wizard, "detectedProxy")->text(), QString("Detected: none (direct connection)"));
        QVERIFY(find<QRadioButton>(wizard, "proxySystem")->isChecked());
        QVERIFY(!find<QLineEdit>(wizard, "caFile")->isVisible()); // Advanced starts closed

        find<QRadioButton>(wizard, "proxyManual")->click();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* url = find<QLineEdit>(wizard, "proxyUrl");
        QTest::keyClicks(url, "proxy.corp.example");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        url->clear();
        QTest::keyClicks(url, "http://127.0.0.1:9");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(find<QLineEdit>(wizard, "proxyUser"), "alice");
        QTest::keyClicks(find<QLineEdit>(wizard, "proxyPassword"), "Very-s3cret");
        QCOMPARE(find<QLineEdit>(wizard, "proxyPassword")->echoMode(), QLineEdit::Password);
        auto* scheme = find<QComboBox>(wizard, "proxyAuth");
        QCOMPARE(scheme->currentData().toInt(), int(ProxyAuthMode::Auto));
        scheme->setCurrentIndex(scheme->findData(int(ProxyAuthMode::Digest)));

        find<QToolButton>(wizard, "advancedToggle")->click();
        auto* ca = find<QLineEdit>(wizard, "caFile");
        QVERIFY(ca->isVisible());
        QTest::keyClicks(ca, m_files.filePath("missing.pem"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        ca->clear();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::RunPageId));
        QCOMPARE(wizard.model().options().proxy.mode, ProxySetting::Mode::Manual);
        QCOMPARE(wizard.model().options().proxy.password, QString("Very-s3cret")); // in memory for this run
        QCOMPARE(wizard.model().options().proxy.authMode, ProxyAuthMode::Digest);
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value("network/proxyMode").toString(), QString("manual"));
        QByteArray written;
        QDirIterator files(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            written += file.readAll();
        }
        QVERIFY(written.contains("127.0.0.1:9"));
        QVERIFY(!written.contains("Very-s3cret"));
        QVERIFY(!written.contains("alice"));
    }

    // The region of Microsoft's namespace list: a combo box with a buddy label, "no region" by default, enabled only
    // for desktop flows in the public cloud, remembered with the other choices.
    void relayRegionChoice()
    {
        {
            NetreadyWizard wizard(quietStart());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(clickNext(wizard));
            find<QRadioButton>(wizard, "cloud-public")->click();
            QVERIFY(clickNext(wizard));
            auto* region = find<QComboBox>(wizard, "relayRegion");
            QVERIFY(region);
            QVERIFY(!region->accessibleName().isEmpty());
            const auto labels = wizard.currentPage()->findChildren<QLabel*>();
            QVERIFY(
                std::any_of(labels.cbegin(), labels.cend(), [&](QLabel* label) { return label->buddy() == region; }));
            QCOMPARE(region->currentIndex(), 0);
            QVERIFY(region->currentData().toString().isEmpty());
            QCOMPARE(region->count(), 1 + 18); // "no region" and every region of the shipped list

            find<QCheckBox>(wizard, "feature-desktop")->setChecked(false);
            find<QCheckBox>(wizard, "feature-mobile")->setChecked(true);
            QVERIFY(!region->isEnabled());
            find<QCheckBox>(wizard, "feature-desktop")->setChecked(true);
            QVERIFY(region->isEnabled());
            region->setCurrentIndex(region->findData("Europe"));
            QVERIFY(region->currentText().startsWith("Europe"));
            QVERIFY(clickNext(wizard));
            QCOMPARE(wizard.model().options().region, QString("Europe"));

            // Back to another cloud: the list does not apply there.
            wizard.back();
            wizard.back();
            find<QRadioButton>(wizard, "cloud-gcc")->click();
            QVERIFY(clickNext(wizard));
            QVERIFY(!region->isEnabled());
            QVERIFY(clickNext(wizard));
            QVERIFY(wizard.model().options().region.isEmpty());
        }
        {
            QSettings().setValue("choices/cloud", "public");
            QSettings().setValue("choices/features", QStringList {"desktop"});
            QSettings().setValue("choices/relayRegion", "Japan");
            NetreadyWizard wizard(quietStart());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(clickNext(wizard));
            QVERIFY(clickNext(wizard));
            auto* region = find<QComboBox>(wizard, "relayRegion");
            QVERIFY(region->isEnabled());
            QCOMPARE(region->currentData().toString(), QString("Japan"));
        }
    }

    void enterMeansNext()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::CloudPageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::FeaturesPageId));
    }

    void everyControlIsReachableAndNamed()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        for (const int id : {NetreadyWizard::WelcomePageId, NetreadyWizard::CloudPageId, NetreadyWizard::FeaturesPageId,
                 NetreadyWizard::NetworkPageId}) {
            QCOMPARE(wizard.currentId(), id);
            if (auto* toggle = find<QToolButton>(wizard, "advancedToggle"))
                toggle->setChecked(true);
            if (auto* manual = find<QRadioButton>(wizard, "proxyManual"))
                manual->click(); // enables the manual proxy fields
            const QList<QWidget*> controls = focusableControls(wizard.currentPage());
            for (QWidget* control : controls) {
                const auto* button = qobject_cast<QAbstractButton*>(control);
                const bool named = !control->accessibleName().isEmpty() || (button && !button->text().isEmpty());
                QVERIFY2(named,
                    qPrintable(QString("page %1: %2 has no accessible name")
                                   .arg(id)
                                   .arg(QLatin1String(control->metaObject()->className()))));
                if (button && qobject_cast<const QPushButton*>(button))
                    QVERIFY2(button->text().contains('&'), qPrintable(button->text()));
            }
            // Tab reaches every control of the page.
            QSet<QWidget*> reached;
            QWidget* first = QApplication::focusWidget();
            for (int presses = 0; presses < 60; ++presses) {
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &wizard, Qt::Key_Tab);
                reached.insert(QApplication::focusWidget());
                if (QApplication::focusWidget() == first && presses > 2)
                    break;
            }
            for (QWidget* control : controls) {
                // Radio buttons in a group share one tab stop and are reached with the arrow keys.
                if (qobject_cast<QRadioButton*>(control))
                    continue;
                QVERIFY2(reached.contains(control),
                    qPrintable(QString("page %1: Tab never reaches %2 %3")
                                   .arg(id)
                                   .arg(QLatin1String(control->metaObject()->className()), control->objectName())));
            }
            if (id == NetreadyWizard::NetworkPageId)
                break;
            if (id == NetreadyWizard::FeaturesPageId) {
                find<QCheckBox>(wizard, "feature-mobile")->setChecked(true);
            }
            QVERIFY(clickNext(wizard));
        }
        // Back and Next carry mnemonics.
        QVERIFY(wizard.button(QWizard::BackButton)->text().contains('&'));
        QVERIFY(wizard.button(QWizard::NextButton)->text().contains('&'));
    }

    void tabFollowsThePageFromTopToBottom()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "cloud-public")->click();
        QVERIFY(clickNext(wizard));
        for (const QString& id : QStringList {"cloud-flows", "mobile", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(true);
        QStringList order;
        find<QCheckBox>(wizard, "feature-cloud-flows")->setFocus();
        for (int presses = 0; presses < 6; ++presses) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order,
            QStringList({"feature-cloud-flows", "feature-mobile", "feature-desktop", "feature-gateway", "dataverseUrl",
                "servicebusNamespaces"}));

        QVERIFY(clickNext(wizard));
        find<QRadioButton>(wizard, "proxyManual")->click();
        find<QToolButton>(wizard, "advancedToggle")->setChecked(true);
        order.clear();
        find<QLineEdit>(wizard, "proxyUrl")->setFocus();
        for (int presses = 0; presses < 8; ++presses) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order,
            QStringList({"proxyUrl", "proxyAuth", "proxyUser", "proxyPassword", "componentProxies", "advancedToggle",
                "caFile", "browseCaFile"}));
    }

    // Every language Netready speaks, at the minimum size: each page shows its title and buttons translated (the
    // English source of each, read from an English wizard, translated through the language's .qm files, never
    // written here), every label and button of every page shows its whole text (word wrap considered) and no
    // two visible widgets side by side overlap. German and French run longest; Japanese and Chinese need a CJK
    // font (scripts/install-deps).
    void translatedTextFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "es", "ja", "zh_CN"})
            QTest::addRow("%s", language) << language;
    }

    void translatedTextFits()
    {
#ifdef Q_OS_WIN
        // The tests run on Qt's offscreen platform, which on Windows finds no fonts (Qt ships none): text widths
        // there say nothing about the real Windows platform.
        QSKIP("No fonts on the offscreen platform on Windows");
#endif
        QFETCH(QString, language);
        const QList<int> pageIds {NetreadyWizard::WelcomePageId, NetreadyWizard::CloudPageId,
            NetreadyWizard::FeaturesPageId, NetreadyWizard::NetworkPageId};
        // What each page shows in English, with the context its text is translated in.
        struct Known
        {
            QString context;
            QString english;
        };
        QMap<int, Known> englishTitles;
        QMap<int, Known> englishNext;
        QList<std::pair<QWizard::WizardButton, Known>> englishButtons;
        {
            NetreadyWizard english(quietStart());
            for (const int id : pageIds) {
                QWizardPage* page = english.page(id);
                QVERIFY(page);
                englishTitles.insert(id, {QString::fromLatin1(page->metaObject()->className()), page->title()});
                // A page's own Next text (NetworkPage's "Run checks") is its; the wizard's default one Qt's.
                const QString next = page->buttonText(QWizard::NextButton);
                englishNext.insert(id,
                    {next == english.buttonText(QWizard::NextButton)
                            ? QStringLiteral("QWizard")
                            : QString::fromLatin1(page->metaObject()->className()),
                        next});
            }
            for (const QWizard::WizardButton which :
                {QWizard::CancelButton, QWizard::CustomButton1, QWizard::HelpButton})
                englishButtons.append({which, {QStringLiteral("NetreadyWizard"), english.buttonText(which)}});
        }

        QTranslator translator;
        QVERIFY2(translator.load("netready_" + language, NETREADY_QM_DIR), NETREADY_QM_DIR);
        QTranslator qtTranslator;
        QVERIFY2(qtTranslator.load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
            qPrintable("qtbase_" + language));
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::installTranslator(&qtTranslator);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qtTranslator);
            QCoreApplication::removeTranslator(&translator);
        });
        const auto translated = [&language](const Known& known, QString* text) {
            *text = QCoreApplication::translate(qPrintable(known.context), qPrintable(known.english));
            return !known.english.isEmpty() && *text != known.english
                ? QString()
                : QString("'%1' (%2) is not translated into %3").arg(known.english, known.context, language);
        };

        NetreadyWizard wizard(quietStart());
        wizard.resize(wizard.minimumSize());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (const auto& [which, known] : std::as_const(englishButtons)) {
            QString expected;
            const QString problem = translated(known, &expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(wizard.button(which)->text(), expected);
        }
        for (const int id : pageIds) {
            QCOMPARE(wizard.currentId(), id);
            QString expected;
            QString problem = translated(englishTitles.value(id), &expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(wizard.currentPage()->title(), expected);
            const auto titleShown = [&wizard, &expected] {
                for (QLabel* label : wizard.findChildren<QLabel*>()) {
                    if (label->isVisible() && label->text() == expected)
                        return true;
                }
                return false;
            };
            QVERIFY2(titleShown(), qPrintable(QString("page %1: no label shows '%2'").arg(id).arg(expected)));
            problem = translated(englishNext.value(id), &expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), expected);

            if (auto* toggle = find<QToolButton>(wizard, "advancedToggle"))
                toggle->setChecked(true);
            QApplication::processEvents();
            for (QWidget* widget : wizard.findChildren<QWidget*>()) {
                if (!widget->isVisible() || widget->isWindow())
                    continue;
                problem = textCutOff(widget);
                QVERIFY2(problem.isEmpty(), qPrintable(QString("page %1: %2").arg(id).arg(problem)));
                const QString overlap = overlappingSibling(widget);
                QVERIFY2(overlap.isEmpty(), qPrintable(QString("page %1: %2").arg(id).arg(overlap)));
            }
            if (id == NetreadyWizard::FeaturesPageId)
                find<QCheckBox>(wizard, "feature-mobile")->setChecked(true);
            if (id != NetreadyWizard::NetworkPageId)
                QVERIFY(clickNext(wizard));
        }
    }

    // The Language button's menu: the choice is remembered and, as the menu says, applies at the next start.
    void languageMenuRemembersTheChoice()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* button = qobject_cast<QPushButton*>(wizard.button(QWizard::CustomButton1));
        QVERIFY(button && button->isVisible());
        auto* menu = qobject_cast<LanguageMenu*>(button->menu());
        QVERIFY(menu);
        QVERIFY(menu->actions().first()->text().contains("starts again"));
        for (const QString& code : Translations::codes())
            QVERIFY2(menu->action(code), qPrintable(code));
        QVERIFY(menu->action(QString())->isChecked()); // nothing chosen yet: the system's language

        MessageDialog::setNextAnswer(QMessageBox::Ok);
        menu->action("fr")->trigger();
        QCOMPARE(LanguageMenu::savedLanguage(), QStringLiteral("fr"));
        QVERIFY2(MessageDialog::lastText().contains("next time"), qPrintable(MessageDialog::lastText()));
        QVERIFY(menu->action("fr")->isChecked());

        LanguageMenu again;
        QVERIFY(again.action("fr")->isChecked());
        menu->action(QString())->trigger(); // the language shown now: nothing to say

        QCOMPARE(LanguageMenu::savedLanguage(), QString());
    }

    void networkPageTakesAnAutomaticConfigurationScript()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        find<QCheckBox>(wizard, "feature-mobile")->setChecked(true);
        for (const QString& id : QStringList {"cloud-flows", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(false);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));

        find<QRadioButton>(wizard, "proxyPac")->click();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* location = find<QLineEdit>(wizard, "pacLocation");
        QVERIFY(location->isEnabled());
        QTest::keyClicks(location, m_files.filePath("missing.pac"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto labels = location->parentWidget()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->property("hasError").toBool() && label->isVisible()
                && label->text().contains("is not a readable file");
        }));
        location->clear();
        QTest::keyClicks(location, "ftp://wpad.corp.example/proxy.pac");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        location->clear();
        QTest::keyClicks(location, "http://wpad.corp.example/proxy.pac");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        QVERIFY(wizard.currentPage()->validatePage());
        QCOMPARE(wizard.model().options().proxy.mode, ProxySetting::Mode::Pac);
        QCOMPARE(wizard.model().options().proxy.pacDisplay(), QString("http://wpad.corp.example/proxy.pac"));
        // Another choice leaves the script's field disabled.
        find<QRadioButton>(wizard, "proxyNone")->click();
        QVERIFY(!location->isEnabled());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // The proxy each Power Automate component uses, read off the GUI thread, and whose route desktop flows follow.
    // Next waits for the components' proxies: a run started before they are read would lack their checks.
    void networkPageNextWaitsForTheComponentsLookup()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::FeaturesPageId));
        // A plain click: the driver's clickNext would wait for the lookup.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));
        auto* note = find<QLabel>(wizard, "componentProxiesNote");
        QCOMPARE(note->text(), QString("Looking…"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QVERIFY(note->text() != QString("Looking…"));
        QCOMPARE(wizard.model().options().componentProxies.components.size(),
            find<QTreeWidget>(wizard, "componentProxies")->topLevelItemCount());
    }

    void networkPageListsComponentProxies()
    {
        NetreadyWizard wizard(quietStart());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        find<QCheckBox>(wizard, "feature-mobile")->setChecked(true);
        for (const QString& id : QStringList {"cloud-flows", "desktop", "gateway"})
            find<QCheckBox>(wizard, "feature-" + id)->setChecked(false);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::NetworkPageId));

        auto* components = find<QTreeWidget>(wizard, "componentProxies");
        QTRY_VERIFY_WITH_TIMEOUT(components->topLevelItemCount() >= 5, 30000);
        QStringList names;
        for (int i = 0; i < components->topLevelItemCount(); ++i)
            names << components->topLevelItem(i)->text(0);
        const QStringList expected
            = {"desktop flows service", "desktop flows log shipper", "desktop flows update service", "gateway service"};
        for (const QString& name : expected)
            QVERIFY2(names.contains(name), qPrintable(names.join(", ")));
        QVERIFY(!components->topLevelItem(0)->text(2).isEmpty()); // where it came from
        const QString note = find<QLabel>(wizard, "componentProxiesNote")->text();
#ifdef Q_OS_WIN
        QVERIFY2(wizard.model().options().componentProxies.read, qPrintable(note));
#else
        QVERIFY2(note.contains("exist only on Windows"), qPrintable(note));
        QCOMPARE(components->topLevelItemCount(), 7);
#endif

        // "As me" is a choice of the system setting only.
        auto* asService = find<QRadioButton>(wizard, "proxyAsService");
        auto* asMe = find<QRadioButton>(wizard, "proxyAsMe");
        QVERIFY(asService->isChecked());
        find<QRadioButton>(wizard, "proxyNone")->click();
        QVERIFY(!asMe->isEnabled());
        find<QRadioButton>(wizard, "proxySystem")->click();
        QVERIFY(asMe->isEnabled());
        asMe->click();
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(NetreadyWizard::RunPageId));
        QCOMPARE(wizard.model().options().proxyAs, ProxyAs::Me);
        QCOMPARE(wizard.model().options().componentProxies.components.size(), components->topLevelItemCount());
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizard_pages.moc"
