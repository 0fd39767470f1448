#pragma once
// Every text the catalog shows exists in each supported language; this keeps the pair together so a
// caller cannot pick up one language by accident.

#include <QLocale>
#include <QString>

namespace outpace {

enum class Language { English, French };

QString languageCode(Language language);
// Accepts "en", "fr" and locale names such as "fr_CA"; anything else gives no value.
bool languageFromCode(QStringView code, Language *language);
// The language the system locale asks for, English when it is neither.
Language systemLanguage();
// How numbers and dates are written in a language ("42.0", "42,0").
QLocale localeOf(Language language);

struct LocalizedText
{
    QString en;
    QString fr;

    const QString &in(Language language) const { return language == Language::French ? fr : en; }
    bool isComplete() const { return !en.trimmed().isEmpty() && !fr.trimmed().isEmpty(); }
};

} // namespace outpace
