#pragma once

#include "core/CalendarService.h"
#include "ui/Page.h"

#include <memory>

class Database;
class QLineEdit;

namespace Ui {
class SettingsPage;
}

// 设置: which rule profile the office works by (and what it says), how appeals are numbered,
// the office's details that documents print (issuing office, the 通告's contacts), which years
// the working-day calendar knows, and the language and text size of the program.
// Layout in SettingsPage.ui.
class SettingsPage : public Page {
    Q_OBJECT

public:
    explicit SettingsPage(Database &db, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Stored in QSettings; read by GuiApplication at start-up.
    static QString languageSetting(); // "", "zh_CN" or "en"
    static void setLanguageSetting(const QString &language);
    static int fontPointSizeSetting(); // 0: system default

    // What was changed on the page and not yet saved or applied, in words ("the office's
    // details", "the rule profile"…); empty when nothing.
    QStringList unsavedChanges() const;

public slots:
    void refresh() override;
    // Before leaving the page (another page, closing the window): unsaved edits are saved,
    // discarded or kept with the page in front (false) as the clerk chooses.
    bool confirmLeave() override;
    // Saves the Office group; a phone or e-mail of an odd shape is saved and warned about.
    bool saveOffice();
    // 从国务院通知导入…: the paste-and-check dialog for `year` (0: the year due now), with
    // `text` already pasted when it came from a file.
    void importNotice(int year = 0, const QString &text = {});
    // 查看和更正…: the year's months, where a day can be corrected (0: the selected year).
    void viewCalendar(int year = 0);

signals:
    void profileChanged();
    void languageChangeRequested(const QString &language);

private:
    void reload(); // everything as stored, what was changed here included
    void loadProfiles();
    QList<QLineEdit *> officeEdits() const;
    void showProfileSummary();
    void loadOffice();
    void loadCalendarYears();
    bool applyProfile();
    bool saveNumbering();
    void importCalendar();
    void showSettlement(const QString &what, const CalendarService::Report &report);
    void showCalendarMessage(const QString &html, bool error);
    void applyLanguage();
    void applyFontSize(int points);

    Database &m_db;
    std::unique_ptr<Ui::SettingsPage> m_ui;
};
