#pragma once

class CliApplication;

// Registers the forms library's verbs (print, report) with qinqing-cli.
namespace FormsCommands {
void addTo(CliApplication &cli);
}
