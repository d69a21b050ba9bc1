#pragma once

#include <QObject>
#include <QSet>

class QTableView;

// Column widths a clerk can read at a glance: each column as wide as its header and the rows
// loaded, but no wider than `maxCharacters` Chinese characters, so that short columns (status,
// dates, departments) are never cut off while a long text (问题, 事项) does not push them out
// of sight; the long text shows in full in its tooltip or record.
//
// Attached to a view, it fits only once there are rows (widths measured on an empty list are
// the headers' and cut 编号 to "WS20…"), and it leaves alone the columns the clerk resized by
// hand — remembered under `settingsKey` when one is given, so that they stay so next time.
class ColumnFit : public QObject {
    Q_OBJECT

public:
    ColumnFit(QTableView *view, int maxCharacters = 22, const QString &settingsKey = {});
    // The view's ColumnFit, made with these arguments the first time.
    static ColumnFit *of(QTableView *view, int maxCharacters = 22, const QString &settingsKey = {});

    // Fits the columns the clerk did not size to the rows now loaded; does nothing while the
    // list is empty. Returns whether it fitted.
    bool fit();
    bool isUserSized(int column) const { return m_userSized.contains(column); }
    // The widths fitted to contents, once, whatever the clerk did (the old behaviour).
    static void toContents(QTableView *view, int maxCharacters = 22);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markUserSized(int column);

    QTableView *m_view;
    int m_maxCharacters;
    QString m_settingsKey;
    QSet<int> m_userSized;
    bool m_dragging = false; // a mouse button is down on the header: resizes are the clerk's
    bool m_fitting = false;
};
