#pragma once

#include <QCoreApplication>
#include <QList>
#include <functional>

class Database;
class QWidget;

// The one place that says which pages the main window has and in which order. A page is any
// QWidget built from (Database &, parent); if it has a `refresh()` slot the window calls it
// whenever the page is shown, so every page shows current data without its own timer.
struct PageEntry {
    QString key;      // stable name: remembered as the last page, used by tests
    QString title;    // navigation text (translated)
    QString iconName; // freedesktop icon theme name, may be missing on a system
    std::function<QWidget *(Database &, QWidget *)> create;
};

class PageRegistry {
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    static QList<PageEntry> standardPages();
};
