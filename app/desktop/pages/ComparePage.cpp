#include "pages/ComparePage.h"

#include "catalog/Catalog.h"
#include "charts/GroupedBarChart.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace outpace {

namespace {

// Okabe–Ito colours the battlefield does not use, so a role is never read as a battlefield class.
const std::array<QColor, ComparePage::MaxRoles> roleColours = {
    QColor(0x00, 0x72, 0xB2), QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};

} // namespace

ComparePage::ComparePage(const Workspace &workspace, QWidget *parent)
    : ScrollPage(parent)
    , m_workspace(workspace)
    , m_catalog(workspace.catalog())
{
    m_title = addHeading(1);
    m_hint = addParagraph();
    auto *grid = new QGridLayout;
    for (int i = 0; i < MaxRoles; ++i) {
        auto *label = new QLabel(contentWidget());
        auto *box = new QComboBox(contentWidget());
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        label->setBuddy(box);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(box, i / 2, (i % 2) * 2 + 1);
        grid->setColumnStretch((i % 2) * 2 + 1, 1);
        m_boxLabels.append(label);
        m_boxes.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                refresh();
        });
    }
    content()->addLayout(grid);
    m_table = new QTableWidget(contentWidget());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content()->addWidget(m_table);
    m_chart = new GroupedBarChart(contentWidget());
    content()->addWidget(m_chart);
    content()->addStretch(1);
    retranslate();
    fillBoxes({});
}

void ComparePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ScrollPage::changeEvent(event);
}

void ComparePage::retranslate()
{
    m_title->setText(tr("Compare roles"));
    m_hint->setText(tr("Up to four curated roles side by side, with the figures of their portraits. Choose "
                       "“None” to leave a place empty."));
    for (int i = 0; i < MaxRoles; ++i) {
        m_boxLabels[i]->setText(tr("Role &%1:").arg(i + 1));
        m_boxes[i]->setAccessibleName(tr("Role %1 to compare").arg(i + 1));
    }
    m_table->setAccessibleName(tr("Figures of the compared roles"));
    m_chart->setAccessibleName(tr("Chart of the compared roles’ figures"));
    refresh();
}

QStringList ComparePage::chosenRoles() const
{
    QStringList ids;
    for (QComboBox *box : m_boxes) {
        const QString id = box->currentData().toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void ComparePage::fillBoxes(const QStringList &chosen)
{
    m_loading = true;
    QList<const Role *> roles;
    for (const Role &role : m_catalog.roles())
        roles << &role;
    const Language language = m_language;
    std::sort(roles.begin(), roles.end(), [language](const Role *a, const Role *b) {
        return QString::localeAwareCompare(a->title.in(language), b->title.in(language)) < 0;
    });
    for (int i = 0; i < MaxRoles; ++i) {
        QComboBox *box = m_boxes[i];
        box->clear();
        box->addItem(tr("None"), QString());
        for (const Role *role : std::as_const(roles))
            box->addItem(role->title.in(language), role->id);
        box->setCurrentIndex(std::max(0, box->findData(chosen.value(i))));
    }
    m_loading = false;
    refresh();
}

void ComparePage::setRole(const QString &roleId, Language language)
{
    m_language = language;
    const Role *role = m_catalog.role(roleId);
    QStringList chosen = chosenRoles();
    if (role) {
        chosen.removeAll(roleId);
        chosen.prepend(roleId);
        // A first comparison: the role's closest curated neighbour.
        if (chosen.size() < 2) {
            for (const QString &similar : role->similar) {
                if (m_catalog.role(similar)) {
                    chosen << similar;
                    break;
                }
            }
        }
    }
    fillBoxes(chosen.mid(0, MaxRoles));
}

void ComparePage::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    fillBoxes(chosenRoles());
}

void ComparePage::refresh()
{
    const QStringList ids = chosenRoles();
    const QStringList measures = {tr("Automation potential"), tr("Exposure, GPT-4 labels"),
        tr("Exposure, human labels"), tr("Workers in less exposed occupations")};
    m_table->setRowCount(int(measures.size()));
    m_table->setColumnCount(int(ids.size()));
    m_table->setVerticalHeaderLabels(measures);
    QList<GroupedBarChart::Series> series;
    QStringList titles;
    const QLocale locale;
    for (int column = 0; column < ids.size(); ++column) {
        // The same figures as each role's portrait, from the same bundle.
        const Result<RolePortrait> portrait = m_workspace.portrait(RoleRef::role(ids[column]), m_language);
        if (!portrait)
            continue;
        const QList<double> values = {portrait->automation, portrait->exposureGpt4, portrait->exposureHuman,
            portrait->workersLessExposed.value_or(NAN)};
        titles << portrait->title;
        for (int row = 0; row < values.size(); ++row) {
            auto *item = new QTableWidgetItem(std::isnan(values[row])
                    ? tr("not known")
                    : tr("%1%").arg(locale.toString(values[row], 'f', 1)));
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
        series.append({portrait->title, values, roleColours[column]});
    }
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setVisible(!ids.isEmpty());
    m_chart->setVisible(ids.size() >= 1);
    m_chart->setData(measures, series, tr("Percent"));
}

} // namespace outpace
