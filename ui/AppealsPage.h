#pragma once

#include "core/queries/AppealListQuery.h"
#include "ui/Page.h"

#include <QPointer>

class AppealCounter;
class AppealEntryDialog;
class AppealFilterBar;
class AppealImportDialog;
class AppealListModel;
class Database;
class NextStepBanner;
class ListPrintMenu;
class QAction;
class MessageLine;
class QLabel;
class QTableView;

// 诉求: the list of all appeals with combinable, remembered filters and choosable columns, and
// the way into keying in paper forms (Ctrl+N), into one appeal's details and history, and into
// screening one or many selected appeals at once (all or nothing). Filled 附件1 Word forms
// dropped on it open as filled key-in forms, a dropped list in 导入… (AppealFileDrop).
class AppealsPage : public Page {
    Q_OBJECT

public:
    explicit AppealsPage(Database &db, QWidget *parent = nullptr);
    ~AppealsPage() override;

    AppealListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AppealFilterBar *filterBar() const { return m_filters; }
    AppealEntryDialog *entryDialog() const;
    ListPrintMenu *printMenu() const { return m_printMenu; }

public slots:
    void refresh() override;
    AppealEntryDialog *openEntryDialog();
    // 导入…: appeals from a workbook or CSV file (AppealImportDialog, window-modal).
    AppealImportDialog *openImportDialog();
    // Offers a form left unsaved by an earlier session; true when one was restored.
    bool resumeDraft();
    void openAppeal(qint64 appealId);
    // Opens the ScreeningDialog (window-modal, not blocking) for the selected appeals.
    void screenSelected();

public:
    QList<qint64> selectedAppealIds() const;
    // For tests and callers: select rows by appeal id (loaded rows only).
    void selectAppeals(const QList<qint64> &ids);
    QString message() const;
    // The count beside the list as shown: "about 66,000 appeals" while typing a common term,
    // the exact figure otherwise or after a click on its 精确统计 link.
    QLabel *countLabel() const { return m_count; }
    QLabel *exactCountLink() const { return m_exactCount; }
    // Counts every match of the list as filtered, in the background (the 精确统计 link).
    AppealCounter *counter() const { return m_counter; }

private:
    void applyFilter();
    // The count as the core estimates it: a sample of the table, never every match (a
    // frequent term at a million appeals would cost 100 ms on each keystroke).
    void updateCount();
    // Every match counted, on the clerk's request (the 精确统计 link), in the background: the
    // link says 正在统计… meanwhile; Esc, another keystroke or filter stops it, and a count
    // that is no longer the list's is never shown.
    void countExactly();
    void stopCounting();
    void showCount(const AppealListQuery::Count &count);
    void fitColumns();
    void showColumnMenu(const QPoint &pos);
    void saveHeader();
    void showRowMenu(const QPoint &pos);

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    AppealFilterBar *m_filters;
    AppealListModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_exactCount; // the 精确统计 link, shown beside an estimate
    AppealCounter *m_counter;
    QAction *m_stopCounting;           // Esc while counting
    AppealListQuery::Count m_estimate; // the count shown before 精确统计 was clicked
    MessageLine *m_message;
    QAction *m_screenAction;
    ListPrintMenu *m_printMenu = nullptr;
    QPointer<AppealEntryDialog> m_entry;
    bool m_fitted = false; // the columns were fitted to rows in this session
};
