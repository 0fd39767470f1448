#pragma once
// The export file of personal data: versioned JSON ("format": "outpace-personal-data", "version": 1) that a
// person can keep, read and carry to another machine. Reading checks the whole file before anything is
// used, and refuses a file from a newer version or with any error, naming each problem by its path.

#include "common/Result.h"
#include "personal/PersonalDataSnapshot.h"

#include <QByteArray>
#include <QDateTime>

namespace outpace {

class PersonalDataJson
{
public:
    static QString formatName() { return QStringLiteral("outpace-personal-data"); }
    static constexpr int formatVersion = 1;
    // Reading stops past this size (counted while reading): years of weekly data fit in a few hundred
    // kilobytes.
    static constexpr qint64 maximumFileSize = qint64(64) * 1024 * 1024;

    static QByteArray toJson(const PersonalDataSnapshot &snapshot, const QDateTime &exportedAt);
    // Every problem found, or the data; never a partial snapshot.
    static Result<PersonalDataSnapshot> fromJson(const QByteArray &json);

    // Written through QSaveFile: the file is either the complete new export or left as it was.
    static Status writeFile(
        const QString &path, const PersonalDataSnapshot &snapshot, const QDateTime &exportedAt);
    static Result<PersonalDataSnapshot> readFile(const QString &path);
};

} // namespace outpace
