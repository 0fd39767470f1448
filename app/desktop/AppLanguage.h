#pragma once
// The language the whole window speaks. Holds the core's translators and the app's own, and tells the
// pages when catalog texts (which carry both languages) must be drawn again.

#include "common/LocalizedText.h"
#include "common/Translations.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace outpace {

class AppLanguage : public QObject
{
    Q_OBJECT

public:
    explicit AppLanguage(QObject *parent = nullptr);
    ~AppLanguage() override;

    Language language() const { return m_language; }
    // Installs the translators; Qt then sends LanguageChange to every widget, and changed() follows.
    // Returns false when a French file could not be loaded (the window stays in English).
    bool setLanguage(Language language);

signals:
    void changed(Language language);

private:
    Language m_language = Language::English;
    Translations m_core;
    std::unique_ptr<QTranslator> m_desktop;
};

} // namespace outpace
