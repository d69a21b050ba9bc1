#pragma once

#include <QString>
#include <functional>

// Wall-clock and CPU time (ms) of one run, each the median over several runs. CPU time is
// reported too because on a shared machine the wall clock also measures the other processes.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

// The timing helpers the benchmarks share, and one Markdown table row per measurement.
class BenchmarkTiming {
public:
    static double cpuMs();  // this process's CPU time
    static double wallMs(); // a monotonic clock
    // One warm-up run (the first also pays for SQLite reading pages from disk), then `runs`.
    static Timing median(int runs, const std::function<void()> &work);
    static QString ms(double value);
    // "| what | wall | CPU | < target ms ok |"; no target when targetMs <= 0.
    static QString row(const QString &what, const Timing &t, double targetMs);
};
