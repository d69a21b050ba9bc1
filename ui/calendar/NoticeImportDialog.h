#pragma once

#include "core/CalendarService.h"
#include "core/HolidayNoticeParser.h"

#include <QDialog>
#include <memory>
#include <optional>

class Database;
class QTimer;

namespace Ui {
class NoticeImportDialog;
}

// Settings ▸ 工作日历 ▸ 从国务院通知导入…, and the dashboard's button when next year is missing.
// Two steps: the clerk pastes the notice's text (read as it is typed; every line that cannot be
// read is listed and blocks the next step), then checks the year as a month view beside the
// holiday lines, with the open deadlines that saving would move. Save writes the year and
// settles the deadlines in one transaction and lists what moved. Layout in the .ui file.
class NoticeImportDialog : public QDialog {
    Q_OBJECT

public:
    // `year`: the year to expect (next year from November); the notice's title overrides it.
    NoticeImportDialog(Database &db, int year, QWidget *parent = nullptr);
    ~NoticeImportDialog() override;

    // What saving moved; empty before it.
    std::optional<CalendarService::Report> saved() const { return m_saved; }

    // The notice's text, as if pasted (a notice saved as a file), read at once.
    void setNoticeText(const QString &text);
    // Reads the text now instead of after the typing pause (tests, the check button).
    void readNow();

    // The source stored with the year (calendar_years.source) and its words for the clerk.
    static QString sourceCode() { return QStringLiteral("notice"); }
    static QString sourceText(const QString &code);

private:
    void showCheckPage();
    void showPastePage();
    void save();
    void updateButtons();

    Database &m_db;
    std::unique_ptr<Ui::NoticeImportDialog> m_ui;
    QTimer *m_readTimer = nullptr;
    HolidayNoticeParser::Result m_result;
    bool m_yearTouched = false; // the clerk chose the year: the title no longer sets it
    std::optional<CalendarService::Report> m_saved;
};
