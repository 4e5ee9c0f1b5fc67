#include "LanguageMenu.h"

#include "MessageDialog.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QSettings>

namespace {
const auto kSettingsKey = QStringLiteral("language");
const auto kCodeProperty = "languageCode";
} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
{
    setTitle(tr("&Language"));
    auto* note = addAction(tr("A new language applies when Netready starts again."));
    note->setEnabled(false);
    addSeparator();
    auto* group = new QActionGroup(this);
    const QString saved = savedLanguage();
    const QStringList codes = QStringList {QString()} + Translations::codes();
    for (const QString& code : codes) {
        //: a menu entry; %1 the name of the system's language in itself, e.g. "Deutsch"
        const QString text = code.isEmpty()
            ? tr("System language (%1)").arg(Translations::nativeName(Translations::fromLocale(QLocale::system())))
            : Translations::nativeName(code);
        QAction* entry = addAction(text);
        entry->setProperty(kCodeProperty, code);
        entry->setCheckable(true);
        entry->setChecked(code == saved);
        group->addAction(entry);
        connect(entry, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

LanguageMenu::~LanguageMenu() = default;

QString LanguageMenu::savedLanguage()
{
    return Translations::fromCode(QSettings().value(kSettingsKey).toString()).value_or(QString());
}

void LanguageMenu::saveLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QAction* LanguageMenu::action(const QString& code) const
{
    for (QAction* entry : actions()) {
        if (entry->property(kCodeProperty).isValid() && entry->property(kCodeProperty).toString() == code)
            return entry;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString& code)
{
    const QString before = savedLanguage();
    saveLanguage(code);
    emit chosen(code);
    const QString effective = code.isEmpty() ? Translations::fromLocale(QLocale::system()) : code;
    if (code == before || effective == Translations::current())
        return;
    MessageDialog::information(parentWidget(), tr("Language"),
        //: %1 the chosen language's name in itself, e.g. "Français"
        tr("Netready will be in %1 the next time it starts. This window stays in the current language.")
            .arg(Translations::nativeName(effective)));
}
