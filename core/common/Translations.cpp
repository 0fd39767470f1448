#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace outpace {

Translations::Translations() = default;

Translations::~Translations()
{
    install(Language::English);
}

bool Translations::install(Language language)
{
    if (m_outpace)
        QCoreApplication::removeTranslator(m_outpace.get());
    if (m_qtbase)
        QCoreApplication::removeTranslator(m_qtbase.get());
    m_outpace.reset();
    m_qtbase.reset();
    if (language == Language::English)
        return true;

    auto outpace = std::make_unique<QTranslator>();
    if (!outpace->load(QStringLiteral(":/i18n/outpace_fr.qm")))
        return false;
    QCoreApplication::installTranslator(outpace.get());
    m_outpace = std::move(outpace);

    // Qt's own texts (buttons, standard errors) are a nicety: missing them is not an error.
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtbase.get());
        m_qtbase = std::move(qtbase);
    }
    return true;
}

} // namespace outpace
