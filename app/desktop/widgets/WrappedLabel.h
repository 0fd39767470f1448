#pragma once
// A label whose text wraps to the width it is given. While a page settles, its layout asks each wrapped
// label its height at the same few widths many times over, and QLabel lays the text out afresh at every
// ask: the heights are kept until the text, the font or the margins change, so each width is laid out once.

#include <QLabel>

#include <array>

namespace outpace {

class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    // Drops the heights measured, for a change QLabel measures differently after.
    void forgetHeights();

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
