#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "dialogs/CheckInDialog.h"
#include "dialogs/RecoveryDialog.h"
#include "pages/AuditPage.h"
#include "pages/SettingsPage.h"
#include "pages/TrackerPage.h"
#include "widgets/ScrollPage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace outpace {

namespace {

// A few weeks of use, so the tracker's figures and chart have something to show: the first steps done,
// and a check-in this week.
bool seedRoadmap(MainWindow &window)
{
    Workspace &workspace = window.workspace();
    const std::optional<Plan> plan = window.trackerPage()->currentPlan();
    if (!plan)
        return false;
    const Role *role = workspace.catalog().role(plan->roleId);
    if (!role)
        return false;
    const QStringList steps = role->stepIds();
    for (int i = 0; i < std::min<int>(2, int(steps.size())); ++i) {
        StepChange change;
        change.stepId = steps[i];
        change.status = StepStatus::Done;
        if (!workspace.setStep(*plan, change))
            return false;
    }
    if (steps.size() > 2) {
        StepChange doing;
        doing.stepId = steps[2];
        doing.status = StepStatus::Doing;
        doing.note = ScreenshotTour::tr("Halfway through the course");
        if (!workspace.setStep(*plan, doing))
            return false;
    }
    CheckIn week;
    week.hours = 3.5;
    return workspace.checkIn(*plan, week).ok();
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &folder)
    : QObject(&window)
    , m_window(window)
    , m_folder(folder)
    , m_pending(window.pageKeys())
{
    // Dialogs come after the pages, pictured over the window as a user sees them.
    m_pending << QStringLiteral("recovery");
}

void ScreenshotTour::start(MainWindow &window, const QString &folder)
{
    auto *tour = new ScreenshotTour(window, folder);
    QDir().mkpath(folder);
    // The smallest size the window allows is where clipping shows first.
    window.resize(window.minimumSize());
    QTimer::singleShot(300, tour, &ScreenshotTour::next);
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "outpace: could not write " << QDir::toNativeSeparators(path) << '\n';
        ++m_failures;
    }
}

void ScreenshotTour::next()
{
    if (m_pending.isEmpty()) {
        QCoreApplication::exit(m_failures == 0 ? 0 : 1);
        return;
    }
    const QString key = m_pending.takeFirst();
    if (key == QLatin1String("checkin")) {
        m_window.openCheckIn();
        QTimer::singleShot(400, this, [this] {
            if (CheckInDialog *dialog = m_window.checkInDialog()) {
                save(dialog, QStringLiteral("checkin"));
                dialog->close();
            }
            next();
        });
        return;
    }
    if (key == QLatin1String("recovery")) {
        OpenReport report;
        report.problem = OpenReport::Problem::Damaged;
        report.movedAsideTo = QDir(m_window.workspace().dataFolder())
                                  .filePath(QStringLiteral("outpace.db.damaged-20261130-0912"));
        // A backup to offer, as a user who has opened Outpace before would have.
        if (!m_window.workspace().backup())
            ++m_failures;
        auto *dialog = new RecoveryDialog(m_window.workspace(), report, &m_window);
        dialog->show();
        QTimer::singleShot(400, this, [this, dialog] {
            save(dialog, QStringLiteral("recovery"));
            dialog->deleteLater();
            next();
        });
        return;
    }
    QString name = key;
    // The audit is pictured at each step, then finished with what it holds so My result has a score.
    if (key == QLatin1String("audit-next")) {
        m_window.auditPage()->nextButton()->click();
        name = QStringLiteral("audit-step%1").arg(m_window.auditPage()->step() + 1);
    } else if (key == QLatin1String("audit-finish")) {
        m_window.auditPage()->finishButton()->click();
        next();
        return;
    } else if (key.startsWith(QLatin1String("settings-"))) {
        QTabWidget *tabs = m_window.settingsPage()->tabs();
        const int tab = key.mid(9).toInt();
        tabs->setCurrentIndex(tab);
    } else {
        if (key == QLatin1String("tracker") && m_window.startRoadmap() && !seedRoadmap(m_window)) {
            QTextStream(stderr) << "outpace: the roadmap pictured could not be filled in\n";
            ++m_failures;
        }
        m_window.showPage(key);
        if (m_window.currentPageKey() != key) {
            next(); // not available for this role (the audit of an occupation)
            return;
        }
        if (key == QLatin1String("audit")) {
            m_pending = QStringList{QStringLiteral("audit-next"), QStringLiteral("audit-next"),
                            QStringLiteral("audit-finish")}
                + m_pending;
            name = QStringLiteral("audit-step1");
        } else if (key == QLatin1String("tracker") && m_window.trackerPage()->currentPlan()) {
            m_pending.prepend(QStringLiteral("checkin"));
        } else if (key == QLatin1String("settings")) {
            QStringList tabs;
            for (int i = 1; i < m_window.settingsPage()->tabs()->count(); ++i)
                tabs << QStringLiteral("settings-%1").arg(i);
            m_pending = tabs + m_pending;
            m_window.settingsPage()->tabs()->setCurrentIndex(0);
        }
    }
    // Give layouts and charts a moment to settle before the picture is taken.
    QTimer::singleShot(400, this, [this, name] {
        save(&m_window, name);
        // A scrolling page is also pictured whole, so what lies below the fold is looked at too.
        if (auto *scrolling = qobject_cast<ScrollPage *>(m_window.currentWidgetPage()))
            save(scrolling->scrolledContent(), name + QStringLiteral("-whole"));
        next();
    });
}

} // namespace outpace
