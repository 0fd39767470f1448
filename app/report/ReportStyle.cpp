#include "ReportStyle.h"

namespace outpace {

ReportStyle::ReportStyle(const QPaintDevice *device, const QString &family)
    : m_device(device)
    , m_family(family)
    , m_scale(device->logicalDpiY() / 72.0)
{ }

QFont ReportStyle::font(Text text, bool bold) const
{
    struct Size
    {
        qreal points;
        bool bold;
    };
    Size size{9.5, false};
    switch (text) {
    case Text::Body:
        break;
    case Text::Small:
        size = {8, false};
        break;
    case Text::Label:
        size = {7.5, false};
        break;
    case Text::Heading1:
        size = {17, true};
        break;
    case Text::Heading2:
        size = {12.5, true};
        break;
    case Text::Heading3:
        size = {10, true};
        break;
    case Text::Figure:
        size = {16, true};
        break;
    case Text::CoverTitle:
        size = {30, true};
        break;
    case Text::CoverRole:
        size = {20, false};
        break;
    }
    QFont font(m_family);
    font.setPointSizeF(size.points);
    font.setBold(size.bold || bold);
    // Hinting would snap glyphs to a screen's pixels; a page has none.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Qt shapes without ligatures when letters are spaced: "fi" then stays two letters that every PDF reader
    // copies and finds. The spacing is far below anything visible (1/64 of a device pixel, the smallest step
    // Qt keeps).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return QFont(font, m_device);
}

QColor ReportStyle::battlefield(Battlefield battlefield)
{
    switch (battlefield) {
    case Battlefield::AutomatedAlready:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case Battlefield::NeedsOversight:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case Battlefield::SafeForNow:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    }
    return neutral();
}

} // namespace outpace
