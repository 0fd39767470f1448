#pragma once
// The task battlefield: three columns (automated already, needs human oversight, safe for now), each
// with its colour, icon and words, so the colour never speaks alone; each task with its AI share and a
// tooltip that says where its labels come from.

#include "scoring/RiskScorer.h"

#include <QList>
#include <QWidget>

#include <array>

class QLabel;
class QVBoxLayout;

namespace outpace {

class BattlefieldView : public QWidget
{
    Q_OBJECT

public:
    struct Task
    {
        QString title;
        QString figure;  // the AI share as shown, e.g. "62 %"
        QString details; // tooltip: O*NET links, labels, any deviation and its reason
        Battlefield column = Battlefield::SafeForNow;
    };

    explicit BattlefieldView(QWidget *parent = nullptr);
    void setTasks(const QList<Task> &tasks);
    // The task titles shown in a column, top to bottom (what a test compares with core).
    QStringList titlesIn(Battlefield column) const;
    static QString columnName(Battlefield column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Task> m_tasks;
    std::array<QWidget *, 3> m_columns{};
    std::array<QLabel *, 3> m_headers{};
    std::array<QLabel *, 3> m_icons{};
    std::array<QVBoxLayout *, 3> m_lists{};
};

} // namespace outpace
