#pragma once
// Edits a roadmap step in place: its status from a list of the three statuses, its target week from a list
// of weeks (or none), its note as text. The model saves each change through the workspace.

#include "personal/IsoWeek.h"

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace outpace {

class RoadmapStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // How many weeks the target-week list offers after the current week.
    static constexpr int weeksAhead = 52;

    explicit RoadmapStepDelegate(QObject *parent = nullptr);
    // The weeks a target can be: from the plan's start week to a year after the current week.
    void setWeeks(const IsoWeek &first, const IsoWeek &current);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // A step's text wraps to the width of its column instead of being cut off.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The same, were the steps' column `textColumnWidth` wide.
    QSize sizeHintAt(const QStyleOptionViewItem &option, const QModelIndex &index, int textColumnWidth) const;

    // A week as a person reads it: "2026-W50, 7 Dec".
    static QString weekLabel(const IsoWeek &week);

private:
    // What a cell's size depends on. The tree asks for every cell's size at each layout, and each measure
    // shapes the cell's text again; a key built as a formatted string cost more than half a measure.
    struct SizeKey
    {
        const QStyle *style = nullptr;
        int column = 0;
        int features = 0;
        int width = 0;
        QFont font;
        QString text;
        bool operator==(const SizeKey &) const = default;
    };
    friend size_t qHash(const SizeKey &key, size_t seed)
    {
        return qHashMulti(seed, key.style, key.column, key.features, key.width, key.font, key.text);
    }

    IsoWeek m_first;
    IsoWeek m_current;
    // Sizes already measured, by what they depend on.
    mutable QHash<SizeKey, QSize> m_sizes;
};

} // namespace outpace
