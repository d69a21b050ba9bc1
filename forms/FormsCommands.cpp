#include "FormsCommands.h"

#include "CliApplication.h"
#include "ExportTablePdf.h"
#include "PrintCommand.h"
#include "ReportCommand.h"

namespace FormsCommands {

void addTo(CliApplication &cli) {
    ExportTablePdf::registerWithExporter(); // `export --out FILE.pdf`
    cli.addCommand(std::make_unique<PrintCommand>());
    cli.addCommand(std::make_unique<ReportCommand>());
}

} // namespace FormsCommands
