#include "tests/benchmark/DashboardPageBenchmark.h"

#include "tests/benchmark/BenchmarkTiming.h"
#include "ui/DashboardPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Layout requests and the paint of every visible widget, as the event loop would do them
// before the user sees the result.
void paint(QWidget &page) {
    QCoreApplication::processEvents();
    page.repaint();
}

// `work` timed after an untimed `setup`, median of `runs` after one warm-up run.
Timing medianAfter(int runs, const std::function<void()> &setup,
                   const std::function<void()> &work) {
    QList<double> walls, cpus;
    for (int i = 0; i <= runs; ++i) {
        setup();
        const double w0 = BenchmarkTiming::wallMs();
        const double c0 = BenchmarkTiming::cpuMs();
        work();
        if (i == 0)
            continue;
        walls << BenchmarkTiming::wallMs() - w0;
        cpus << BenchmarkTiming::cpuMs() - c0;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

} // namespace

QString DashboardPageBenchmark::rows(Database &db, const QDate &asOf, int runs) {
    QString out;
    DashboardPage page(db);
    page.resize(1400, 900);
    page.show();
    page.setAsOf(asOf);
    paint(page);
    auto *tabs = page.findChild<QTabWidget *>();
    auto *items = page.findChild<QTableView *>(u"itemsView"_s);
    const int open = page.snapshot().openTotal();
    const int overdue = page.snapshot().count(DashboardBucket::Overdue);

    const auto refresh = [&] {
        page.refresh();
        paint(page);
    };
    page.showBuckets({});
    out += BenchmarkTiming::row(
        u"page refresh: compute, counts, models, first paint; list of all open (%1)"_s.arg(open),
        BenchmarkTiming::median(runs, refresh), 50);
    page.showBuckets({DashboardBucket::Overdue});
    out += BenchmarkTiming::row(u"page refresh, list of the overdue (%1)"_s.arg(overdue),
                                BenchmarkTiming::median(runs, refresh), 50);
    page.showBuckets({});
    out += BenchmarkTiming::row(u"click \"all open\": the list behind the count, painted"_s,
                                medianAfter(
                                    runs,
                                    [&] {
                                        page.showBuckets({DashboardBucket::Overdue});
                                        paint(page);
                                    },
                                    [&] {
                                        page.findChild<QAbstractButton *>(u"bucket-all"_s)->click();
                                        paint(page);
                                    }),
                                50);
    out += BenchmarkTiming::row(u"sort the list of all open by number (header click)"_s,
                                medianAfter(
                                    runs,
                                    [&] {
                                        items->sortByColumn(4, Qt::AscendingOrder);
                                        paint(page);
                                    },
                                    [&] {
                                        items->sortByColumn(0, Qt::AscendingOrder);
                                        paint(page);
                                    }),
                                50);
    // A refresh keeps the clerk's order: sorted by a text, it reads every row's text again.
    out += BenchmarkTiming::row(u"page refresh, list of all open sorted by number"_s,
                                BenchmarkTiming::median(runs, refresh), 50);
    // The rows below in the page's own order (by deadline), as a refresh first shows it.
    items->sortByColumn(4, Qt::AscendingOrder);
    out += BenchmarkTiming::row(u"scroll the list of all open to its end"_s,
                                medianAfter(
                                    runs,
                                    [&] {
                                        items->scrollToTop();
                                        paint(page);
                                    },
                                    [&] {
                                        items->verticalScrollBar()->setValue(
                                            items->verticalScrollBar()->maximum());
                                        paint(page);
                                    }),
                                50);
    for (int tab = 1; tab < tabs->count(); ++tab) {
        out += BenchmarkTiming::row(
            u"first look at the \"%1\" tab after a refresh"_s.arg(tabs->tabText(tab)),
            medianAfter(
                runs,
                [&] {
                    tabs->setCurrentIndex(0);
                    refresh();
                },
                [&] {
                    tabs->setCurrentIndex(tab);
                    paint(page);
                }),
            50);
    }
    tabs->setCurrentIndex(tabs->count() - 1);
    out += BenchmarkTiming::row(
        u"page refresh with the \"%1\" tab in front"_s.arg(tabs->tabText(tabs->count() - 1)),
        BenchmarkTiming::median(runs, refresh), 50);
    tabs->setCurrentIndex(0);
    return out;
}
