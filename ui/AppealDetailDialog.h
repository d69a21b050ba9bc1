#pragma once

#include <QDialog>
#include <memory>

class AppealEntryForm;
class Database;
class HistoryWidget;
class PrintMenu;
class QTabWidget;

namespace Ui {
class AppealDetailDialog;
}

// One appeal with its tabs: the paper form (附件1) to correct typos and fill missing fields,
// the scanned forms, and the history from the audit log. Corrections are stored with Ctrl+S
// (old and new values into the history); closing with unsaved corrections asks first. Once the
// appeal is assigned its number stays, and a notice says that the department works from the
// printed sheet.
class AppealDetailDialog : public QDialog {
    Q_OBJECT

public:
    AppealDetailDialog(Database &db, qint64 appealId, QWidget *parent = nullptr);
    ~AppealDetailDialog() override;

    QTabWidget *tabs() const;
    HistoryWidget *history() const { return m_history; }
    AppealEntryForm *form() const { return m_form; }

public slots:
    // Stores the corrections; false (with the reasons shown in the form) when refused.
    bool saveChanges();
    // Another desk or window saved something: shows the appeal as stored now, unless the clerk
    // is correcting it (a save then shows what the other desk changed, field by field).
    void refreshFromElsewhere();
    void reject() override;

signals:
    void appealChanged(qint64 appealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpScans();
    void fillScans();
    void openCurrentScan();
    void attachScans();
    void showFacts();
    void updateButtons();
    void addRecordDocuments(PrintMenu *menu); // its assignments' 附件2 and evaluations' 附件3
    // Unsaved corrections: asks whether to save them; true when the dialog may close.
    bool confirmClose();

    Database &m_db;
    qint64 m_appealId;
    std::unique_ptr<Ui::AppealDetailDialog> m_ui;
    AppealEntryForm *m_form;
    HistoryWidget *m_history;
};
