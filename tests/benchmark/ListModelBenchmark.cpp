#include "tests/benchmark/ListModelBenchmark.h"

#include "tests/benchmark/BenchmarkTiming.h"
#include "ui/AppealListModel.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
// What a QTableView asks for each cell it paints.
constexpr int kVisibleRows = 30;
const QList<int> kRoles{Qt::DisplayRole,       Qt::DecorationRole, Qt::FontRole,
                        Qt::TextAlignmentRole, Qt::ForegroundRole, Qt::BackgroundRole,
                        Qt::CheckStateRole};

int paintRows(const AppealListModel &model, int top) {
    int cells = 0;
    const int end = std::min(model.rowCount(), top + kVisibleRows);
    for (int r = top; r < end; ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            for (int role : kRoles)
                cells += model.data(i, role).isValid() ? 1 : 0;
        }
    return cells;
}
} // namespace

QString ListModelBenchmark::run(Database &db, int runs) {
    QString out;
    const auto line = [&out](const QString &what, const Timing &t, double target) {
        out += BenchmarkTiming::row(what, t, target);
    };
    out += u"| the appeals list model (what the Appeals page runs), median of %1 runs "
           "| wall | CPU | target |\n|---|---|---|---|\n"_s.arg(runs);

    AppealListModel model(db);
    int total = 0;
    const Timing open = BenchmarkTiming::median(runs, [&] {
        model.setFilter({});
        total = model.totalCount();
        paintRows(model, 0);
    });
    line(u"open: first chunk (%1 of %2 rows, newest first), count, first window"_s
             .arg(model.chunkSize())
             .arg(total),
         open, 100);

    // Scrolling to row 10,000 a window at a time: the view fetches the next chunk whenever the
    // last loaded row comes into sight and paints the rows it shows.
    constexpr int kScrollTo = 10000;
    double slowestChunk = 0;
    int chunks = 0;
    const Timing scroll = BenchmarkTiming::median(runs, [&] {
        model.reload();
        chunks = 0;
        for (int top = 0; top + kVisibleRows < kScrollTo; top += kVisibleRows) {
            while (top + kVisibleRows > model.rowCount() && model.canFetchMore({})) {
                const double t0 = BenchmarkTiming::wallMs();
                model.fetchMore({});
                slowestChunk = std::max(slowestChunk, BenchmarkTiming::wallMs() - t0);
                ++chunks;
            }
            paintRows(model, top);
        }
    });
    line(u"scroll to row %1 (%2 fetchMore, %3 windows painted)"_s.arg(kScrollTo).arg(chunks).arg(
             kScrollTo / kVisibleRows),
         scroll, 1000);
    out +=
        u"| slowest single fetchMore while scrolling (the longest pause) | %1 | | < 50 ms %2 |\n"_s
            .arg(BenchmarkTiming::ms(slowestChunk), slowestChunk < 50 ? u"ok"_s : u"**missed**"_s);

    // A click on a header: the model sorts in SQL, loads the first chunk again and the view
    // paints the first window.
    for (const AppealListQuery::Column c : AppealListQuery::columns()) {
        const QString key = AppealListQuery::columnCode(c);
        const int column = model.columnIndex(key);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            line(u"sort by %1 %2"_s.arg(key, order == Qt::AscendingOrder ? u"↑"_s : u"↓"_s),
                 BenchmarkTiming::median(runs,
                                         [&] {
                                             model.sort(column, order);
                                             paintRows(model, 0);
                                         }),
                 100);
        }
    }

    // Typing a search: after each pause the filter bar sets the filter, the page shows the
    // count and the view paints the first window (sorted by deadline, the busiest order).
    model.sort(model.columnIndex(u"due_date"_s), Qt::AscendingOrder);
    const QString term = u"用地指标"_s;
    for (int n = 1; n <= term.size(); ++n) {
        AppealListQuery::Filter f;
        f.search = term.left(n);
        // The page shows the core's estimate as the clerk types (约 N) and counts exactly only
        // on a click on 精确统计, timed apart.
        AppealListQuery::Count shown;
        const Timing typed = BenchmarkTiming::median(runs, [&] {
            model.setFilter(f);
            shown = model.estimatedCount();
            paintRows(model, 0);
        });
        line(u"type \"%1\": filter, count shown (%2), first window by deadline"_s.arg(
                 f.search, AppealListQuery::countText(shown)),
             typed, 100);
        int matches = 0;
        const Timing exact = BenchmarkTiming::median(runs, [&] { matches = model.totalCount(); });
        line(u"\"%1\": the exact count on a click (%2 matches)"_s.arg(f.search).arg(matches), exact,
             1000);
    }
    model.setFilter({});
    return out;
}
