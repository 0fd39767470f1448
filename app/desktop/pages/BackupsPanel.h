#pragma once
// The backups of the personal data, newest first with their dates: back up now (in the background), and
// restore one, the current file being kept aside first.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace outpace {

class Workspace;

class BackupsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsPanel(Workspace &workspace, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *backUpButton() const { return m_backUp; }
    QLabel *outcome() const { return m_outcome; }
    // Asks first; then restores and says where the replaced data was kept.
    bool restore(const QString &path);
    void refresh();

signals:
    void backupFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void backUpNow();

    Workspace &m_workspace;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QLabel *m_outcome;
};

} // namespace outpace
