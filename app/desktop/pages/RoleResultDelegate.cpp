#include "pages/RoleResultDelegate.h"

#include <QApplication>
#include <QPainter>

namespace outpace {

namespace {
constexpr int Padding = 4;

QFont detailFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

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
    const QFont small = detailFont(opt.font);
    painter->setFont(small);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
        QFontMetrics(small).elidedText(detail, Qt::ElideRight, area.width()));
    painter->restore();
}

int RoleResultDelegate::resultHeight(const QFont &font) const
{
    if (m_resultHeight < 0 || font != m_measuredFont) {
        m_measuredFont = font;
        m_resultHeight = QFontMetrics(font).height() + QFontMetrics(detailFont(font)).height() + Padding * 2;
    }
    return m_resultHeight;
}

QSize RoleResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(DetailRole).toString().isEmpty()) {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() + Padding * 2);
        return size;
    }
    // A list of one column gives each row its whole width, and a result's lines are elided to it when
    // drawn: measuring every title's width (which shapes it) would change nothing but the cost.
    return {Padding * 4, resultHeight(option.font)};
}

} // namespace outpace
