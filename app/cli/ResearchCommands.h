#pragma once
// The occupation-level portrait, shared with the portrait command: any O*NET-SOC code that is not a curated
// role is shown from the built-in occupation table.

#include "research/OccupationRoleBuilder.h"

#include <QString>

#include <optional>

namespace outpace {

class CliSession;

// Prints the portrait of an O*NET occupation ("15-1252.00", or a 6-digit SOC code) as text or JSON.
// Returns an exit code (ExitRefused, with a message, when the code is unknown).
int printOccupationPortrait(CliSession &session, const QString &code, bool json);

// Prints the curated roles and occupations matching a title (either language, accents ignored) or a code,
// best first, as text or JSON; for `outpace-cli roles --search TEXT`. Returns ExitOk, or ExitRefused with a
// message when nothing matches.
int printRoleSearch(CliSession &session, const QString &query, bool json, int limit = 20);

// The tasks of an imported occupation as a role the scorer accepts. Prints why and gives no value when
// the database cannot be opened or nothing was imported for the code.
std::optional<OccupationRole> loadImportedOccupation(CliSession &session, const QString &code);

// True for an O*NET-SOC code (15-1252.00) or a 6-digit SOC code (15-1252).
bool looksLikeOccupationCode(const QString &text);

} // namespace outpace
