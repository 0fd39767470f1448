#pragma once
// My result: the personal score and its breakdown whose parts add up to it as printed, where it stands
// among the role's modelled peers, the personal battlefield and skills, a what-if panel that recomputes at
// once, the history of saved audits, and Save. Every figure comes from the workspace's AuditOutcome.

#include "charts/ChartBar.h"
#include "personal/PersonalRecords.h"
#include "widgets/ScrollPage.h"
#include "workspace/AuditOutcome.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace outpace {

class BattlefieldView;
class HistogramChart;
class HistoryChart;
class HorizontalBarChart;
class WaterfallChart;
class Workspace;

class ResultPage : public ScrollPage
{
    Q_OBJECT

public:
    ResultPage(const Workspace &workspace, QWidget *parent = nullptr);

    // Shows an outcome of a curated role, in the outcome's language.
    void setResult(const AuditOutcome &outcome);
    void setHistory(const QList<AuditRecord> &audits);
    // Draws the result again in the language, keeping the answers, the history and the what-if choices.
    void setLanguage(Language language);
    void setSaved(bool saved);

    const AuditOutcome &outcome() const { return m_outcome; }
    double score() const { return m_outcome.result.risk; }
    const AuditAnswers &answers() const { return m_outcome.answers; }
    QString printedScore() const;
    // The breakdown's parts as drawn, rounded by core so that they add up to printedScore().
    const QList<ChartBar> &breakdown() const { return m_breakdown; }
    double whatIfScore() const { return m_whatIf.risk; }
    QComboBox *whatIfExperience() const { return m_whatIfExperience; }
    QComboBox *whatIfFrom() const { return m_moveFrom; }
    QComboBox *whatIfTo() const { return m_moveTo; }
    QDoubleSpinBox *whatIfHours() const { return m_moveHours; }
    QComboBox *whatIfTool() const { return m_addTool; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *peerSentence() const { return m_peerSentence; }

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void present();
    void fillWhatIfControls();
    void recomputeWhatIf();
    AuditAnswers whatIfAnswers() const;

    const Workspace &m_workspace;
    const Role *m_role = nullptr;
    AuditOutcome m_outcome;
    RiskResult m_whatIf;
    QList<ChartBar> m_breakdown;
    QList<AuditRecord> m_history;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_score;
    QLabel *m_meaning;
    QPushButton *m_save;
    QLabel *m_savedNote;
    QLabel *m_breakdownHeading;
    QLabel *m_breakdownNote;
    WaterfallChart *m_breakdownChart;
    QLabel *m_peersHeading;
    HistogramChart *m_peers;
    QLabel *m_peerSentence;
    QLabel *m_whatIfHeading;
    QLabel *m_whatIfHint;
    QLabel *m_moveLabel;
    QComboBox *m_moveFrom;
    QLabel *m_moveToLabel;
    QComboBox *m_moveTo;
    QDoubleSpinBox *m_moveHours;
    QLabel *m_toolLabel;
    QComboBox *m_addTool;
    QLabel *m_experienceLabel;
    QComboBox *m_whatIfExperience;
    QLabel *m_whatIfResult;
    QLabel *m_battlefieldHeading;
    BattlefieldView *m_battlefield;
    QLabel *m_skillsHeading;
    HorizontalBarChart *m_skills;
    QLabel *m_historyHeading;
    HistoryChart *m_historyChart;
    QLabel *m_historyNote;
};

} // namespace outpace
