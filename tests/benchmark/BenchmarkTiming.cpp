#include "tests/benchmark/BenchmarkTiming.h"

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <time.h>

using namespace Qt::StringLiterals;

double BenchmarkTiming::cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double BenchmarkTiming::wallMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Timing BenchmarkTiming::median(int runs, const std::function<void()> &work) {
    work();
    QList<double> walls, cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work();
        walls << double(t.nsecsElapsed()) / 1e6;
        cpus << cpuMs() - c0;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

QString BenchmarkTiming::ms(double v) {
    return v < 10 ? u"%1 ms"_s.arg(v, 0, 'f', 2) : u"%1 ms"_s.arg(v, 0, 'f', 1);
}

QString BenchmarkTiming::row(const QString &what, const Timing &t, double targetMs) {
    if (targetMs <= 0)
        return u"| %1 | %2 | %3 |  |\n"_s.arg(what, ms(t.wall), ms(t.cpu));
    return u"| %1 | %2 | %3 | < %4 ms %5 |\n"_s.arg(what, ms(t.wall), ms(t.cpu))
        .arg(targetMs)
        .arg(t.wall < targetMs ? u"ok"_s : u"**missed**"_s);
}
