#pragma once
// A wrapped paragraph that can be selected with the mouse or the keyboard.
//
// Selectable text is laid out and drawn by a text document, which costs several times what plain text
// costs each time the page's layout asks for a size; on the tracker, forty paragraphs spent most of the
// first layout there. So a paragraph stays plain text until the pointer comes over it or it takes the
// focus, and becomes selectable then, before the press or the keys that select. Plain and selectable text
// break their lines at the same places (tst_main_window checks it in both languages), so nothing moves.

#include "widgets/WrappedLabel.h"

namespace outpace {

class Paragraph : public WrappedLabel
{
    Q_OBJECT

public:
    explicit Paragraph(QWidget *parent = nullptr);
    // What the pointer or the focus does on its own; for a paragraph reached another way (a test, a
    // screen reader's caret).
    void becomeSelectable();

protected:
    bool event(QEvent *event) override;
};

} // namespace outpace
