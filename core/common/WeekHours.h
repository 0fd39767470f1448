#pragma once
// The one limit on a number of hours the user gives: a week holds 168, whether it is the weekly time on a
// task, other work, or time spent learning.

#include <cmath>

namespace outpace {

inline constexpr double hoursInAWeek = 24 * 7;

// A finite number from 0 to hoursInAWeek.
inline bool hoursArePlausible(double hours)
{
    return std::isfinite(hours) && hours >= 0 && hours <= hoursInAWeek;
}

} // namespace outpace
