#pragma once
// Durability for the files the storage writes outside SQLite (backups, restored copies): a write or a
// rename only survives a power cut once it has been flushed to the disk.

#include <QString>

namespace outpace::FileSync {

// Flushes a file's content to the disk; false when it cannot be opened or flushed.
bool syncFile(const QString &path);
// Flushes a folder's entries, so that a rename into it is durable. Best effort.
void syncFolder(const QString &folder);
// Renames `from` over `to` in one step: whoever looks sees the old file or the new one, never neither.
bool replace(const QString &from, const QString &to);
// Copies a file to a new path created with owner-only permissions, flushed before returning.
bool copyPrivately(const QString &from, const QString &to, QString *error);

} // namespace outpace::FileSync
