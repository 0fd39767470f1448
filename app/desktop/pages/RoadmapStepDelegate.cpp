#include "pages/RoadmapStepDelegate.h"

#include "workspace/DisplayNames.h"
#include "workspace/WorkspaceModels.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTreeView>

namespace outpace {

RoadmapStepDelegate::RoadmapStepDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void RoadmapStepDelegate::setWeeks(const IsoWeek &first, const IsoWeek &current)
{
    m_first = first;
    m_current = current;
}

QString RoadmapStepDelegate::weekLabel(const IsoWeek &week)
{
    //: A week in a list: its ISO name, then the date of its Monday.
    return tr("%1, from %2")
        .arg(week.toString(), QLocale().toString(week.monday(), QLocale().dateFormat(QLocale::ShortFormat)));
}

QWidget *RoadmapStepDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case RoadmapStepsModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(tr("Status"));
        for (StepStatus status : {StepStatus::Todo, StepStatus::Doing, StepStatus::Done})
            box->addItem(DisplayNames::stepStatus(status), stepStatusKey(status));
        return box;
    }
    case RoadmapStepsModel::TargetWeekColumn: {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(tr("Target week"));
        box->addItem(tr("No target week"), QString());
        if (m_first.isValid() && m_current.isValid()) {
            const IsoWeek last = m_current.addWeeks(weeksAhead);
            for (IsoWeek week = std::min(m_first, m_current); week <= last; week = week.addWeeks(1))
                box->addItem(weekLabel(week), week.toString());
        }
        return box;
    }
    case RoadmapStepsModel::NoteColumn: {
        auto *field = new QLineEdit(parent);
        field->setAccessibleName(tr("Note"));
        return field;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

QSize RoadmapStepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    return sizeHintAt(option, index, view ? view->columnWidth(RoadmapStepsModel::TextColumn) : 0);
}

QSize RoadmapStepDelegate::sizeHintAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, int textColumnWidth) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    const bool wraps = view && index.column() == RoadmapStepsModel::TextColumn && index.parent().isValid();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // A step's text wraps in its column, which stretches: its height is all that is asked, at the
    // column's width less the two levels of indentation and the check box beside the text.
    const int checkBox = wraps ? style->pixelMetric(QStyle::PM_IndicatorWidth, &item, view)
            + 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, &item, view) + 8
                               : 0;
    const int width = wraps ? std::max(80, textColumnWidth - 2 * view->indentation() - checkBox) : -1;
    const SizeKey key{style, index.column(), int(item.features), width, item.font, item.text};
    if (const auto known = m_sizes.constFind(key); known != m_sizes.cend())
        return *known;

    QSize size;
    if (!wraps) {
        size = QStyledItemDelegate::sizeHint(option, index);
    } else {
        const QRect text
            = item.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item.text);
        const int line = std::max(
            item.fontMetrics.height(), style->pixelMetric(QStyle::PM_IndicatorHeight, &item, view));
        size = {text.width() + checkBox, std::max(line, text.height()) + 6};
    }
    // A plan has a few dozen cells; a bound keeps a long session's widths and languages from piling up.
    if (m_sizes.size() > 2000)
        m_sizes.clear();
    m_sizes.insert(key, size);
    return size;
}

void RoadmapStepDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const int at = box->findData(index.data(Qt::EditRole).toString());
        box->setCurrentIndex(std::max(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RoadmapStepDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace outpace
