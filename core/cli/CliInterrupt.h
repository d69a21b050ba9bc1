#pragma once

// Ctrl+C (SIGINT) and SIGTERM while a long verb runs: instead of dying with a half-written
// file, the verb is told (requested()) and stops at its next step, cleaning up as a cancel
// does. The previous handlers come back when this object goes.
class CliInterrupt {
public:
    CliInterrupt();
    ~CliInterrupt();
    CliInterrupt(const CliInterrupt &) = delete;
    CliInterrupt &operator=(const CliInterrupt &) = delete;

    static bool requested();
};
