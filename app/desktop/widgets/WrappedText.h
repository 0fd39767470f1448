#pragma once
// A plain paragraph shaped once, then broken into lines at any width exactly where QPainter::drawText breaks
// it with Qt::TextWordWrap.
//
// A wrapped QLabel is measured at five or six widths before it is first drawn (its preferred size tries
// three, its minimum two, then the width it is given), and each measure shapes the whole text again with
// HarfBuzz, which is most of what a page of paragraphs costs to open. Shaping does not depend on the
// width, only the line breaks do: so the text is shaped once as a single line, the width of every word
// and space is read from it, and the breaks at a width are found from those widths by Qt's own rules
// (qtextlayout.cpp, QTextLine::layout_helper): a word goes on the line if the line's words, the spaces
// before it, the word and the ink its last letter puts past its advance all fit; the first word of a line
// always goes on it; the spaces at a break belong to no line.
//
// Only text that those rules cover is taken: one font for every letter (a letter from a fallback font
// makes its line taller), left to right, no tab, no line break of its own, no soft hyphen, no combining
// mark, no space at either end. For anything else shape() says no and the caller measures as QLabel does.
// tst_wrapped_text compares the sizes with QFontMetrics over every paragraph of the app, in both languages.

#include <QFont>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QPaintDevice;

namespace outpace {

class WrappedText
{
public:
    // The text as laid out on `device` in `font`; nothing when the text is not one this can break.
    static std::optional<WrappedText> shape(const QString &text, const QFont &font, QPaintDevice *device);

    // What QFontMetrics::boundingRect(QRect(0, 0, width, 2000), Qt::TextWordWrap, text) gives: the width of
    // the longest line, rounded up, and the height of the lines stacked on whole pixels.
    QSize boundingSize(int width) const;

private:
    // A run of the text that is either a word (up to a space or to a place the line may break, as after a
    // hyphen) or the spaces between two words.
    struct Run
    {
        qreal width = 0;
        bool space = false;
        // For a word: how far the ink of its last letter reaches past the advance (0 if it does not), and
        // the same for the letter just before the word (a space, whose ink never does, or a hyphen).
        qreal overhang = 0;
        qreal overhangBefore = 0;
    };

    QList<Run> m_runs;
    qreal m_lineHeight = 0;
    qreal m_leading = 0;
    qreal m_largestOverhang = 0;
};

} // namespace outpace
