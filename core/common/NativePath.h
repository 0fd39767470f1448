#pragma once
// Paths are shown to the user the way their system writes them (backslashes on Windows).

#include <QDir>
#include <QString>

namespace outpace {

inline QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace outpace
