#pragma once
// The weekly check-in: which week (this one unless another is chosen), the hours spent learning, the
// steps finished that week ticked, and a short reflection. Saving a week that has a check-in changes it.

#include "common/LocalizedText.h"
#include "personal/PersonalRecords.h"
#include "workspace/TrackerSnapshot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace outpace {

class Workspace;

class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    // A reflection is a few sentences; a longer text belongs in a step's note or elsewhere.
    static constexpr int maximumReflection = 2000;
    // How far back a week can be chosen.
    static constexpr int weeksBack = 52;

    CheckInDialog(Workspace &workspace, const Plan &plan, Language language, QWidget *parent = nullptr);

    QComboBox *weekBox() const { return m_week; }
    QDoubleSpinBox *hoursBox() const { return m_hours; }
    QListWidget *stepsList() const { return m_steps; }
    QPlainTextEdit *reflectionField() const { return m_reflection; }
    QPushButton *saveButton() const;
    IsoWeek week() const;
    void setWeek(const IsoWeek &week);
    // Saves the steps ticked and the check-in; false, with the reason shown in the dialog, when refused.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void loadWeek();

    Workspace &m_workspace;
    Plan m_plan;
    Language m_language;
    TrackerSnapshot m_snapshot;

    QLabel *m_intro;
    QLabel *m_weekLabel;
    QComboBox *m_week;
    QLabel *m_existing;
    QLabel *m_hoursLabel;
    QDoubleSpinBox *m_hours;
    QLabel *m_stepsLabel;
    QListWidget *m_steps;
    QLabel *m_reflectionLabel;
    QPlainTextEdit *m_reflection;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace outpace
