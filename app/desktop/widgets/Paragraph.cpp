#include "widgets/Paragraph.h"

#include <QEvent>

namespace outpace {

Paragraph::Paragraph(QWidget *parent)
    : WrappedLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // No focus either until then: QLabel gives any label that can take the focus a text document. The
    // pointer comes over the paragraph before it clicks, and the click then gives the focus, as it does
    // to any selectable label; the Tab key passes by both ways.
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void Paragraph::becomeSelectable()
{
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Measured again all the same, should a font ever break its lines otherwise as a document.
    forgetHeights();
    updateGeometry();
}

bool Paragraph::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Enter:
    case QEvent::FocusIn:
    case QEvent::MouseButtonPress:
    case QEvent::ContextMenu:
        if (!(textInteractionFlags() & Qt::TextSelectableByMouse))
            becomeSelectable();
        break;
    default:
        break;
    }
    return WrappedLabel::event(event);
}

} // namespace outpace
