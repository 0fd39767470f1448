#include "FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace outpace {

namespace {
// Set in the paint itself, before any queued action can run.
bool quitting = false;
} // namespace

FirstPaint::FirstPaint(QWidget *window, std::function<void()> action, bool quits)
    : QObject(window)
    , m_window(window)
    , m_action(std::move(action))
    , m_quits(quits)
{ }

void FirstPaint::then(QWidget *window, std::function<void()> action)
{
    // The filter sits on the application: the window's own area may be covered by its children, and the
    // first child painted means the whole window is being painted in this same pass.
    qApp->installEventFilter(new FirstPaint(window, std::move(action), false));
}

void FirstPaint::quitAfter(QWidget *window)
{
    qApp->installEventFilter(new FirstPaint(
        window, [] { QCoreApplication::quit(); }, true));
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        qApp->removeEventFilter(this);
        if (m_quits)
            quitting = true;
        // Queued, so the paint that is under way completes first; once the loop is on its way out, only the
        // quit itself still runs.
        QTimer::singleShot(0, this, [this] {
            if (!quitting || m_quits)
                m_action();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace outpace
