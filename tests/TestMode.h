#pragma once
// Every test program runs with Qt's test locations (under ~/.qttest), so nothing it does, by mistake or
// through a default folder, can reach the user's real data folder, settings or cache. Each test includes
// this first; the tests_use_test_locations check makes sure none forgets.

#include <QStandardPaths>
#include <QtGlobal>

// Qt's constructor-function macro names a file-scope object after the function, so the function is too.
static void useQtTestLocations()
{
    QStandardPaths::setTestModeEnabled(true);
}
Q_CONSTRUCTOR_FUNCTION(useQtTestLocations)
