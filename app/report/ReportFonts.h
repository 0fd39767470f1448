#pragma once
// The report's typeface is shipped inside the program (DejaVu Sans and its licence), so a report looks the
// same on every machine and has every French character, whatever fonts are installed.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace outpace {

class ReportFonts
{
public:
    // Registers the shipped fonts with the application once; returns their family name.
    static Result<QString> family();
    // The fonts' licence text, as shipped beside them.
    static QByteArray licence();
};

} // namespace outpace
