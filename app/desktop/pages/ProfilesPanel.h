#pragma once
// The profiles of the data folder, so a coach keeps several people apart: list, add, rename, switch, and
// remove (asked first, after a backup).

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace outpace {

class Workspace;

class ProfilesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesPanel(Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The actions behind the buttons, once a name is known; each tells the user what happened.
    bool addProfile(const QString &name);
    bool renameProfile(const QString &name, const QString &newName);
    bool switchTo(const QString &name);
    // Asks first; false when the user said no or the workspace refused.
    bool removeProfile(const QString &name);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    QString chosenName() const;
    void updateButtons();

    Workspace &m_workspace;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_switch;
    QPushButton *m_remove;
    QLabel *m_outcome;
};

} // namespace outpace
