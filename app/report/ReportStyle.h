#pragma once
// The report's type scale, colours and measures in one place. Lengths are given in points and turned into
// the paint device's units here, so one layout serves a 1200 dpi PDF and whatever a printer offers.

#include "scoring/RiskScorer.h"

#include <QColor>
#include <QFont>
#include <QPaintDevice>

namespace outpace {

class ReportStyle
{
public:
    enum class Text { Body, Small, Label, Heading1, Heading2, Heading3, Figure, CoverTitle, CoverRole };

    ReportStyle(const QPaintDevice *device, const QString &family);

    // Points (1/72 inch) in device units.
    qreal pt(qreal points) const { return points * m_scale; }
    qreal mm(qreal millimetres) const { return pt(millimetres * 72.0 / 25.4); }
    QFont font(Text text, bool bold = false) const;
    const QPaintDevice *device() const { return m_device; }

    // Okabe–Ito colours, told apart by colour-blind readers too; never the only sign of a class.
    static QColor battlefield(Battlefield battlefield);
    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor muted() { return QColor(0x5c, 0x5c, 0x5c); }
    static QColor rule() { return QColor(0xc8, 0xc8, 0xc8); }
    static QColor shade() { return QColor(0xf1, 0xf1, 0xf1); }
    static QColor accent() { return QColor(0x00, 0x72, 0xb2); } // Okabe–Ito blue
    static QColor neutral() { return QColor(0x99, 0x99, 0x99); }

private:
    const QPaintDevice *m_device;
    QString m_family;
    qreal m_scale;
};

} // namespace outpace
