#include "widgets/HeadlineFigure.h"

#include "widgets/WrappedLabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace outpace {

HeadlineFigure::HeadlineFigure(QWidget *parent)
    : QFrame(parent)
    , m_caption(new WrappedLabel(this))
    , m_figure(new QLabel(this))
    , m_note(new WrappedLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // a keyboard user reaches the tooltip's source too
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_figure->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_figure);
    layout->addWidget(m_note);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void HeadlineFigure::set(
    const QString &caption, const QString &figure, const QString &note, const QString &source)
{
    m_caption->setText(caption);
    m_figure->setText(figure);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setToolTip(source);
    setAccessibleName(caption + QStringLiteral(": ") + figure);
    setAccessibleDescription(note.isEmpty() ? source : note + QLatin1Char(' ') + source);
}

QString HeadlineFigure::figure() const
{
    return m_figure->text();
}

} // namespace outpace
