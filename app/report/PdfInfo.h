#pragma once
// Qt 6.4's QPdfWriter writes a title and a creator but no author or subject. This adds a complete document
// information dictionary to a finished PDF as an incremental update (PDF 1.4, section 3.4.5): new bytes are
// appended, none of Qt's are touched, and every viewer reads the newest dictionary.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace outpace {

struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;

    // The PDF with this information dictionary appended; fails when the file is not one QPdfWriter wrote.
    Result<QByteArray> appendTo(const QByteArray &pdf) const;
};

} // namespace outpace
