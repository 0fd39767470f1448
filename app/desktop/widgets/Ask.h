#pragma once
// The questions and messages the app puts to the user, behind one door a GUI test can answer: a modal box
// would otherwise stop a test that drives the real window.

#include <QList>
#include <QString>

class QWidget;

namespace outpace {

class Ask
{
public:
    // Yes (true) or no; `yes` names the action, as the button the user presses.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);

    // For tests: the answers the next confirmations get, in order, without showing anything; informations
    // and warnings are then recorded instead of shown, the last one kept in lastMessage().
    static void answerNext(const QList<bool> &answers);
    static void recordMessages(bool record);
    static QString lastMessage();
};

} // namespace outpace
