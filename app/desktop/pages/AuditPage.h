#pragma once
// The audit: a short wizard inside the page (your week, your AI tools, your experience) with a visible
// step count and a live score. It starts from the role's profile, so Next, Next, Finish gives the role's
// own score, and it keeps a draft that resumes after the window is closed.

#include "scoring/AuditAnswers.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableWidget;

namespace outpace {

class Catalog;
class Workspace;

class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(const Workspace &workspace, QSettings &settings, QWidget *parent = nullptr);

    // Starts (or resumes the draft of) the audit of a curated role; null clears the page.
    void setRole(const Role *role, Language language);
    // Draws the wizard again in the language, keeping the answers given so far.
    void setLanguage(Language language);
    const AuditAnswers &answers() const { return m_answers; }
    int step() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *finishButton() const { return m_finish; }
    QDoubleSpinBox *hoursBox(int taskIndex) const;
    QDoubleSpinBox *otherHoursBox() const { return m_otherHours; }
    QComboBox *toolBox(const QString &toolId) const;
    void setExperience(Experience level);

signals:
    void finished(const AuditAnswers &answers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildWeek();
    void buildTools();
    void goTo(int step);
    void readControls();
    void updateShares();
    void updatePreview();
    void saveDraft();
    QString draftKey() const;

    const Workspace &m_workspace;
    const Catalog &m_catalog;
    QSettings &m_settings;
    const Role *m_role = nullptr;
    Language m_language = Language::English;
    AuditAnswers m_answers;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_stepLabel;
    QLabel *m_preview;
    QStackedWidget *m_steps;
    QLabel *m_weekHint;
    QTableWidget *m_week;
    QList<QDoubleSpinBox *> m_hours;
    QDoubleSpinBox *m_otherHours = nullptr;
    QLabel *m_totalLabel;
    QLabel *m_toolsHint;
    QTableWidget *m_tools;
    QList<QPair<QString, QComboBox *>> m_toolBoxes;
    QLabel *m_experienceHint;
    QButtonGroup *m_experience;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_finish;
};

} // namespace outpace
