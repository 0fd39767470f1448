#pragma once
// The start-up benchmark's diagnostic: leaves the event loop once the watched window has been painted,
// so a whole-process timing measures start-up to first paint and nothing more.

#include <QObject>

class QWidget;

namespace outpace {

class FirstPaintQuitter : public QObject
{
    Q_OBJECT

public:
    // Watches window (and owns itself through it).
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintQuitter(QObject *parent);
    bool m_quitting = false;
};

} // namespace outpace
