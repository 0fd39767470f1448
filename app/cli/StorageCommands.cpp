#include "CliSession.h"

namespace outpace {

// Personal data commands (profiles, audits, plans, check-ins, backups) are registered here.
QList<CliCommand> storageCommands()
{
    return {};
}

} // namespace outpace
