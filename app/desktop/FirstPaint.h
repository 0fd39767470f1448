#pragma once
// Runs an action once a window has been painted for the first time. What the user does not need to see the
// window waits for it (the check of the personal data at start), and the start-up benchmark's diagnostic
// leaves the event loop there, so a whole-process timing measures start-up to first paint.

#include <QObject>

#include <functional>

class QWidget;

namespace outpace {

class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // After the first paint of `window` (or of any of its children) has completed; owned by `window`.
    static void then(QWidget *window, std::function<void()> action);
    // Leaves the event loop as soon as `window` is painted; the actions still to come are not started.
    static void quitAfter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaint(QWidget *window, std::function<void()> action, bool quits);
    QWidget *m_window;
    std::function<void()> m_action;
    bool m_quits;
};

} // namespace outpace
