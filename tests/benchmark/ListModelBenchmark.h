#pragma once

#include <QString>

class Database;

// The appeals list as the clerk drives it, through the GUI's item model (AppealListModel over
// AppealListQuery, as the Appeals page's QTableView uses it): opening the list, scrolling
// through 10,000 rows (fetchMore and data() for the rows a window shows), sorting by several
// columns and typing a search keystroke by keystroke. Returns a Markdown table; each figure is
// the median of `runs` runs after one warm-up run. Needs a QApplication (offscreen is fine).
class ListModelBenchmark {
public:
    static QString run(Database &db, int runs);
};
