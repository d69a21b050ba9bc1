#pragma once

#include "core/CalendarDay.h"

#include <QHash>
#include <QWidget>

// A year at a glance, twelve small months Monday to Sunday, for checking a holiday arrangement
// before it is saved: days off (放假) on red with 休, make-up working days (调休上班) on blue with
// 班, the holiday's name in the tooltip. Days of the previous December that the arrangement
// names (元旦 of 2023 began on 2022-12-31) are listed by the dialog, not drawn here.
class YearCalendarView : public QWidget {
    Q_OBJECT

public:
    explicit YearCalendarView(QWidget *parent = nullptr);

    void setYear(int year, const QList<CalendarDay> &days);
    int year() const { return m_year; }

    // Where a date is drawn (empty when not in the year shown); for tooltips and tests.
    QRect dayRect(const QDate &date) const;
    QString toolTipFor(const QDate &date) const;

    // A day the clerk clicked (CalendarYearDialog corrects it); framed until another is.
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate &date);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void dayClicked(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QSize cellSize() const;
    QSize monthSize() const;
    QRect monthRect(int month) const;
    QDate dateAt(const QPoint &pos) const;

    int m_year = 0;
    QHash<QDate, CalendarDay> m_days;
    QDate m_selected;
};
