#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
} // namespace

namespace Translations {

void install(const QString &language)
{
    // The language is settled before translators change: removing and installing them sends
    // LanguageChange, and what reacts to it asks current().
    QString wanted = language;
    if (wanted.isEmpty())
        wanted = QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                   : QStringLiteral("en");
    g_current = wanted == QStringLiteral("ja") ? wanted : QStringLiteral("en");
    QLocale::setDefault(g_current == QStringLiteral("ja")
                            ? QLocale(QLocale::Japanese, QLocale::Japan)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    for (auto *translator : {&g_app, &g_qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    if (g_current != QStringLiteral("ja"))
        return;
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/pledgetracker_ja.qm")))
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
}

QString current()
{
    return g_current;
}

} // namespace Translations
