#pragma once
// One place that knows where the French texts live, so the CLI, the desktop app and tests switch language
// the same way at run time.

#include "catalog/LocalizedText.h"

#include <QTranslator>

#include <memory>

namespace outpace {

class Translations
{
public:
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // Removes the previous language's translators and installs the new one's (nothing for English).
    // Returns false when the project's own French file could not be loaded.
    bool install(Language language);

private:
    std::unique_ptr<QTranslator> m_outpace;
    std::unique_ptr<QTranslator> m_qtbase;
};

} // namespace outpace
