#pragma once
// A page that scrolls rather than clips: its content sits in a scroll area, in a column no wider than
// about ninety characters of text so long paragraphs stay readable on a wide screen.

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace outpace {

class ScrollPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScrollPage(QWidget *parent = nullptr);
    // Everything the page holds, visible or scrolled away (the screenshots diagnostic pictures it whole).
    QWidget *scrolledContent() const;

protected:
    // Where sections go, top to bottom.
    QVBoxLayout *content() const { return m_content; }
    QWidget *contentWidget() const { return m_contentWidget; }
    // A section title in a larger bold font, announced as a heading by screen readers.
    QLabel *addHeading(int level = 2);
    // A paragraph that wraps and can be selected with the mouse or keyboard.
    QLabel *addParagraph();
    static QLabel *makeParagraph(QWidget *parent);
    void scrollToTop();
    void changeEvent(QEvent *event) override;

private:
    void fitColumn();

    QScrollArea *m_scroll;
    QWidget *m_contentWidget;
    QVBoxLayout *m_content;
};

} // namespace outpace
