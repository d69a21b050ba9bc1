#pragma once

#include "core/import/Form1Importer.h"

#include <QDialog>
#include <memory>

class AppealEntryForm;
class Database;

namespace Ui {
class AppealEntryDialog;
}

// The window clerks key paper forms in: the entry form with "Save and next" (Ctrl+Enter) and
// a count of the sheets saved. Escape asks before throwing typed text away. Not modal, so the
// appeals list stays usable beside it. Filled 附件1 Word forms dropped on the appeals page
// open here one after another, each filled in for the clerk to check and save.
class AppealEntryDialog : public QDialog {
    Q_OBJECT

public:
    explicit AppealEntryDialog(Database &db, QWidget *parent = nullptr);
    ~AppealEntryDialog() override;

    AppealEntryForm *form() const { return m_form; }

    // Queues filled Word forms: the first fills the form now unless the clerk is keying in a
    // sheet (then after it is saved), each next one after the one before is saved.
    void openWordForms(const QList<Form1Importer::Form> &forms);
    int waitingForms() const { return int(m_waiting.size()); }

public slots:
    void saveAndNext();
    void reject() override;

signals:
    void appealSaved(qint64 appealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool confirmDiscard();
    void attachScan();
    void showNextWordForm(const QString &saved);

    std::unique_ptr<Ui::AppealEntryDialog> m_ui;
    AppealEntryForm *m_form;
    QList<Form1Importer::Form> m_waiting; // dropped Word forms not yet shown
};
