#pragma once

#include <QObject>

class QAbstractItemView;

// Ctrl+End in a table (End in a list) whose rows are loaded lazily goes to the last row of the
// whole list, not to the last row loaded so far: the rest is loaded first (with a wait cursor).
class ListEndKey : public QObject {
    Q_OBJECT

public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ListEndKey(QAbstractItemView *view);
    QAbstractItemView *m_view;
};
