#pragma once
// A label whose text wraps to the width it is given.
//
// While a page settles, its layout asks each wrapped label its sizes at several widths, and QLabel shapes
// the whole text again at every ask. Plain text is shaped once here instead (WrappedText) and measured at
// any width from that, to the pixel QLabel would give; text it cannot take (rich text, a selectable label,
// a mnemonic) is measured by QLabel, whose heights are then kept until the text, the font or the margins
// change, so each width is laid out once.

#include "widgets/WrappedText.h"

#include <QLabel>

#include <array>
#include <optional>

namespace outpace {

class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    // Drops what was measured, for a change QLabel measures differently after.
    void forgetHeights();

private:
    // The shaped text when it is plain and laid out by QPainter::drawText; nothing when QLabel measures it.
    const WrappedText *plainText() const;
    // QLabel's size for a width (-1: the width it would like), from the shaped text.
    QSize plainSizeForWidth(const WrappedText &text, int width) const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Height, 4> m_heights;
    mutable std::size_t m_next = 0;
    mutable QString m_text;
    mutable bool m_shapeTried = false;
    mutable bool m_looksRich = false;
    mutable std::optional<WrappedText> m_shaped;
};

} // namespace outpace
