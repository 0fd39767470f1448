#include "widgets/WrappedText.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace outpace {

namespace {

// Qt keeps text measures in 26.6 fixed point and turns a font's real-valued bearings into it by truncation.
qreal asFixedPoint(qreal value)
{
    return std::trunc(value * 64) / 64;
}

// How far the ink of a letter reaches past its advance, as a positive width; 0 when it stays inside.
qreal overhangOf(const QFontMetricsF &metrics, QChar letter)
{
    return -std::min(asFixedPoint(metrics.rightBearing(letter)), qreal(0));
}

// A space the line may break at: a no-break space is a space, but belongs to the word around it.
bool isBreakableSpace(QChar c)
{
    return c.isSpace() && c.decompositionTag() != QChar::NoBreak;
}

bool isCoveredLetter(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return c != QChar::SoftHyphen && c != QChar::Tabulation && c != QChar::LineFeed
            && c != QChar::CarriageReturn && c != QChar::ObjectReplacementCharacter;
    }
}

} // namespace

std::optional<WrappedText> WrappedText::shape(const QString &text, const QFont &font, QPaintDevice *device)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || text.isRightToLeft())
        return std::nullopt;
    for (const QChar c : text) {
        if (!isCoveredLetter(c))
            return std::nullopt;
    }

    QTextLayout layout(text, font, device);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(0x01000000); // the width qt_format_text gives a line that must not wrap
    const bool oneLine = !layout.createLine().isValid();
    layout.endLayout();
    if (!oneLine)
        return std::nullopt;

    const QFontMetricsF metrics(font, device);
    // A letter taken from another font gives its line that font's height; all lines must be alike here.
    if (line.ascent() != metrics.ascent() || line.descent() != metrics.descent())
        return std::nullopt;

    WrappedText shaped;
    shaped.m_lineHeight = line.ascent() + line.descent();
    shaped.m_leading = metrics.leading();
    shaped.m_largestOverhang = -std::min(asFixedPoint(metrics.minRightBearing()), qreal(0));

    // The places a line may break, by the same Unicode rules the layout applies (UAX #14).
    QList<qsizetype> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary())
        breaks.append(at);
    breaks.append(text.size());

    qsizetype start = 0;
    qreal startX = 0;
    const auto addRun = [&](qsizetype end, bool space) {
        int position = int(end);
        const qreal endX = line.cursorToX(&position);
        Run run;
        run.width = endX - startX;
        run.space = space;
        if (!space) {
            run.overhang = overhangOf(metrics, text.at(end - 1));
            run.overhangBefore = start > 0 ? overhangOf(metrics, text.at(start - 1)) : 0;
        }
        shaped.m_runs.append(run);
        start = end;
        startX = endX;
    };
    qsizetype nextBreak = 0;
    while (start < text.size()) {
        qsizetype end = start;
        if (isBreakableSpace(text.at(start))) {
            while (end < text.size() && isBreakableSpace(text.at(end)))
                ++end;
            addRun(end, true);
            continue;
        }
        while (breaks.at(nextBreak) <= start)
            ++nextBreak;
        // A word ends at a space or where the line may break, whichever comes first.
        while (end < breaks.at(nextBreak) && !isBreakableSpace(text.at(end)))
            ++end;
        addRun(end, false);
    }
    return shaped;
}

QSize WrappedText::boundingSize(int width) const
{
    const qreal available = std::max(width, 0);
    qreal widest = 0;
    int lines = 0;
    qsizetype next = 0;
    while (next < m_runs.size()) {
        // One line, the way QTextLine::layout_helper fills it.
        qreal words = 0;  // the width of what is on the line, inner spaces included
        qreal spaces = 0; // spaces met after the last word placed, not on the line yet
        bool placed = false;
        qreal overhang = 0;
        bool full = false;
        for (; next < m_runs.size(); ++next) {
            const Run &run = m_runs.at(next);
            if (run.space) {
                spaces += run.width;
                if (spaces > available) {
                    // Spaces wider than the whole line end it; they belong to no line.
                    ++next;
                    full = true;
                    break;
                }
                continue;
            }
            const qreal without = words + spaces + run.width;
            // Qt only looks at the last letter's ink when the font's largest overhang could matter.
            const qreal ink = without + m_largestOverhang > available ? run.overhang : 0;
            if (placed && without + ink > available) {
                overhang = run.overhangBefore;
                full = true;
                break;
            }
            words = without;
            spaces = 0;
            placed = true;
        }
        if (!full)
            overhang = m_runs.constLast().overhang;
        widest = std::max(widest, words + overhang);
        ++lines;
    }

    // Lines sit on whole pixels, one leading apart (qt_format_text).
    qreal height = -m_leading;
    for (int i = 0; i < lines; ++i) {
        height += m_leading;
        height = std::ceil(height);
        height += m_lineHeight;
    }
    return {int(std::ceil(widest)), int(std::ceil(height))};
}

} // namespace outpace
