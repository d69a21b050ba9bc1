#pragma once

#include "core/CalendarDay.h"
#include "core/CalendarService.h"
#include "core/WorkCalendar.h"

#include <QDialog>
#include <memory>
#include <optional>

class Database;

namespace Ui {
class CalendarYearDialog;
}

// Settings ▸ 工作日历 ▸ 查看和更正…: a year of the working-day calendar as twelve months with
// its holidays' names, and the correction of one day (a local arrangement, a notice changed
// later): the clerk clicks the day, says whether it is an ordinary day, a day off or a make-up
// working day, sees the open deadlines the change would move, and saves it; the deadlines are
// settled with it (CalendarService). Layout in the .ui file.
class CalendarYearDialog : public QDialog {
    Q_OBJECT

public:
    CalendarYearDialog(Database &db, int year, QWidget *parent = nullptr);
    ~CalendarYearDialog() override;

    // Selects a day as a click on it does.
    void selectDay(const QDate &date);
    // What the last saved correction moved; empty before one.
    std::optional<CalendarService::Report> saved() const { return m_saved; }

private:
    void load();
    void showYear();
    // The day as the clerk set it in the group, or nothing for an ordinary day.
    std::optional<CalendarDay> chosenDay() const;
    bool changesTheDay() const;
    void preview();
    void save();

    Database &m_db;
    std::unique_ptr<Ui::CalendarYearDialog> m_ui;
    WorkCalendar m_calendar;
    bool m_readable = false;
    std::optional<CalendarService::Report> m_saved;
};
