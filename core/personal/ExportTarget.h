#pragma once
// Where an export of personal data may be written. An export replaces its target whole, so the target is
// checked first: never the database, its companions, its lock or a backup (exporting onto them destroyed
// the data), never a device or a FIFO, and another program's file only when the user confirms.

#include <QCoreApplication>
#include <QString>

namespace outpace {

class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    enum class Verdict {
        Allowed,           // a new file, or a previous export to be replaced
        NeedsConfirmation, // an existing file that is not an export: replaced only when the user confirms
        Refused,           // never written, confirmed or not
    };

    struct Check
    {
        Verdict verdict = Verdict::Allowed;
        QString reason; // why, when not Allowed
    };

    // `dataFolder` is the folder whose files must never be written by an export.
    static Check check(const QString &path, const QString &dataFolder);
};

} // namespace outpace
