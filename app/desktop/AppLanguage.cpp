#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace outpace {

AppLanguage::AppLanguage(QObject *parent)
    : QObject(parent)
{ }

AppLanguage::~AppLanguage()
{
    if (m_desktop)
        QCoreApplication::removeTranslator(m_desktop.get());
}

bool AppLanguage::setLanguage(Language language)
{
    if (m_desktop)
        QCoreApplication::removeTranslator(m_desktop.get());
    m_desktop.reset();
    bool loaded = true;
    if (language == Language::French) {
        auto desktop = std::make_unique<QTranslator>();
        loaded = desktop->load(QStringLiteral(":/i18n/outpace_desktop_fr.qm"));
        if (loaded) {
            QCoreApplication::installTranslator(desktop.get());
            m_desktop = std::move(desktop);
        }
    }
    loaded = m_core.install(loaded ? language : Language::English) && loaded;
    if (!loaded) {
        m_core.install(Language::English);
        if (m_desktop)
            QCoreApplication::removeTranslator(m_desktop.get());
        m_desktop.reset();
        language = Language::English;
    }
    m_language = language;
    // Numbers and dates follow the words: a decimal comma in French.
    QLocale::setDefault(language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
    emit changed(language);
    return loaded;
}

} // namespace outpace
