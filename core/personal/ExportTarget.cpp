#include "personal/ExportTarget.h"

#include "common/NativePath.h"
#include "common/OutsideFile.h"
#include "personal/PersonalDataJson.h"
#include "storage/DataFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace outpace {

namespace {

bool isPreviousExport(const QString &path)
{
    const Result<QByteArray> bytes = OutsideFile::readAll(path, PersonalDataJson::maximumFileSize);
    if (!bytes)
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value());
    return document.isObject()
        && document.object().value(QStringLiteral("format")).toString() == PersonalDataJson::formatName();
}

} // namespace

ExportTarget::Check ExportTarget::check(const QString &path, const QString &dataFolder)
{
    if (path.isEmpty())
        return {Verdict::Refused, tr("No file was given to export to.")};
    if (DataFolder(dataFolder).holds(path)) {
        //: %1 is a path.
        return {Verdict::Refused,
            tr("%1 is one of Outpace's own files (the database, its backups or its lock): an export there "
               "would destroy your data. Export to a file outside the data folder.")
                .arg(nativePath(path))};
    }
    if (const QString kind = OutsideFile::specialKind(path); !kind.isEmpty()) {
        //: %1 is a path, %2 what it is ("a folder", "a device").
        return {Verdict::Refused,
            tr("%1 is %2: an export is written only to a regular file.").arg(nativePath(path), kind)};
    }
    if (QFileInfo::exists(path) && !isPreviousExport(path)) {
        return {Verdict::NeedsConfirmation,
            tr("%1 already exists and is not an Outpace export; it was left as it was.")
                .arg(nativePath(path))};
    }
    return {};
}

} // namespace outpace
