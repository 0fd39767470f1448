#pragma once
// The research data commands (derive, import, tasks) and the search over roles and occupations that
// `roles --search` prints.

#include <QString>

namespace outpace {

class CliSession;

// Prints the curated roles and occupations matching a title (either language, accents ignored) or a code,
// best first, as text or JSON; for `outpace-cli roles --search TEXT`. Returns ExitOk, or ExitRefused with a
// message when nothing matches.
int printRoleSearch(CliSession &session, const QString &query, bool json, int limit = 20);

} // namespace outpace
