#include "FormsCommands.h"

#include "CliApplication.h"

namespace FormsCommands {

void addTo(CliApplication &cli)
{
    Q_UNUSED(cli);
}

} // namespace FormsCommands
