#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QStyle>
#include <QTextDocument>

#include <algorithm>

namespace outpace {

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{ }

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

const WrappedText *WrappedLabel::plainText() const
{
    // setText() is not virtual: a text that is not the one measured clears what was measured.
    if (text() != m_text)
        const_cast<WrappedLabel *>(this)->forgetHeights();
    // What makes QLabel lay its text out otherwise than QPainter::drawText does: a text document (rich
    // text, or text that can be selected), a mnemonic shown for a buddy, a frame's indent, no wrapping.
    if (!wordWrap() || frameWidth() != 0 || textFormat() == Qt::RichText || textFormat() == Qt::MarkdownText
        || (textInteractionFlags()
            & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable))
        || (buddy() && m_text.contains(QLatin1Char('&'))))
        return nullptr;
    if (!m_shapeTried) {
        m_shapeTried = true;
        m_looksRich = Qt::mightBeRichText(m_text);
        ensurePolished();
        if (textFormat() == Qt::PlainText || !m_looksRich)
            m_shaped = WrappedText::shape(m_text, font(), const_cast<WrappedLabel *>(this));
    }
    if (textFormat() == Qt::AutoText && m_looksRich)
        return nullptr;
    return m_shaped ? &*m_shaped : nullptr;
}

QSize WrappedLabel::plainSizeForWidth(const WrappedText &text, int width) const
{
    // QLabelPrivate::sizeForWidth, for plain wrapped text without a frame.
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const QSize marginsSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    int extraWidth = 2 * margin();
    int extraHeight = extraWidth;
    if (indent() > 0) {
        const Qt::Alignment align = QStyle::visualAlignment(Qt::LeftToRight, alignment());
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            extraWidth += indent();
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            extraHeight += indent();
    }
    const QFontMetrics metrics = fontMetrics();
    // Asked for the width it would like, a label tries eighty characters, then half, then a quarter, as
    // long as the text still fills the width tried and stays short.
    const bool tryWidth = width < 0;
    if (tryWidth)
        width = std::min(metrics.averageCharWidth() * 80, maximumWidth());
    width -= extraWidth + marginsSize.width();
    QSize bounds = text.boundingSize(width);
    if (tryWidth && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = text.boundingSize(width / 2);
    if (tryWidth && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = text.boundingSize(width / 4);
    return (bounds + QSize(extraWidth, extraHeight) + marginsSize).expandedTo(minimumSize());
}

QSize WrappedLabel::sizeHint() const
{
    if (const WrappedText *text = plainText())
        return plainSizeForWidth(*text, -1);
    return QLabel::sizeHint();
}

QSize WrappedLabel::minimumSizeHint() const
{
    // QLabel::minimumSizeHint: one line high at most, as wide as the longest word.
    if (const WrappedText *text = plainText()) {
        const QSize preferred = plainSizeForWidth(*text, -1);
        return {plainSizeForWidth(*text, 0).width(),
            std::min(plainSizeForWidth(*text, QWIDGETSIZE_MAX).height(), preferred.height())};
    }
    return QLabel::minimumSizeHint();
}

int WrappedLabel::heightForWidth(int width) const
{
    if (const WrappedText *text = plainText())
        return plainSizeForWidth(*text, width).height();
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::forgetHeights()
{
    m_heights.fill({});
    m_text = text();
    m_shapeTried = false;
    m_shaped.reset();
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::ScreenChangeInternal:
        forgetHeights();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace outpace
