#pragma once
// "Choose a role": one field that filters as you type over the curated roles and every O*NET occupation,
// a sector filter, and under an empty field the recent roles then the roles by sector. The keyboard alone
// is enough: type, arrows, Enter.

#include "common/LocalizedText.h"
#include "research/RoleSearch.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStandardItem;
class QStandardItemModel;

namespace outpace {

class AppLanguage;
class Catalog;
class Workspace;

class RoleSearchPage : public QWidget
{
    Q_OBJECT

public:
    // The workspace, its built-ins loaded, must outlive the page.
    RoleSearchPage(const Workspace &workspace, AppLanguage &language, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    QListView *resultsView() const { return m_results; }
    // Role ids or O*NET-SOC codes, most recent first.
    void setRecentRoles(const QStringList &ids);

signals:
    // A curated role id, or an O*NET-SOC code for an occupation.
    void roleChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillSectors();
    void refresh();
    void addHeading(const QString &text);
    void addRole(const QString &id);
    void addMatch(const SearchMatch &match);
    void moveSelection(int step);
    void openCurrent();
    void open(const QModelIndex &index);
    QString sectorName(const QString &sectorId) const;

    const Workspace &m_workspace;
    const Catalog &m_catalog;
    AppLanguage &m_language;
    QStringList m_recent;

    QLabel *m_title;
    QLabel *m_hint;
    QLineEdit *m_field;
    QAction *m_clear = nullptr;
    QLabel *m_sectorLabel;
    QComboBox *m_sector;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_empty;
};

} // namespace outpace
