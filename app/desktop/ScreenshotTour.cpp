#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "widgets/ScrollPage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace outpace {

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &folder)
    : QObject(&window)
    , m_window(window)
    , m_folder(folder)
    , m_pending(window.pageKeys())
{ }

void ScreenshotTour::start(MainWindow &window, const QString &folder)
{
    auto *tour = new ScreenshotTour(window, folder);
    QDir().mkpath(folder);
    // The smallest size the window allows is where clipping shows first.
    window.resize(window.minimumSize());
    QTimer::singleShot(300, tour, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_pending.isEmpty()) {
        QCoreApplication::exit(m_failures == 0 ? 0 : 1);
        return;
    }
    const QString key = m_pending.takeFirst();
    m_window.showPage(key);
    // Give layouts and charts a moment to settle before the picture is taken.
    QTimer::singleShot(400, this, [this, key] {
        const QString path = QDir(m_folder).filePath(key + QStringLiteral(".png"));
        if (!m_window.grab().save(path)) {
            QTextStream(stderr) << "outpace: could not write " << QDir::toNativeSeparators(path) << '\n';
            ++m_failures;
        }
        // A scrolling page is also pictured whole, so what lies below the fold is looked at too.
        if (auto *scrolling = qobject_cast<ScrollPage *>(m_window.page(key))) {
            const QString whole = QDir(m_folder).filePath(key + QStringLiteral("-whole.png"));
            if (!scrolling->scrolledContent()->grab().save(whole))
                ++m_failures;
        }
        next();
    });
}

} // namespace outpace
