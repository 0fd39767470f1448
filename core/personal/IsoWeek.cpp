#include "personal/IsoWeek.h"

#include <QRegularExpression>

namespace outpace {

IsoWeek IsoWeek::containing(QDate date)
{
    if (!date.isValid())
        return {};
    return IsoWeek(date.addDays(1 - date.dayOfWeek()));
}

IsoWeek IsoWeek::fromString(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.capturedView(1).toInt();
    const int week = match.capturedView(2).toInt();
    if (year < 1 || week < 1)
        return {};
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const IsoWeek first = containing(jan4);
    const IsoWeek candidate = first.addWeeks(week - 1);
    if (candidate.year() != year)
        return {}; // week 53 in a 52-week year
    return candidate;
}

bool IsoWeek::isPlausible() const
{
    return isValid() && year() >= earliestPlausibleYear && year() <= latestPlausibleYear;
}

int IsoWeek::year() const
{
    int year = 0;
    m_monday.weekNumber(&year);
    return year;
}

int IsoWeek::week() const
{
    return m_monday.weekNumber();
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-W%2").arg(year(), 4, 10, QLatin1Char('0')).arg(week(), 2, 10, QLatin1Char('0'));
}

IsoWeek IsoWeek::addWeeks(int weeks) const
{
    return isValid() ? IsoWeek(m_monday.addDays(qint64(weeks) * 7)) : IsoWeek();
}

int IsoWeek::weeksTo(const IsoWeek &other) const
{
    return int(m_monday.daysTo(other.m_monday) / 7);
}

} // namespace outpace
