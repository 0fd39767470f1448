#pragma once
// One place that knows where the French texts live, so the CLI, the desktop app and tests switch language
// the same way at run time.

#include "common/LocalizedText.h"

#include <QTranslator>

#include <memory>
#include <vector>

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
    std::vector<std::unique_ptr<QTranslator>> m_parts; // one per translated part of the program
    std::unique_ptr<QTranslator> m_qtbase;
};

} // namespace outpace
