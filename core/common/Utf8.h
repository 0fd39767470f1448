#pragma once
// Every file from outside is checked to be UTF-8 before it is read as text: Qt would otherwise replace a
// bad byte in silence, and a name or a note would come back changed. These say where the first bad byte is.

#include <QtGlobal>

namespace outpace {

// Offset of the first byte that does not belong to well-formed UTF-8 (overlong forms, surrogates and
// values past U+10FFFF included), or -1 when all of it is valid.
qsizetype firstInvalidUtf8(const char *data, qsizetype size);
// Number of characters (code points) in the first `bytes` bytes of valid UTF-8 text.
int utf8Length(const char *data, qsizetype bytes);

} // namespace outpace
