#include "core/cli/CliInterrupt.h"

#include <csignal>

namespace {

volatile std::sig_atomic_t interrupted = 0;
struct sigaction previousInt;
struct sigaction previousTerm;

extern "C" void onInterrupt(int) {
    interrupted = 1;
}

} // namespace

CliInterrupt::CliInterrupt() {
    interrupted = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previousInt);
    sigaction(SIGTERM, &action, &previousTerm);
}

CliInterrupt::~CliInterrupt() {
    sigaction(SIGINT, &previousInt, nullptr);
    sigaction(SIGTERM, &previousTerm, nullptr);
}

bool CliInterrupt::requested() {
    return interrupted != 0;
}
