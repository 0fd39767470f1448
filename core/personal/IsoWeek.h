#pragma once
// Check-ins and step targets are counted in ISO 8601 weeks ("2026-W48": weeks start on Monday, week 1 holds
// the year's first Thursday), the unit people plan learning in. This keeps the text form and the arithmetic
// in one place.

#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <compare>

namespace outpace {

class IsoWeek
{
public:
    IsoWeek() = default;
    static IsoWeek containing(QDate date);
    // Accepts exactly YYYY-Www with a week that exists in that year; anything else gives an invalid week.
    static IsoWeek fromString(QStringView text);

    // The years a learning plan can be about; a week outside them is a typo ("0001-W01", "9999-W52").
    static constexpr int earliestPlausibleYear = 2000;
    static constexpr int latestPlausibleYear = 2100;

    bool isValid() const { return m_monday.isValid(); }
    // Valid and within the plausible years.
    bool isPlausible() const;
    int year() const;
    int week() const;
    QDate monday() const { return m_monday; }
    QDate sunday() const { return m_monday.addDays(6); }
    QString toString() const;

    IsoWeek addWeeks(int weeks) const;
    // Whole weeks from this one to `other` (negative when other is earlier).
    int weeksTo(const IsoWeek &other) const;

    friend bool operator==(const IsoWeek &a, const IsoWeek &b) { return a.m_monday == b.m_monday; }
    friend std::strong_ordering operator<=>(const IsoWeek &a, const IsoWeek &b)
    {
        return a.m_monday.toJulianDay() <=> b.m_monday.toJulianDay();
    }

    friend size_t qHash(const IsoWeek &week, size_t seed = 0) noexcept
    {
        return ::qHash(week.m_monday.toJulianDay(), seed);
    }

private:
    explicit IsoWeek(QDate monday)
        : m_monday(monday)
    { }

    QDate m_monday;
};

} // namespace outpace
