#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QAbstractItemView;

// Makes a list move to another row when the click is released, not when it is pressed. A page
// that asks before leaving a record with input not saved (不保存 / 取消) asks when the row
// changes; asked inside the press, the question's own event loop took the release, and the
// list was left waiting for it, ignoring further clicks until the focus moved elsewhere. A
// click on the current row, keys and the program's own selection are not touched.
class SelectOnRelease : public QObject {
    Q_OBJECT

public:
    explicit SelectOnRelease(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QPersistentModelIndex m_pressed; // another row's cell, pressed and not yet released
};
