#pragma once

class CliApplication;

// Registers the forms library's verbs (print) with qinqing-cli.
namespace FormsCommands {
void addTo(CliApplication &cli);
}
