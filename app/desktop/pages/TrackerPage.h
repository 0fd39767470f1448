#pragma once
// The roadmap tracker: one of the profile's plans with its phases and steps, edited in place; this week's
// quick actions; progress overall and per phase; the week-by-week chart; the streak; the re-audit nudge;
// and the score across audits. Everything shown comes from the workspace's tracker snapshot.

#include "common/LocalizedText.h"
#include "personal/PersonalRecords.h"
#include "widgets/ScrollPage.h"

#include <QList>

#include <optional>

class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace outpace {

class BulletList;
class HeadlineFigure;
class HistoryChart;
class ProgressChart;
class RoadmapStepDelegate;
class RoadmapStepsModel;
class ScoreHistoryModel;
class Workspace;

class TrackerPage : public ScrollPage
{
    Q_OBJECT

public:
    TrackerPage(Workspace &workspace, QWidget *parent = nullptr);

    void setLanguage(Language language);
    // Shows the plan for this role when the profile has one.
    void showPlanFor(const QString &roleId);
    std::optional<Plan> currentPlan() const;
    // Reads everything again now (the page also does it by itself when the data changes).
    void refresh();

    QComboBox *planBox() const { return m_planBox; }
    QTreeView *stepsView() const { return m_steps; }
    RoadmapStepsModel *stepsModel() const { return m_stepsModel; }
    QProgressBar *overallBar() const { return m_overall; }
    QString streakText() const;
    QPushButton *checkInButton() const { return m_checkInButton; }
    QPushButton *reauditButton() const { return m_reauditButton; }
    bool reauditShown() const;
    ProgressChart *progressChart() const { return m_progressChart; }
    HistoryChart *historyChart() const { return m_historyChart; }
    QTableView *historyTable() const { return m_historyTable; }

signals:
    void checkInRequested();
    // The re-audit nudge's button: the audit of this role.
    void auditRequested(const QString &roleId);
    // A point of the score history or a row of its table: that saved audit's result.
    void auditChosen(qint64 auditId);
    void findRoleRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshPlans();
    void refreshTracker();
    void refreshHistory();
    void setSectionsVisible(bool visible);
    void chooseHistoryRow(int row);
    QString roleTitle(const QString &roleId) const;

    Workspace &m_workspace;
    Language m_language = Language::English;
    Language m_modelLanguage = Language::English;
    bool m_stale = true;
    std::optional<qint64> m_wantedPlan;
    QList<Plan> m_plans;
    QString m_wantedRole;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_planLabel;
    QComboBox *m_planBox;
    QPushButton *m_checkInButton;
    QLabel *m_empty;
    QPushButton *m_findButton;
    QFrame *m_reauditBanner;
    QLabel *m_reauditText;
    QPushButton *m_reauditButton;
    QWidget *m_planSections;
    HeadlineFigure *m_overallFigure;
    HeadlineFigure *m_streakFigure;
    HeadlineFigure *m_hoursFigure;
    QLabel *m_overallLabel;
    QProgressBar *m_overall;
    QGridLayout *m_phaseBars;
    QLabel *m_weekHeading;
    BulletList *m_quickActions;
    QLabel *m_noQuickActions;
    QLabel *m_stepsHeading;
    QLabel *m_stepsHint;
    QTreeView *m_steps;
    RoadmapStepsModel *m_stepsModel;
    RoadmapStepDelegate *m_delegate;
    QLabel *m_chartHeading;
    QLabel *m_chartNote;
    ProgressChart *m_progressChart;
    QLabel *m_historyHeading;
    QLabel *m_historyNote;
    HistoryChart *m_historyChart;
    QTableView *m_historyTable;
    ScoreHistoryModel *m_historyModel;
    QList<qint64> m_historyIds;
    QLabel *m_problem;
};

} // namespace outpace
