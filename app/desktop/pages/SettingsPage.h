#pragma once
// Settings and data, in tabs: General (language, weeks between audits), Profiles, Backups, Import and
// export, Research data, About (version, scoring model version, every source with its licence).

#include "common/LocalizedText.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTextBrowser;

namespace outpace {

class BackupsPanel;
class ProfilesPanel;
class ResearchPanel;
class TransferPanel;
class Workspace;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Workspace &workspace, QWidget *parent = nullptr);

    // The About text: the version, the scoring model's version and every data source with its licence.
    static QString aboutHtml(const Workspace &workspace);

    void setLanguage(Language language);
    QTabWidget *tabs() const { return m_tabs; }
    QSpinBox *reauditWeeksBox() const { return m_reauditWeeks; }
    ProfilesPanel *profilesPanel() const { return m_profiles; }
    BackupsPanel *backupsPanel() const { return m_backups; }
    TransferPanel *transferPanel() const { return m_transfer; }
    ResearchPanel *researchPanel() const { return m_research; }
    void showAbout();

signals:
    void languageChosen(Language language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadGeneral();

    Workspace &m_workspace;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QWidget *m_general;
    QLabel *m_languageLabel;
    QComboBox *m_languageBox;
    QLabel *m_reauditLabel;
    QSpinBox *m_reauditWeeks;
    QLabel *m_reauditNote;
    QLabel *m_generalProblem;
    ProfilesPanel *m_profiles;
    BackupsPanel *m_backups;
    TransferPanel *m_transfer;
    ResearchPanel *m_research;
    QTextBrowser *m_about;
};

} // namespace outpace
