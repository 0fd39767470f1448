#pragma once
// The role portrait: every section of the portrait bundle, for a curated role or an O*NET occupation,
// top to bottom in one scrolling column. The page only lays out what it is given.

#include "charts/ChartBar.h"
#include "charts/GroupedBarChart.h"
#include "charts/HistogramChart.h"
#include "widgets/BattlefieldView.h"
#include "widgets/ScrollPage.h"

#include <QList>
#include <QPair>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace outpace {

class HeadlineFigure;
class HorizontalBarChart;

class PortraitPage : public ScrollPage
{
    Q_OBJECT

public:
    struct Figure
    {
        QString caption;
        QString figure;
        QString note;
        QString source;
    };
    struct ToolCard
    {
        QString name;
        QString vendor;
        QString description;
        QString reaches; // the tasks it reaches, as one line
    };
    struct Question
    {
        QString question;
        QString answer;
    };
    struct SimilarRole
    {
        QString id;
        QString title;
        QString detail;
    };

    explicit PortraitPage(QWidget *parent = nullptr);

    void setHeader(const QString &title, const QString &subtitle, const QString &summary);
    void setHeadline(const QList<Figure> &figures, const QString &caveat);
    void setBattlefield(const QString &note, const QList<BattlefieldView::Task> &tasks);
    void setSkills(const QList<ChartBar> &skills, const QString &note);
    void setWorkers(const QList<HistogramChart::Bin> &bins, const HistogramChart::Marker &marker,
        const QString &sentence);
    void setTools(const QList<ToolCard> &tools, const QString &toLearn);
    void setTexts(const QString &analysis, const QString &verdict, const QString &market);
    void setLenses(
        const QStringList &lenses, const QList<GroupedBarChart::Series> &series, const QString &note);
    void setSimilar(const QList<SimilarRole> &roles);
    void setQuestions(const QList<Question> &questions);
    void setSources(const QString &sources);
    void setAuditAvailable(bool available);
    // The roadmap is a curated role's; `resumes` when the profile already has a plan for it.
    void setRoadmapAvailable(bool available, bool resumes);
    QPushButton *roadmapButton() const { return m_roadmapButton; }

    BattlefieldView *battlefield() const { return m_battlefield; }
    QString title() const;

signals:
    void similarRoleChosen(const QString &id);
    void auditRequested();
    void roadmapRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *section(QLabel *&heading);
    static void clearLayout(QLayout *layout);

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_summary;
    QGridLayout *m_figures;
    QList<HeadlineFigure *> m_figureWidgets;
    QLabel *m_caveat;
    QPushButton *m_auditButton;
    QPushButton *m_roadmapButton;
    bool m_roadmapResumes = false;
    QLabel *m_battlefieldHeading;
    QLabel *m_battlefieldNote;
    BattlefieldView *m_battlefield;
    QLabel *m_skillsHeading;
    QLabel *m_skillsNote;
    HorizontalBarChart *m_skills;
    QLabel *m_workersHeading;
    HistogramChart *m_workers;
    QLabel *m_workersSentence;
    QLabel *m_toolsHeading;
    QVBoxLayout *m_toolCards;
    QLabel *m_learnHeading;
    QLabel *m_learn;
    QLabel *m_analysisHeading;
    QLabel *m_analysis;
    QLabel *m_verdictHeading;
    QLabel *m_verdict;
    QLabel *m_marketHeading;
    QLabel *m_market;
    QLabel *m_lensesHeading;
    GroupedBarChart *m_lenses;
    QLabel *m_lensesNote;
    QLabel *m_similarHeading;
    QGridLayout *m_similar;
    QLabel *m_questionsHeading;
    QVBoxLayout *m_questions;
    QLabel *m_sourcesHeading;
    QLabel *m_sources;
};

} // namespace outpace
