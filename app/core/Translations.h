#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// The languages Netready speaks and the choice among them, for both faces: a code from the command line or the
// wizard's settings, else the system's locale. Installing one loads Netready's and Qt's own translations for it.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // The stable codes, English first: en de fr es ja zh_CN.
    static QStringList codes();
    // The code a spelling stands for ("zh-CN", "zh_cn", "ja_JP", "DE" ...), or nullopt for a language Netready
    // does not speak.
    static std::optional<QString> fromCode(const QString& spelling);
    // The first of the locale's UI languages Netready speaks; English when none.
    static QString fromLocale(const QLocale& locale);
    // The language's name in itself ("Deutsch", "日本語"), for a menu.
    static QString nativeName(const QString& code);
    static QLocale locale(const QString& code);

    // Makes `code` the application's language: replaces the translators installed before (so a later choice
    // wins), loads Netready's from :/i18n and Qt's from its translations directory, and makes the language's
    // locale the default one, which dates and numbers in reports follow. Returns the code installed.
    static QString install(const QString& code);
    // The code last installed; English before any.
    static QString current();
};
