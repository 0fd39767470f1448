#pragma once
// Numbers, percentages and dates as the report's language writes them: "12.3%" and "12 November 2026" in
// English, "12,3 %" and "12 novembre 2026" in French, with French spacing before colons.

#include "common/LocalizedText.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace outpace {

class ReportFormat
{
public:
    explicit ReportFormat(Language language);

    Language language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    QString number(double value, int decimals = 1) const;
    QString percent(double value, int decimals = 1) const;
    QString date(QDate date) const;
    // ": " in English, " : " with a no-break space in French.
    QString colon() const;
    // "; " in English, " ; " with a no-break space in French.
    QString listSeparator() const;

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace outpace
