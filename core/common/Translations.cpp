#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace outpace {

Translations::Translations() = default;

Translations::~Translations()
{
    install(Language::English);
}

bool Translations::install(Language language)
{
    for (const auto &translator : m_parts)
        QCoreApplication::removeTranslator(translator.get());
    if (m_qtbase)
        QCoreApplication::removeTranslator(m_qtbase.get());
    m_parts.clear();
    m_qtbase.reset();
    if (language == Language::English)
        return true;

    // Core and the CLI's texts are always there; the report and the desktop app add their own catalogues
    // (":/i18n/outpace_report_fr.qm", ":/i18n/outpace_desktop_fr.qm") when they are linked in.
    const QStringList names = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("outpace*_fr.qm")});
    if (!names.contains(QStringLiteral("outpace_fr.qm")))
        return false;
    for (const QString &name : names) {
        auto part = std::make_unique<QTranslator>();
        if (!part->load(QStringLiteral(":/i18n/") + name))
            return false;
        QCoreApplication::installTranslator(part.get());
        m_parts.push_back(std::move(part));
    }

    // Qt's own texts (buttons, standard errors) are a nicety: missing them is not an error.
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtbase.get());
        m_qtbase = std::move(qtbase);
    }
    return true;
}

} // namespace outpace
