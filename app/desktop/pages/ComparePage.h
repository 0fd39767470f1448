#pragma once
// Two to four curated roles side by side: their headline figures in a table and one grouped chart, for a
// student choosing a path or a worker weighing a move.

#include "common/LocalizedText.h"
#include "widgets/ScrollPage.h"

#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace outpace {

class Catalog;
class GroupedBarChart;
class Workspace;

class ComparePage : public ScrollPage
{
    Q_OBJECT

public:
    static constexpr int MaxRoles = 4;

    explicit ComparePage(const Workspace &workspace, QWidget *parent = nullptr);

    // Puts the role first, then keeps the other choices; a role that is not curated is left out.
    void setRole(const QString &roleId, Language language);
    void setLanguage(Language language);
    QStringList chosenRoles() const;
    QComboBox *roleBox(int index) const { return m_boxes.value(index); }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillBoxes(const QStringList &chosen);
    void refresh();

    const Workspace &m_workspace;
    const Catalog &m_catalog;
    Language m_language = Language::English;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_hint;
    QList<QLabel *> m_boxLabels;
    QList<QComboBox *> m_boxes;
    QTableWidget *m_table;
    GroupedBarChart *m_chart;
};

} // namespace outpace
