#include "MainWindow.h"

#include "AppLanguage.h"
#include "FirstPaint.h"
#include "ReportActions.h"
#include "ReportInputs.h"
#include "SvgIconEngine.h"
#include "catalog/Catalog.h"
#include "dialogs/CheckInDialog.h"
#include "dialogs/RecoveryDialog.h"
#include "pages/AuditPage.h"
#include "pages/ComparePage.h"
#include "pages/PortraitPage.h"
#include "pages/PortraitPresenter.h"
#include "pages/ResultPage.h"
#include "pages/RoleSearchPage.h"
#include "pages/SettingsPage.h"
#include "pages/TrackerPage.h"
#include "research/OccupationTable.h"
#include "widgets/Ask.h"
#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace outpace {

namespace {
constexpr int MaxRecentRoles = 6;
}

namespace {

// The window's state beside the personal data. Earlier versions named it desktop.ini, which is the name
// Windows Explorer reads to customise a folder; such a file is renamed once, so nothing is lost.
QString windowStatePath(const QString &dataFolder)
{
    const QDir folder(dataFolder);
    const QString path = folder.filePath(QStringLiteral("window-state.ini"));
    const QString earlier = folder.filePath(QStringLiteral("desktop.ini"));
    if (!QFileInfo::exists(path) && QFileInfo(earlier).isFile())
        QFile::rename(earlier, path);
    return path;
}

} // namespace

MainWindow::MainWindow(Workspace &workspace, AppLanguage &language, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_catalog(workspace.catalog())
    , m_language(language)
    , m_settings(new QSettings(windowStatePath(workspace.dataFolder()), QSettings::IniFormat, this))
    , m_splitter(new QSplitter(this))
    , m_navigation(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_status(new QLabel(this))
{
    // The search, a portrait and a comparison need the occupation table: reopened on one of them (or for
    // the first time, on the search), the window has it read in a worker while it builds itself. Other
    // pages leave it unread until asked for.
    static const QStringList pagesWithoutOccupations{QStringLiteral("tracker"), QStringLiteral("settings"),
        QStringLiteral("audit"), QStringLiteral("result")};
    if (!pagesWithoutOccupations.contains(m_settings->value(QStringLiteral("window/page")).toString()))
        m_workspace.prefetchOccupations();
    // An X11 window manager is given the window's icon at these sizes when the window is made.
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        QList<SvgIconEngine::Showing> windowIcon;
        for (const int side : {16, 32, 64, 128})
            windowIcon.append({QStringLiteral("outpace"), QSize(side, side) * qApp->devicePixelRatio()});
        m_iconsDrawnAhead.push_back(SvgIconEngine::drawAhead(windowIcon));
    }
    setWindowIcon(SvgIconEngine::icon(QStringLiteral("outpace")));
    setMinimumSize(1024, 700);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(260);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);

    // Even the search page is made when first shown: a window reopened on another page would otherwise
    // build and lay out a page it does not show.
    addPage(QStringLiteral("role"), QStringLiteral("role"), [this]() -> QWidget * {
        m_rolePage = new RoleSearchPage(m_workspace, m_language, this);
        m_rolePage->setRecentRoles(m_recent);
        connect(m_rolePage, &RoleSearchPage::roleChosen, this, &MainWindow::openRole);
        return m_rolePage;
    });
    m_portraitPresenter = std::make_unique<PortraitPresenter>(m_workspace);
    addPage(QStringLiteral("portrait"), QStringLiteral("portrait"), [this]() -> QWidget * {
        m_portraitPage = new PortraitPage(this);
        connect(m_portraitPage, &PortraitPage::similarRoleChosen, this, &MainWindow::openRole);
        connect(m_portraitPage, &PortraitPage::auditRequested, this,
            [this] { showPage(QStringLiteral("audit")); });
        connect(m_portraitPage, &PortraitPage::roadmapRequested, this, &MainWindow::startRoadmap);
        presentPortrait();
        return m_portraitPage;
    });
    addPage(QStringLiteral("audit"), QStringLiteral("audit"), [this]() -> QWidget * {
        m_auditPage = new AuditPage(m_workspace, *m_settings, this);
        connect(m_auditPage, &AuditPage::finished, this, [this](const AuditAnswers &answers) {
            showResult(answers, false);
            showPage(QStringLiteral("result"));
        });
        presentAudit();
        return m_auditPage;
    });
    addPage(QStringLiteral("result"), QStringLiteral("result"), [this]() -> QWidget * {
        m_resultPage = new ResultPage(m_workspace, this);
        connect(m_resultPage, &ResultPage::saveRequested, this, &MainWindow::saveAudit);
        m_resultPage->setLanguage(m_language.language());
        return m_resultPage;
    });
    addPage(QStringLiteral("compare"), QStringLiteral("compare"), [this]() -> QWidget * {
        m_comparePage = new ComparePage(m_workspace, this);
        presentCompare();
        return m_comparePage;
    });
    addPage(QStringLiteral("tracker"), QStringLiteral("roadmap"), [this]() -> QWidget * {
        m_trackerPage = new TrackerPage(m_workspace, this);
        m_trackerPage->setLanguage(m_language.language());
        connect(m_trackerPage, &TrackerPage::checkInRequested, this, &MainWindow::openCheckIn);
        connect(m_trackerPage, &TrackerPage::auditRequested, this, [this](const QString &roleId) {
            if (roleId != m_roleId)
                openRole(roleId);
            showPage(QStringLiteral("audit"));
        });
        connect(m_trackerPage, &TrackerPage::auditChosen, this, &MainWindow::openAudit);
        connect(m_trackerPage, &TrackerPage::findRoleRequested, this, [this] { m_findAction->trigger(); });
        return m_trackerPage;
    });
    addPage(QStringLiteral("settings"), QStringLiteral("settings"), [this]() -> QWidget * {
        m_settingsPage = new SettingsPage(m_workspace, this);
        m_settingsPage->setLanguage(m_language.language());
        connect(m_settingsPage, &SettingsPage::languageChosen, this, &MainWindow::setLanguage);
        return m_settingsPage;
    });
    connect(&m_workspace, &Workspace::openProblem, this, &MainWindow::showOpenProblem);
    connect(&m_workspace, &Workspace::planChanged, this, &MainWindow::updateRoadmapButton);
    connect(&m_workspace, &Workspace::profileChanged, this, &MainWindow::updateRoadmapButton);
    connect(&m_workspace, &Workspace::dataReplaced, this, &MainWindow::updateRoadmapButton);
    connect(&m_workspace, &Workspace::profileChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &Workspace::dataReplaced, this, &MainWindow::updateStatus);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        m_navigation->setCurrentRow(index);
        if (index >= 0 && index < m_pages.size())
            m_pages[index].action->setChecked(true);
        if (m_rolePage && m_stack->currentWidget() == m_rolePage)
            m_rolePage->searchField()->setFocus();
    });
    connect(&m_language, &AppLanguage::changed, this, [this](Language chosen) {
        (chosen == Language::French ? m_frenchAction : m_englishAction)->setChecked(true);
        // Spin boxes and dates take the window's locale, which children inherit.
        setLocale(QLocale());
        if (m_trackerPage)
            m_trackerPage->setLanguage(chosen);
        if (m_settingsPage)
            m_settingsPage->setLanguage(chosen);
        presentRole();
        updateStatus();
    });

    m_report = new ReportActions([this] { return reportContent(); }, *m_settings, this);
    createMenus();
    retranslate();
    restoreState();
    updateNavigation();
    // The navigation's icons, as they will be painted first, drawn by a worker while the window shows.
    QList<SvgIconEngine::Showing> navigation;
    for (const PageEntry &entry : std::as_const(m_pages)) {
        const QIcon::Mode mode = !(entry.item->flags() & Qt::ItemIsEnabled) ? QIcon::Disabled
            : entry.item->isSelected()                                      ? QIcon::Selected
                                                                            : QIcon::Normal;
        navigation.append({entry.icon, m_navigation->iconSize(), devicePixelRatioF(), mode});
    }
    m_iconsDrawnAhead.push_back(SvgIconEngine::drawAhead(navigation));
    // The data is checked at start, so a damaged file is met by the recovery dialog rather than at the
    // first save: in the background once the window is on screen, unless the page shown first needs the
    // data anyway (then a check in a worker would only make the page wait for the folder's lock, and check
    // the file twice).
    if (!m_workspace.isPersonalDataOpen()) {
        const QString first = currentPageKey();
        if (first == QLatin1String("tracker") || first == QLatin1String("settings")) {
            // A problem is told by the recovery dialog, through openProblem.
            const Status opened = m_workspace.openPersonalData();
            Q_UNUSED(opened);
        } else {
            FirstPaint::then(this, [this] { m_workspace.openPersonalDataJob(); });
        }
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &key, const QString &icon, QWidget *widget)
{
    PageEntry entry;
    entry.key = key;
    entry.icon = icon;
    entry.widget = widget;
    entry.item = new QListWidgetItem(SvgIconEngine::icon(icon), QString(), m_navigation);
    m_stack->addWidget(widget);
    m_pages.append(entry);
}

void MainWindow::addPage(const QString &key, const QString &icon, std::function<QWidget *()> make)
{
    PageEntry entry;
    entry.key = key;
    entry.icon = icon;
    entry.make = std::move(make);
    entry.placeholder = new QWidget(m_stack);
    entry.item = new QListWidgetItem(SvgIconEngine::icon(icon), QString(), m_navigation);
    m_stack->addWidget(entry.placeholder);
    m_pages.append(entry);
}

QWidget *MainWindow::ensurePage(qsizetype index) const
{
    PageEntry &entry = m_pages[index];
    if (entry.widget)
        return entry.widget;
    entry.widget = entry.make();
    const bool current = m_stack->currentWidget() == entry.placeholder;
    // The page takes the placeholder's index; the placeholder leaves only once it is no longer current, so
    // the stack reports one change of page at most, to the right index.
    m_stack->insertWidget(int(index), entry.widget);
    if (current)
        m_stack->setCurrentWidget(entry.widget);
    m_stack->removeWidget(entry.placeholder);
    delete entry.placeholder;
    entry.placeholder = nullptr;
    return entry.widget;
}

void MainWindow::showPageAt(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    ensurePage(index);
    m_stack->setCurrentIndex(index);
}

RoleSearchPage *MainWindow::rolePage() const
{
    return static_cast<RoleSearchPage *>(page(QStringLiteral("role")));
}

PortraitPage *MainWindow::portraitPage() const
{
    return static_cast<PortraitPage *>(page(QStringLiteral("portrait")));
}

AuditPage *MainWindow::auditPage() const
{
    return static_cast<AuditPage *>(page(QStringLiteral("audit")));
}

ResultPage *MainWindow::resultPage() const
{
    return static_cast<ResultPage *>(page(QStringLiteral("result")));
}

ComparePage *MainWindow::comparePage() const
{
    return static_cast<ComparePage *>(page(QStringLiteral("compare")));
}

TrackerPage *MainWindow::trackerPage() const
{
    return static_cast<TrackerPage *>(page(QStringLiteral("tracker")));
}

SettingsPage *MainWindow::settingsPage() const
{
    return static_cast<SettingsPage *>(page(QStringLiteral("settings")));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_report->previewAction());
    m_fileMenu->addAction(m_report->printAction());
    m_fileMenu->addAction(m_report->exportAction());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    auto *pageGroup = new QActionGroup(this);
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *action = m_viewMenu->addAction(m_pages[i].item->icon(), QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        pageGroup->addAction(action);
        const QString key = m_pages[i].key;
        connect(action, &QAction::triggered, this, [this, key] { showPage(key); });
        m_pages[i].action = action;
    }
    m_viewMenu->addSeparator();
    m_findAction = m_viewMenu->addAction(SvgIconEngine::icon(QStringLiteral("role")), QString());
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("role"));
        rolePage()->searchField()->setFocus();
        rolePage()->searchField()->selectAll();
    });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    // Each language is named in itself, as language menus do, so it is found whatever is shown now.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_frenchAction = m_languageMenu->addAction(QStringLiteral("Français"));
    for (QAction *action : {m_englishAction, m_frenchAction}) {
        action->setCheckable(true);
        languageGroup->addAction(action);
    }
    (m_language.language() == Language::French ? m_frenchAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(m_frenchAction, &QAction::triggered, this, [this] { setLanguage(Language::French); });

    m_auditMenu = menuBar()->addMenu(QString());
    m_takeAuditAction = m_auditMenu->addAction(SvgIconEngine::icon(QStringLiteral("audit")), QString(), this,
        [this] { showPage(QStringLiteral("audit")); });
    m_takeAuditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_saveAuditAction = m_auditMenu->addAction(QString(), this, &MainWindow::saveAudit);
    m_saveAuditAction->setShortcut(QKeySequence::Save);
    // The Audit menu sits between View and Help, as the window sketch has it.
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_auditMenu);
    menuBar()->removeAction(m_viewMenu->menuAction());
    menuBar()->insertMenu(m_auditMenu->menuAction(), m_viewMenu);

    m_roadmapMenu = menuBar()->addMenu(QString());
    m_startRoadmapAction = m_roadmapMenu->addAction(
        SvgIconEngine::icon(QStringLiteral("roadmap")), QString(), this, &MainWindow::startRoadmap);
    m_checkInAction = m_roadmapMenu->addAction(QString(), this, &MainWindow::openCheckIn);
    // One shortcut from anywhere in the window, dialogs of the window aside.
    m_checkInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkInAction->setShortcutContext(Qt::WindowShortcut);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this,
        [this] { QMessageBox::about(this, tr("About Outpace"), SettingsPage::aboutHtml(m_workspace)); });
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Outpace"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_stack->setAccessibleName(tr("Current page"));
    for (PageEntry &entry : m_pages) {
        entry.item->setText(pageTitle(entry.key));
        entry.action->setText(pageTitle(entry.key));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_report->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find a role…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_auditMenu->setTitle(tr("&Audit"));
    m_takeAuditAction->setText(tr("&Take the audit"));
    m_saveAuditAction->setText(tr("&Save the audit"));
    m_roadmapMenu->setTitle(tr("&Roadmap"));
    m_startRoadmapAction->setText(tr("&Start my roadmap for this role"));
    m_checkInAction->setText(tr("&Check in for the week…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Outpace"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateNavigation();
    updateStatus();
}

QString MainWindow::pageTitle(const QString &key) const
{
    if (key == QLatin1String("role"))
        return tr("Role");
    if (key == QLatin1String("portrait"))
        return tr("Portrait");
    if (key == QLatin1String("audit"))
        return tr("Audit");
    if (key == QLatin1String("result"))
        return tr("My result");
    if (key == QLatin1String("compare"))
        return tr("Compare");
    if (key == QLatin1String("tracker"))
        return tr("Roadmap");
    if (key == QLatin1String("settings"))
        return tr("Settings and data");
    return {};
}

QString MainWindow::roleTitle(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (const Role *role = m_catalog.role(id))
        return role->title.in(m_language.language());
    const OccupationTable *occupations = m_workspace.occupations();
    if (const Occupation *occupation = occupations ? occupations->occupation(id) : nullptr)
        return occupation->title.in(m_language.language());
    return {};
}

void MainWindow::updateStatus()
{
    const QString title = roleTitle(m_roleId);
    QString text
        = title.isEmpty() ? tr("No role chosen yet: type a job title to begin.") : tr("Role: %1").arg(title);
    // Whose data is shown matters once there are several people; the data is never opened just for this.
    if (m_workspace.isPersonalDataOpen()) {
        if (const Result<Profile> profile = m_workspace.currentProfile()) {
            if (const QString name = DisplayNames::profileName(profile.value()); !name.isEmpty())
                text += QStringLiteral(" · ") + tr("profile %1").arg(name);
        }
    }
    m_status->setText(text);
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (const PageEntry &entry : m_pages)
        keys.append(entry.key);
    return keys;
}

QString MainWindow::currentPageKey() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages[index].key : QString();
}

QWidget *MainWindow::page(const QString &key) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].key == key)
            return ensurePage(i);
    }
    return nullptr;
}

QWidget *MainWindow::currentWidgetPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showPage(const QString &key)
{
    if (!pageAvailable(key))
        return;
    if (QWidget *widget = page(key))
        m_stack->setCurrentWidget(widget);
}

void MainWindow::openRole(const QString &id)
{
    if (roleTitle(id).isEmpty())
        return;
    m_roleId = id;
    m_recent.removeAll(id);
    m_recent.prepend(id);
    while (m_recent.size() > MaxRecentRoles)
        m_recent.removeLast();
    if (m_rolePage)
        m_rolePage->setRecentRoles(m_recent);
    m_settings->setValue(QStringLiteral("roles/current"), m_roleId);
    m_settings->setValue(QStringLiteral("roles/recent"), m_recent);
    presentRole();
    updateStatus();
    showPage(QStringLiteral("portrait"));
}

void MainWindow::presentRole()
{
    // Only the pages already made follow the role now; the others take it when they are made.
    if (m_portraitPage)
        presentPortrait();
    if (m_auditPage)
        presentAudit();
    if (m_resultPage)
        m_resultPage->setLanguage(m_language.language());
    if (m_comparePage)
        presentCompare();
    updateNavigation();
}

void MainWindow::presentPortrait()
{
    if (!m_roleId.isEmpty())
        m_portraitPresenter->present(*m_portraitPage, m_roleId, m_language.language());
    // The audit needs a curated role's task list; an occupation's portrait does not offer it.
    m_portraitPage->setAuditAvailable(m_catalog.role(m_roleId) != nullptr);
    updateRoadmapButton();
}

void MainWindow::presentAudit()
{
    const Role *role = m_catalog.role(m_roleId);
    if (role && m_auditPage->answers().roleId != role->id)
        m_auditPage->setRole(role, m_language.language());
    else
        m_auditPage->setLanguage(m_language.language());
}

void MainWindow::presentCompare()
{
    const Role *role = m_catalog.role(m_roleId);
    if (role && !m_comparePage->chosenRoles().contains(role->id))
        m_comparePage->setRole(role->id, m_language.language());
    else
        m_comparePage->setLanguage(m_language.language());
}

bool MainWindow::pageAvailable(const QString &key) const
{
    if (key == QLatin1String("role"))
        return true;
    if (key == QLatin1String("portrait"))
        return !m_roleId.isEmpty();
    if (key == QLatin1String("audit"))
        return m_catalog.role(m_roleId) != nullptr;
    if (key == QLatin1String("result"))
        return m_hasResult && m_catalog.role(m_roleId) != nullptr;
    if (key == QLatin1String("compare") || key == QLatin1String("tracker")
        || key == QLatin1String("settings"))
        return true;
    return false;
}

RoleRef MainWindow::currentRef() const
{
    return m_catalog.role(m_roleId) ? RoleRef::role(m_roleId) : RoleRef::occupation(m_roleId);
}

void MainWindow::showResult(const AuditAnswers &answers, bool saved)
{
    if (!m_catalog.role(answers.roleId))
        return;
    Result<AuditOutcome> outcome
        = m_workspace.score(RoleRef::role(answers.roleId), answers, m_language.language());
    if (!outcome) {
        QMessageBox::warning(
            this, tr("No result"), tr("Outpace could not score these answers:\n\n%1").arg(outcome.error()));
        return;
    }
    m_hasResult = true;
    resultPage()->setResult(outcome.value());
    m_resultPage->setSaved(saved);
    m_resultSaved = saved;
    m_saveAuditAction->setEnabled(!saved);
    showRoleHistory();
    updateNavigation();
}

void MainWindow::showRoleHistory()
{
    Result<QList<AuditRecord>> audits = m_workspace.audits();
    if (!audits)
        return;
    QList<AuditRecord> mine;
    for (const AuditRecord &record : audits.value()) {
        if (record.roleId == m_roleId)
            mine.append(record);
    }
    resultPage()->setHistory(mine);
}

bool MainWindow::saveAudit()
{
    if (!m_hasResult || !m_catalog.role(m_roleId))
        return false;
    Result<AuditOutcome> outcome
        = m_workspace.score(currentRef(), resultPage()->answers(), m_language.language());
    Result<AuditRecord> saved
        = outcome ? m_workspace.saveAudit(outcome.value()) : Result<AuditRecord>::failure(outcome.errors());
    if (!saved) {
        QString why = saved.error();
        const QString backup = m_workspace.lastOpenReport().suggestedBackup;
        if (!backup.isEmpty()) {
            why += QLatin1Char('\n')
                + tr("The newest good backup is %1; you can restore it with outpace-cli restore.")
                      .arg(QDir::toNativeSeparators(backup));
        }
        QMessageBox::warning(this, tr("The audit was not saved"),
            tr("Outpace could not save this audit in %1.\n\n%2")
                .arg(QDir::toNativeSeparators(m_workspace.dataFolder()), why));
        return false;
    }
    m_resultPage->setSaved(true);
    m_resultSaved = true;
    m_saveAuditAction->setEnabled(false);
    showRoleHistory();
    statusBar()->showMessage(tr("Audit saved."), 5000);
    return true;
}

void MainWindow::restoreResult()
{
    // The last saved audit of the role comes back as the result, as it was when the window closed.
    if (!m_catalog.role(m_roleId))
        return;
    Result<QList<AuditRecord>> audits = m_workspace.audits();
    if (!audits)
        return;
    for (qsizetype i = audits->size() - 1; i >= 0; --i) {
        if (audits->at(i).roleId != m_roleId)
            continue;
        if (Result<AuditOutcome> outcome = m_workspace.scoreSaved(audits->at(i), m_language.language()))
            showResult(outcome->answers, true);
        return;
    }
}

Result<ReportContent> MainWindow::reportContent()
{
    ReportRequest request;
    request.ref = currentRef();
    request.language = m_language.language();
    request.fromProfile = true;
    // A result on show that is not saved yet is the one the user expects to see; a saved one comes from
    // the data with the day it was taken.
    if (m_hasResult && resultPage()->answers().roleId == m_roleId && !m_resultSaved)
        request.answers = m_resultPage->answers();
    return ReportInputs::gather(m_workspace, request);
}

void MainWindow::updateNavigation()
{
    // Pages about a role wait until there is one; the list says so rather than showing an empty page.
    for (PageEntry &entry : m_pages) {
        if (entry.key == QLatin1String("role") || entry.key == QLatin1String("tracker")
            || entry.key == QLatin1String("settings"))
            continue;
        const bool enabled = pageAvailable(entry.key);
        entry.item->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        QString why;
        if (!enabled) {
            if (m_roleId.isEmpty())
                why = tr("Choose a role first.");
            else if (entry.key == QLatin1String("audit") || !m_catalog.role(m_roleId))
                why = tr("The audit is available for curated roles; choose the curated role closest to this "
                         "occupation.");
            else
                why = tr("Finish the audit first.");
        }
        entry.item->setToolTip(why);
        if (entry.action)
            entry.action->setEnabled(enabled);
    }
    if (m_takeAuditAction)
        m_takeAuditAction->setEnabled(pageAvailable(QStringLiteral("audit")));
    if (m_startRoadmapAction)
        m_startRoadmapAction->setEnabled(m_catalog.role(m_roleId) != nullptr);
    if (m_saveAuditAction && !m_hasResult)
        m_saveAuditAction->setEnabled(false);
    if (m_report)
        m_report->setEnabled(!m_roleId.isEmpty());
}

void MainWindow::updateRoadmapButton()
{
    if (!m_portraitPage)
        return; // set when the portrait is made
    const Role *role = m_catalog.role(m_roleId);
    // Whether a plan exists is only asked of data already open: the start never waits for it.
    bool resumes = false;
    if (role && m_workspace.isPersonalDataOpen()) {
        if (const Result<QList<Plan>> plans = m_workspace.plans()) {
            for (const Plan &plan : plans.value())
                resumes = resumes || plan.roleId == role->id;
        }
    }
    m_portraitPage->setRoadmapAvailable(role != nullptr, resumes);
}

bool MainWindow::startRoadmap()
{
    if (!m_catalog.role(m_roleId))
        return false;
    bool resumed = false;
    const Result<Plan> plan = m_workspace.startPlan(m_roleId, {}, &resumed);
    if (!plan) {
        Ask::warn(this, tr("Roadmap"), tr("The roadmap could not be started: %1").arg(plan.error()));
        return false;
    }
    trackerPage()->showPlanFor(m_roleId);
    showPage(QStringLiteral("tracker"));
    statusBar()->showMessage(resumed ? tr("Your roadmap for %1, as you left it.").arg(roleTitle(m_roleId))
                                     : tr("Roadmap started for %1.").arg(roleTitle(m_roleId)),
        5000);
    return true;
}

void MainWindow::openCheckIn()
{
    if (m_checkInDialog) {
        m_checkInDialog->raise();
        m_checkInDialog->activateWindow();
        return;
    }
    std::optional<Plan> plan = m_trackerPage ? m_trackerPage->currentPlan() : std::nullopt;
    if (!plan) {
        const Result<QList<Plan>> plans = m_workspace.plans();
        if (!plans) {
            Ask::warn(this, tr("Weekly check-in"), tr("Your plans could not be read: %1").arg(plans.error()));
            return;
        }
        for (const Plan &candidate : plans.value()) {
            if (!plan || candidate.roleId == m_roleId)
                plan = candidate;
        }
    }
    if (!plan) {
        Ask::inform(this, tr("Weekly check-in"),
            tr("A check-in belongs to a roadmap, and you have none yet. Open a role's portrait and choose "
               "Start my roadmap."));
        return;
    }
    auto *dialog = new CheckInDialog(m_workspace, *plan, m_language.language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this] { statusBar()->showMessage(tr("Check-in saved."), 5000); });
    m_checkInDialog = dialog;
    dialog->open();
}

void MainWindow::openAudit(qint64 auditId)
{
    const Result<QList<AuditRecord>> audits = m_workspace.audits();
    if (!audits)
        return;
    for (const AuditRecord &record : audits.value()) {
        if (record.id != auditId)
            continue;
        if (!m_catalog.role(record.roleId))
            return;
        const Result<AuditOutcome> outcome = m_workspace.scoreSaved(record, m_language.language());
        if (!outcome) {
            Ask::warn(
                this, tr("No result"), tr("This audit could not be scored again: %1").arg(outcome.error()));
            return;
        }
        if (record.roleId != m_roleId)
            openRole(record.roleId);
        showResult(outcome->answers, true);
        showPage(QStringLiteral("result"));
        return;
    }
}

void MainWindow::showOpenProblem(const OpenReport &report)
{
    // Every page asks for the data; the first problem is the one to tell, once.
    if (m_recoveryDialog || report.problem == OpenReport::Problem::None)
        return;
    auto *dialog = new RecoveryDialog(m_workspace, report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::recovered, this,
        [this] { statusBar()->showMessage(tr("Your data is open again."), 8000); });
    m_recoveryDialog = dialog;
    // Shown once the window is, so it sits over it.
    QTimer::singleShot(0, dialog, [dialog] { dialog->open(); });
}

void MainWindow::setLanguage(Language language)
{
    if (!m_language.setLanguage(language)) {
        QMessageBox::warning(this, tr("Language"),
            tr("The French translation could not be loaded; Outpace stays in English. Reinstalling the "
               "program should bring it back."));
    }
    m_settings->setValue(QStringLiteral("window/language"), languageCode(m_language.language()));
}

QString MainWindow::settingsPath() const
{
    return m_settings->fileName();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreState()
{
    Language saved;
    if (languageFromCode(m_settings->value(QStringLiteral("window/language")).toString(), &saved)
        && saved != m_language.language())
        m_language.setLanguage(saved);
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 780);
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    if (m_splitter->sizes().value(0) == 0 || !m_settings->contains(QStringLiteral("window/splitter")))
        m_splitter->setSizes({190, 990});
    m_recent = m_settings->value(QStringLiteral("roles/recent")).toStringList();
    if (m_rolePage)
        m_rolePage->setRecentRoles(m_recent);
    const QString role = m_settings->value(QStringLiteral("roles/current")).toString();
    if (!roleTitle(role).isEmpty()) {
        m_roleId = role;
        presentRole();
    }
    const QString last = m_settings->value(QStringLiteral("window/page")).toString();
    if (last == QLatin1String("result"))
        restoreResult();
    // A page that needs a role opens only when one is known.
    showPage(pageKeys().contains(last) && pageAvailable(last) ? last : QStringLiteral("role"));
    if (m_stack->currentIndex() == 0) {
        m_navigation->setCurrentRow(0);
        // The first page asks for a job title: typing goes straight into the field, no click first.
        rolePage()->searchField()->setFocus();
    }
    updateStatus();
}

void MainWindow::saveState()
{
    // A window closed as it was opened writes nothing: the file is rewritten, and synced to the disk,
    // only for a change.
    const auto keep = [this](const QString &key, const QVariant &value) {
        if (m_settings->value(key) != value)
            m_settings->setValue(key, value);
    };
    keep(QStringLiteral("window/geometry"), saveGeometry());
    keep(QStringLiteral("window/splitter"), m_splitter->saveState());
    keep(QStringLiteral("window/page"), currentPageKey());
    m_settings->sync();
}

} // namespace outpace
