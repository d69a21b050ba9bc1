#pragma once

#include <QWidget>

// A page of the main window (PageRegistry lists them). The window calls refresh() each time the
// page comes to the front, so that every page shows current data without a timer of its own:
// what another page or another window changed meanwhile; and confirmLeave() before the clerk
// leaves it (another page, closing the window, another database).
class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

signals:
    // The page asks the window to show another (a first day's next step, PageRegistry's keys).
    void goToPage(const QString &key);

public slots:
    virtual void refresh() = 0;
    // A page with unsaved edits asks whether to save, discard or stay (false: stay on it).
    virtual bool confirmLeave() { return true; }
};
