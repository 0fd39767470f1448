#include "FirstPaintQuitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace outpace {

FirstPaintQuitter::FirstPaintQuitter(QObject *parent)
    : QObject(parent)
{ }

void FirstPaintQuitter::watch(QWidget *window)
{
    // The filter sits on the application: the window's own area may be covered by its children, and the
    // first child painted means the whole window is being painted in this same pass.
    qApp->installEventFilter(new FirstPaintQuitter(window));
}

bool FirstPaintQuitter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_quitting && event->type() == QEvent::Paint) {
        m_quitting = true;
        // Queued, so the paint that is under way completes before the loop ends.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace outpace
