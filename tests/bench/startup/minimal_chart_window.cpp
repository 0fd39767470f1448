// A window with one bar chart that quits once it has been painted: what any Qt Charts program pays to
// start, to which the desktop app's start-up is compared.

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QTimer>

namespace {

class QuitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    auto *set = new QBarSet(QStringLiteral("share"));
    *set << 3 << 5 << 2 << 7;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1024, 700);
    // As outpace --quit-after-first-paint does: the first widget painted ends the loop once that pass is
    // done.
    app.installEventFilter(new QuitOnFirstPaint(&window));
    window.show();
    return app.exec();
}
