#include "personal/IsoWeek.h"

namespace outpace {

IsoWeek IsoWeek::containing(QDate date)
{
    if (!date.isValid())
        return {};
    return IsoWeek(date.addDays(1 - date.dayOfWeek()));
}

IsoWeek IsoWeek::fromString(QStringView text)
{
    // Read by hand: years of check-ins are read at every start, and a pattern match costs more than the
    // rest of reading a week.
    if (text.size() != 8 || text[4] != u'-' || text[5] != u'W')
        return {};
    int digits[6] = {};
    for (int i = 0, d = 0; i < 8; ++i) {
        if (i == 4 || i == 5)
            continue;
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return {};
        digits[d++] = c - u'0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int week = digits[4] * 10 + digits[5];
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
    int year = 0;
    const int week = m_monday.weekNumber(&year);
    if (year < 0 || year > 9999)
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    const char16_t text[8]
        = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
            char16_t(u'0' + year % 10), u'-', u'W', char16_t(u'0' + week / 10), char16_t(u'0' + week % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 8);
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
