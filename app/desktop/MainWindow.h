#pragma once
// The window around the pages: the navigation that always shows where you are, the menus and their
// shortcuts, the status bar, the report's print, preview and export, and what is restored at the next
// start (geometry, last page, language).

#include "common/LocalizedText.h"
#include "common/Result.h"
#include "dialogs/CheckInDialog.h"
#include "dialogs/RecoveryDialog.h"
#include "workspace/RoleLookup.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <future>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace outpace {

class AppLanguage;
class AuditPage;
class SettingsPage;
class TrackerPage;
struct OpenReport;
class Catalog;
class ComparePage;
class ResultPage;
struct AuditAnswers;
struct ReportContent;
struct Role;
class PortraitPage;
class PortraitPresenter;
class ReportActions;
class RoleSearchPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The workspace, its built-ins loaded, must outlive the window; its data folder holds the window's state.
    MainWindow(Workspace &workspace, AppLanguage &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Page keys, in navigation order: "role", then the pages that exist.
    QStringList pageKeys() const;
    QString currentPageKey() const;
    // The page, made on first use: a page the user has not opened yet costs nothing at start.
    QWidget *page(const QString &key) const;
    QWidget *currentWidgetPage() const;
    void showPage(const QString &key);

    RoleSearchPage *rolePage() const;
    PortraitPage *portraitPage() const;
    AuditPage *auditPage() const;
    ResultPage *resultPage() const;
    ComparePage *comparePage() const;
    TrackerPage *trackerPage() const;
    SettingsPage *settingsPage() const;
    // Starts (or resumes) the roadmap of the role shown and opens the tracker on it.
    bool startRoadmap();
    // Opens the weekly check-in for the plan on the tracker (else the role's, else the first); the dialog
    // is window-modal and deletes itself when closed.
    void openCheckIn();
    CheckInDialog *checkInDialog() const { return m_checkInDialog; }
    // The dialog a problem with the personal data opened, while it is open.
    RecoveryDialog *recoveryDialog() const { return m_recoveryDialog; }
    // A saved audit's result, as it was scored then.
    void openAudit(qint64 auditId);
    // Saves the result on show; false (after telling the user why) when it could not be saved.
    bool saveAudit();
    QString currentRoleId() const { return m_roleId; }
    // Opens a curated role (id) or an occupation (O*NET-SOC code) and remembers it among the recent ones.
    void openRole(const QString &id);
    void setLanguage(Language language);
    Workspace &workspace() const { return m_workspace; }
    // The state file next to the personal data, so that another data folder is another set of windows.
    QString settingsPath() const;
    // File > Print Preview, Print and Export PDF, for the role shown.
    ReportActions *reportActions() const { return m_report; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageEntry
    {
        QString key;
        QString icon;
        QWidget *widget = nullptr;      // null until the page is first needed
        QWidget *placeholder = nullptr; // holds the page's place in the stack until then
        std::function<QWidget *()> make;
        QListWidgetItem *item = nullptr;
        QAction *action = nullptr;
    };

    void addPage(const QString &key, const QString &icon, QWidget *widget);
    // A page made when it is first shown or asked for.
    void addPage(const QString &key, const QString &icon, std::function<QWidget *()> make);
    QWidget *ensurePage(qsizetype index) const;
    void showPageAt(int index);
    void presentPortrait();
    void presentAudit();
    void presentCompare();
    void createMenus();
    void retranslate();
    void updateStatus();
    void presentRole();
    void showResult(const AuditAnswers &answers, bool saved);
    RoleRef currentRef() const;
    void showRoleHistory();
    Result<ReportContent> reportContent();
    void restoreResult();
    bool pageAvailable(const QString &key) const;
    void updateNavigation();
    void restoreState();
    void saveState();
    QString pageTitle(const QString &key) const;
    QString roleTitle(const QString &id) const;
    void showOpenProblem(const OpenReport &report);
    void updateRoadmapButton();

    Workspace &m_workspace;
    const Catalog &m_catalog;
    AppLanguage &m_language;
    QSettings *m_settings;
    QString m_roleId;
    QStringList m_recent;

    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_status;
    // Mutable so that asking for a page (a const question) can make it the first time.
    mutable QList<PageEntry> m_pages;
    RoleSearchPage *m_rolePage = nullptr;
    PortraitPage *m_portraitPage = nullptr;
    std::unique_ptr<PortraitPresenter> m_portraitPresenter;
    AuditPage *m_auditPage = nullptr;
    ResultPage *m_resultPage = nullptr;
    ComparePage *m_comparePage = nullptr;
    TrackerPage *m_trackerPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QPointer<CheckInDialog> m_checkInDialog;
    QPointer<RecoveryDialog> m_recoveryDialog;
    // Workers drawing the icons the window shows first; waited for when the window goes.
    std::vector<std::future<void>> m_iconsDrawnAhead;
    bool m_hasResult = false;
    bool m_resultSaved = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_auditMenu = nullptr;
    QAction *m_takeAuditAction = nullptr;
    QAction *m_saveAuditAction = nullptr;
    QMenu *m_roadmapMenu = nullptr;
    QAction *m_startRoadmapAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    ReportActions *m_report = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace outpace
