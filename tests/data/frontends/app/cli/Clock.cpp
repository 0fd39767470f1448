// A front end that reads the system clock itself, which the front-end check refuses.
#include <QDate>

QDate weekStart()
{
    return QDate::currentDate();
}
