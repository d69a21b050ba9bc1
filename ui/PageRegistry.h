#pragma once

#include <QCoreApplication>
#include <QList>
#include <functional>

class Database;
class Page;
class QWidget;

// The one place that says which pages the main window has and in which order. A page is a
// Page built from (Database &, parent); the window calls its refresh() whenever it is shown.
struct PageEntry {
    QString key;      // stable name: remembered as the last page, used by tests
    QString title;    // navigation text (translated)
    QString iconName; // freedesktop icon theme name, may be missing on a system
    std::function<Page *(Database &, QWidget *)> create;
};

class PageRegistry {
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    static QList<PageEntry> standardPages();
};
