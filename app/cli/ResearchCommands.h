#pragma once
// The occupation-level portrait, shared with the portrait command: any O*NET-SOC code that is not a curated
// role is shown from the built-in occupation table.

#include <QString>

namespace outpace {

class CliSession;

// Prints the portrait of an O*NET occupation ("15-1252.00", or a 6-digit SOC code) as text or JSON.
// Returns an exit code (ExitRefused, with a message, when the code is unknown).
int printOccupationPortrait(CliSession &session, const QString &code, bool json);

} // namespace outpace
