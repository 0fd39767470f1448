#include "widgets/BattlefieldView.h"

#include "SvgIconEngine.h"
#include "charts/ChartStyle.h"
#include "workspace/DisplayNames.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace outpace {

namespace {

// The icons are named after each class's key (automated.svg, oversight.svg, safe.svg).
constexpr std::array<Battlefield, 3> columns
    = {Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow};

} // namespace

BattlefieldView::BattlefieldView(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    for (int i = 0; i < 3; ++i) {
        auto *column = new QWidget(this);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(8, 6, 8, 8);
        auto *icon = new QLabel(column);
        auto *header = new QLabel(column);
        header->setWordWrap(true);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto *headerRow = new QHBoxLayout;
        headerRow->addWidget(icon, 0, Qt::AlignTop);
        headerRow->addWidget(header, 1);
        layout->addLayout(headerRow);
        auto *list = new QVBoxLayout;
        list->setSpacing(4);
        layout->addLayout(list);
        layout->addStretch(1);
        // A coloured band on top ties the column to the same colour in every chart.
        const QColor colour = ChartStyle::colour(columns[i]);
        column->setObjectName(QStringLiteral("battlefieldColumn%1").arg(i));
        column->setStyleSheet(
            QStringLiteral("#%1 { border-top: 5px solid %2; }").arg(column->objectName(), colour.name()));
        column->setAttribute(Qt::WA_StyledBackground);
        grid->addWidget(column, 0, i);
        grid->setColumnStretch(i, 1);
        m_columns[i] = column;
        m_headers[i] = header;
        m_icons[i] = icon;
        m_lists[i] = list;
    }
    rebuild();
}

QString BattlefieldView::columnName(Battlefield column)
{
    return DisplayNames::battlefield(column);
}

void BattlefieldView::setTasks(const QList<Task> &tasks)
{
    m_tasks = tasks;
    rebuild();
}

QStringList BattlefieldView::titlesIn(Battlefield column) const
{
    QStringList titles;
    for (const Task &task : m_tasks) {
        if (task.column == column)
            titles.append(task.title);
    }
    return titles;
}

void BattlefieldView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void BattlefieldView::rebuild()
{
    const int iconSize = fontMetrics().height() + 4;
    for (int i = 0; i < 3; ++i) {
        QLayoutItem *item;
        while ((item = m_lists[i]->takeAt(0)) != nullptr) {
            delete item->widget();
            delete item;
        }
        const QStringList titles = titlesIn(columns[i]);
        const QString name = columnName(columns[i]);
        m_icons[i]->setPixmap(SvgIconEngine::icon(battlefieldKey(columns[i]))
                                  .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        //: A battlefield column heading: its name and how many tasks it holds.
        const QString heading = tr("%1 (%n)", nullptr, int(titles.size())).arg(name);
        m_headers[i]->setText(heading);
        m_headers[i]->setAccessibleName(heading);
        m_columns[i]->setAccessibleName(heading);
        for (const Task &task : std::as_const(m_tasks)) {
            if (task.column != columns[i])
                continue;
            auto *row = new QLabel(m_columns[i]);
            row->setWordWrap(true);
            row->setTextFormat(Qt::RichText);
            row->setText(
                QStringLiteral("%1 <b>%2</b>").arg(task.title.toHtmlEscaped(), task.figure.toHtmlEscaped()));
            row->setToolTip(task.details);
            row->setAccessibleName(task.title + QStringLiteral(", ") + task.figure);
            row->setAccessibleDescription(task.details);
            m_lists[i]->addWidget(row);
        }
        if (titles.isEmpty()) {
            auto *none = new QLabel(tr("No task of this role is here."), m_columns[i]);
            none->setWordWrap(true);
            none->setEnabled(false);
            m_lists[i]->addWidget(none);
        }
    }
}

} // namespace outpace
