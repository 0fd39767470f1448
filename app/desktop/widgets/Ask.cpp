#include "widgets/Ask.h"

#include <QMessageBox>
#include <QPushButton>

namespace outpace {

namespace {

struct AskState
{
    QList<bool> answers;
    bool record = false;
    QString last;
};

AskState &askState()
{
    static AskState state;
    return state;
}

} // namespace

bool Ask::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    AskState &state = askState();
    if (!state.answers.isEmpty()) {
        state.last = text;
        return state.answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    // The safe answer is the one Enter gives.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Ask::inform(QWidget *parent, const QString &title, const QString &text)
{
    AskState &state = askState();
    state.last = text;
    if (!state.record)
        QMessageBox::information(parent, title, text);
}

void Ask::warn(QWidget *parent, const QString &title, const QString &text)
{
    AskState &state = askState();
    state.last = text;
    if (!state.record)
        QMessageBox::warning(parent, title, text);
}

void Ask::answerNext(const QList<bool> &answers)
{
    askState().answers = answers;
}

void Ask::recordMessages(bool record)
{
    askState().record = record;
}

QString Ask::lastMessage()
{
    return askState().last;
}

} // namespace outpace
