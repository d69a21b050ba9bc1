#include "FormsCommands.h"

#include "CliApplication.h"
#include "PrintCommand.h"

namespace FormsCommands {

void addTo(CliApplication &cli) {
    cli.addCommand(std::make_unique<PrintCommand>());
}

} // namespace FormsCommands
