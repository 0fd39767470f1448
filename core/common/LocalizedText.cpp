#include "common/LocalizedText.h"

#include <QLocale>

namespace outpace {

QString languageCode(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool languageFromCode(QStringView code, Language *language)
{
    const QStringView base = code.left(2);
    if (base.compare(u"fr", Qt::CaseInsensitive) == 0) {
        *language = Language::French;
        return true;
    }
    if (base.compare(u"en", Qt::CaseInsensitive) == 0) {
        *language = Language::English;
        return true;
    }
    return false;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? Language::French : Language::English;
}

QLocale localeOf(Language language)
{
    return language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace outpace
