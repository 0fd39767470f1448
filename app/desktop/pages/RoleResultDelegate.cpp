#include "pages/RoleResultDelegate.h"

#include <QApplication>
#include <QPainter>

namespace outpace {

namespace {
constexpr int Padding = 4;
}

void RoleResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString detail = index.data(DetailRole).toString();
    if (detail.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QRect area = opt.rect.adjusted(Padding * 2, Padding, -Padding * 2, -Padding);
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics titleMetrics(opt.font);
    painter->setFont(opt.font);
    painter->drawText(
        area, Qt::AlignLeft | Qt::AlignTop, titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    area.setTop(area.top() + titleMetrics.height());
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    QColor quiet = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(quiet);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
        QFontMetrics(small).elidedText(detail, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize RoleResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(DetailRole).toString().isEmpty()) {
        size.setHeight(size.height() + Padding * 2);
        return size;
    }
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    size.setHeight(QFontMetrics(option.font).height() + QFontMetrics(small).height() + Padding * 2);
    return size;
}

} // namespace outpace
