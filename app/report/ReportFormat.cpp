#include "ReportFormat.h"

namespace outpace {

ReportFormat::ReportFormat(Language language)
    : m_language(language)
    , m_locale(language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                            : QLocale(QLocale::English, QLocale::UnitedStates))
{ }

QString ReportFormat::number(double value, int decimals) const
{
    // -0.0 would print as "-0.0" for a part that rounds to nothing.
    if (value == 0)
        value = 0;
    return m_locale.toString(value, 'f', decimals);
}

QString ReportFormat::percent(double value, int decimals) const
{
    const QString text = number(value, decimals);
    return m_language == Language::French ? text + QStringLiteral("\u00a0%") : text + QLatin1Char('%');
}

QString ReportFormat::date(QDate date) const
{
    // The day before the month in both languages: never ambiguous, whatever the reader's habit.
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportFormat::colon() const
{
    return m_language == Language::French ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
}

QString ReportFormat::listSeparator() const
{
    return m_language == Language::French ? QStringLiteral("\u00a0; ") : QStringLiteral("; ");
}

} // namespace outpace
