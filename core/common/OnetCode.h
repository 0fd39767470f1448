#pragma once
// The one checker of occupation codes, so the catalog, the research readers and every front end accept the
// same forms: an O*NET-SOC code (15-1252.00) or its 6-digit SOC code (15-1252).

#include <QStringView>

namespace outpace::OnetCode {

// 15-1252.00
bool isOnetSocCode(QStringView text);
// 15-1252
bool isSocCode(QStringView text);
// Either of the two.
inline bool isOccupationCode(QStringView text)
{
    return isOnetSocCode(text) || isSocCode(text);
}

} // namespace outpace::OnetCode
