#pragma once

#include <QDate>
#include <QString>

class Database;

// The dashboard PAGE as the supervision office uses it (ui/DashboardPage in an offscreen
// window): a refresh is what a user waits for after changing the date or coming back to the
// page — DashboardQuery::compute, the counts, the models behind the tabs and the first paint of
// the window. Also times the first look at the other tabs after a refresh and a click on a
// header of the list. Needs a QApplication (offscreen is fine). Returns Markdown table rows
// (no header), each the median of `runs` runs after one warm-up run.
class DashboardPageBenchmark {
public:
    static QString rows(Database &db, const QDate &asOf, int runs);
};
