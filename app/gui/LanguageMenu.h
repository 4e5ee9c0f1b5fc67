#pragma once

#include <QMenu>

class QAction;

// The wizard's language menu: the system's language or one of Netready's, remembered in the settings. The pages
// are built in one language, so a choice applies the next time Netready starts; the menu and a message say so.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget* parent = nullptr);
    ~LanguageMenu() override;

    // The code remembered (one of Translations::codes()), or empty for the system's language.
    static QString savedLanguage();
    static void saveLanguage(const QString& code);

    // The entry for a code; empty code: the system's language.
    QAction* action(const QString& code) const;

signals:
    void chosen(const QString& code);

private:
    void choose(const QString& code);
};
