#include "widgets/BulletList.h"

#include "widgets/Paragraph.h"

#include <QEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace outpace {

namespace {
const QString bullet = QStringLiteral("\u2022");
}

BulletList::BulletList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setSpacing(2);
    fitIndent();
}

void BulletList::fitIndent()
{
    // The text starts about four characters in, the bullet one character before it, as lists do.
    m_layout->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
}

void BulletList::setItems(const QStringList &items)
{
    if (items == m_items)
        return;
    m_items = items;
    // The same number of items only changes their words (a new language, a new plan of the same length).
    while (m_paragraphs.size() > items.size())
        delete m_paragraphs.takeLast();
    while (m_paragraphs.size() < items.size()) {
        auto *paragraph = new Paragraph(this);
        m_layout->addWidget(paragraph);
        m_paragraphs.append(paragraph);
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        m_paragraphs[i]->setText(items[i]);
    update();
}

void BulletList::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // The painter's pen is already the widget's text colour for its state (disabled, inactive window).
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int gap = metrics.averageCharWidth();
    for (const Paragraph *paragraph : std::as_const(m_paragraphs)) {
        const QRect text = paragraph->geometry();
        painter.drawText(
            text.left() - gap - metrics.horizontalAdvance(bullet), text.top() + metrics.ascent(), bullet);
    }
}

void BulletList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitIndent();
    QWidget::changeEvent(event);
}

} // namespace outpace
