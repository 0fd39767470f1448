#include "pages/RoleSearchPage.h"

#include "AppLanguage.h"
#include "SvgIconEngine.h"
#include "catalog/Catalog.h"
#include "pages/RoleResultDelegate.h"
#include "research/OccupationTable.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace outpace {

namespace {
constexpr int RoleIdDataRole = Qt::UserRole + 1;
}

RoleSearchPage::RoleSearchPage(const Workspace &workspace, AppLanguage &language, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_catalog(workspace.catalog())
    , m_language(language)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_sectorLabel(new QLabel(this))
    , m_sector(new QComboBox(this))
    , m_results(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_empty(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_field->addAction(SvgIconEngine::icon(QStringLiteral("role")), QLineEdit::LeadingPosition);
    // The field's own clear button asks the desktop's icon theme for its icon, which costs a scan of the
    // theme folders before the first paint; this one is drawn from the app's icons and does the same.
    m_clear = m_field->addAction(SvgIconEngine::icon(QStringLiteral("clear")), QLineEdit::TrailingPosition);
    m_clear->setVisible(false);
    connect(m_clear, &QAction::triggered, m_field, &QLineEdit::clear);
    connect(m_field, &QLineEdit::textChanged, m_clear,
        [this](const QString &text) { m_clear->setVisible(!text.isEmpty()); });
    m_field->installEventFilter(this);
    m_sectorLabel->setBuddy(m_sector);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RoleResultDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setSpacing(1);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_field, 3);
    filters->addWidget(m_sectorLabel);
    filters->addWidget(m_sector, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::textChanged, this, &RoleSearchPage::refresh);
    connect(m_field, &QLineEdit::returnPressed, this, &RoleSearchPage::openCurrent);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &RoleSearchPage::refresh);
    connect(m_results, &QListView::activated, this, &RoleSearchPage::open);
    connect(&m_language, &AppLanguage::changed, this, [this] {
        fillSectors();
        refresh();
    });

    retranslate();
    fillSectors();
    refresh();
}

void RoleSearchPage::setRecentRoles(const QStringList &ids)
{
    m_recent = ids;
    refresh();
}

void RoleSearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool RoleSearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(8);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-8);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoleSearchPage::retranslate()
{
    m_title->setText(tr("Choose a role"));
    m_hint->setText(
        tr("Type a job title in English or French, or an O*NET code. Curated roles come first; "
           "every O*NET occupation can be opened too. Use the arrow keys and Enter to open one."));
    m_field->setPlaceholderText(tr("Find a role…"));
    m_field->setAccessibleName(tr("Find a role"));
    m_clear->setText(tr("Clear the search"));
    m_clear->setToolTip(tr("Clear the search"));
    m_sectorLabel->setText(tr("&Sector:"));
    m_sector->setAccessibleName(tr("Sector filter"));
    m_results->setAccessibleName(tr("Roles"));
    if (m_sector->count() > 0)
        m_sector->setItemText(0, tr("All sectors"));
}

void RoleSearchPage::fillSectors()
{
    const QString current = m_sector->currentData().toString();
    const QSignalBlocker blocker(m_sector);
    m_sector->clear();
    m_sector->addItem(tr("All sectors"), QString());
    for (const NamedItem &sector : m_catalog.sectors())
        m_sector->addItem(sector.name.in(m_language.language()), sector.id);
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(current)));
}

QString RoleSearchPage::sectorName(const QString &sectorId) const
{
    const NamedItem *sector = m_catalog.sector(sectorId);
    return sector ? sector->name.in(m_language.language()) : QString();
}

void RoleSearchPage::addHeading(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = m_results->font();
    font.setBold(true);
    item->setFont(font);
    item->setAccessibleText(text);
    m_model->appendRow(item);
}

void RoleSearchPage::addRole(const QString &id)
{
    const Language language = m_language.language();
    QString title;
    QString detail;
    if (const Role *role = m_catalog.role(id)) {
        title = role->title.in(language);
        //: The detail line of a curated role in the search results: its sector and O*NET code.
        detail = tr("%1 · curated role · O*NET %2").arg(sectorName(role->sectorId), role->onetCodes.value(0));
    } else if (const OccupationTable *occupations = m_workspace.occupations();
               const Occupation *occupation = occupations ? occupations->occupation(id) : nullptr) {
        title = occupation->title.in(language);
        detail = tr("O*NET occupation %1").arg(occupation->code);
    } else {
        return;
    }
    auto *item = new QStandardItem(title);
    item->setData(id, RoleIdDataRole);
    item->setData(detail, RoleResultDelegate::DetailRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setAccessibleText(title + QStringLiteral(", ") + detail);
    m_model->appendRow(item);
}

void RoleSearchPage::addMatch(const SearchMatch &match)
{
    addRole(match.kind == SearchMatch::Kind::Role ? match.id : match.code);
}

void RoleSearchPage::refresh()
{
    m_model->clear();
    const QString sectorId = m_sector->currentData().toString();
    const QString query = m_field->text().trimmed();
    if (query.isEmpty()) {
        QStringList recent;
        for (const QString &id : std::as_const(m_recent)) {
            const Role *role = m_catalog.role(id);
            if (sectorId.isEmpty() || (role && role->sectorId == sectorId))
                recent.append(id);
        }
        if (!recent.isEmpty()) {
            addHeading(tr("Recent roles"));
            for (const QString &id : std::as_const(recent))
                addRole(id);
        }
        for (const NamedItem &sector : m_catalog.sectors()) {
            if (!sectorId.isEmpty() && sector.id != sectorId)
                continue;
            bool headed = false;
            for (const Role &role : m_catalog.roles()) {
                if (role.sectorId != sector.id)
                    continue;
                if (!headed)
                    addHeading(sector.name.in(m_language.language()));
                headed = true;
                addRole(role.id);
            }
        }
    } else {
        // A sector narrows the search to curated roles, which are the only ones with a sector.
        // The same search as the command line's, so both find the same role for the same words.
        const QList<SearchMatch> matches = m_workspace.lookup().search(query, sectorId.isEmpty() ? 60 : 400);
        for (const SearchMatch &match : matches) {
            if (!sectorId.isEmpty()) {
                const Role *role = match.kind == SearchMatch::Kind::Role ? m_catalog.role(match.id) : nullptr;
                if (!role || role->sectorId != sectorId)
                    continue;
            }
            addMatch(match);
        }
    }
    const bool nothing = m_model->rowCount() == 0;
    m_empty->setVisible(nothing);
    if (nothing) {
        m_empty->setText(sectorId.isEmpty()
                ? tr("No role or occupation matches “%1”. Try a shorter word, or the O*NET code.").arg(query)
                : tr("No curated role of this sector matches “%1”. Choose “All sectors” to search every "
                     "occupation.")
                      .arg(query));
    }
    // The best match is ready for Enter, as a search field users know does.
    if (!query.isEmpty()) {
        m_results->setCurrentIndex(QModelIndex());
        moveSelection(1);
    }
}

void RoleSearchPage::moveSelection(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    const int direction = step > 0 ? 1 : -1;
    int remaining = qAbs(step);
    int candidate = row;
    while (remaining > 0) {
        int next = candidate + direction;
        while (next >= 0 && next < rows && !(m_model->item(next)->flags() & Qt::ItemIsSelectable))
            next += direction;
        if (next < 0 || next >= rows)
            break;
        candidate = next;
        --remaining;
    }
    if (candidate >= 0 && candidate != row) {
        const QModelIndex index = m_model->index(candidate, 0);
        m_results->setCurrentIndex(index);
        m_results->scrollTo(index);
    }
}

void RoleSearchPage::openCurrent()
{
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid()) {
        moveSelection(1);
        index = m_results->currentIndex();
    }
    open(index);
}

void RoleSearchPage::open(const QModelIndex &index)
{
    const QString id = index.data(RoleIdDataRole).toString();
    if (!id.isEmpty())
        emit roleChosen(id);
}

} // namespace outpace
