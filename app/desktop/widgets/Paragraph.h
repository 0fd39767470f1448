#pragma once
// A wrapped paragraph that can be selected. Selectable text is laid out by a text document, and a page's
// layout asks each paragraph its height at the same few widths many times over while it settles (the
// scroll bar comes and goes, the side margins follow the width): the heights are kept until the text or
// the font changes, so each width is laid out once.

#include <QLabel>

#include <array>

namespace outpace {

class Paragraph : public QLabel
{
    Q_OBJECT

public:
    explicit Paragraph(QWidget *parent = nullptr);
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Height, 4> m_heights;
    mutable std::size_t m_next = 0;
    mutable QString m_text;
};

} // namespace outpace
