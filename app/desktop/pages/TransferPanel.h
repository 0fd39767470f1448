#pragma once
// All the personal data to and from one JSON file: export anywhere but over Outpace's own files, import
// after a backup; a refused file is explained in words.

#include <QWidget>

class QLabel;
class QPushButton;

namespace outpace {

class Workspace;

class TransferPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransferPanel(Workspace &workspace, QWidget *parent = nullptr);

    QLabel *outcome() const { return m_outcome; }
    // The actions behind the buttons once a file is chosen; each says what happened.
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace &m_workspace;
    QLabel *m_exportText;
    QPushButton *m_export;
    QLabel *m_importText;
    QPushButton *m_import;
    QLabel *m_outcome;
};

} // namespace outpace
