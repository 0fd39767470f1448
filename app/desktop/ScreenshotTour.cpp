#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "pages/AuditPage.h"
#include "widgets/ScrollPage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
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
    // The audit is pictured at each step, then finished with what it holds so My result has a score.
    if (key == QLatin1String("audit-next")) {
        m_window.auditPage()->nextButton()->click();
    } else if (key == QLatin1String("audit-finish")) {
        m_window.auditPage()->finishButton()->click();
        next();
        return;
    } else {
        m_window.showPage(key);
        if (m_window.currentPageKey() != key) {
            next(); // not available for this role (the audit of an occupation)
            return;
        }
        if (key == QLatin1String("audit"))
            m_pending = QStringList{QStringLiteral("audit-next"), QStringLiteral("audit-next"),
                            QStringLiteral("audit-finish")}
                + m_pending;
    }
    const QString name = key == QLatin1String("audit-next")
        ? QStringLiteral("audit-step%1").arg(m_window.auditPage()->step() + 1)
        : (key == QLatin1String("audit") ? QStringLiteral("audit-step1") : key);
    // Give layouts and charts a moment to settle before the picture is taken.
    QTimer::singleShot(400, this, [this, name] {
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        if (!m_window.grab().save(path)) {
            QTextStream(stderr) << "outpace: could not write " << QDir::toNativeSeparators(path) << '\n';
            ++m_failures;
        }
        // A scrolling page is also pictured whole, so what lies below the fold is looked at too.
        if (auto *scrolling = qobject_cast<ScrollPage *>(m_window.currentWidgetPage())) {
            const QString whole = QDir(m_folder).filePath(name + QStringLiteral("-whole.png"));
            if (!scrolling->scrolledContent()->grab().save(whole))
                ++m_failures;
        }
        next();
    });
}

} // namespace outpace
