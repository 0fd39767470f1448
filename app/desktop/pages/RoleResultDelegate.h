#pragma once
// Draws a search result as a title over a quieter detail line (sector, code), and section headings in
// bold, so the eye finds the titles first.

#include <QFont>
#include <QStyledItemDelegate>

namespace outpace {

class RoleResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The item data role holding the detail line; items without one are headings.
    static constexpr int DetailRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The height of a result in a font: its title's line and its detail's, in the smaller font.
    int resultHeight(const QFont &font) const;

    mutable QFont m_measuredFont;
    mutable int m_resultHeight = -1;
};

} // namespace outpace
