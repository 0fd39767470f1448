#pragma once
// The screenshots diagnostic: visits every page of the window at its minimum size and saves each as a
// PNG, so a person can look at every page in each language without clicking through them.

#include <QObject>
#include <QStringList>

class QWidget;

namespace outpace {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    // Starts once the event loop runs; quits the application when every page is saved.
    static void start(MainWindow &window, const QString &folder);

private:
    ScreenshotTour(MainWindow &window, const QString &folder);
    void next();
    void save(QWidget *widget, const QString &name);

    MainWindow &m_window;
    QString m_folder;
    QStringList m_pending;
    int m_failures = 0;
};

} // namespace outpace
