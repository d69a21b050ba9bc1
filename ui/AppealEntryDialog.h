#pragma once

#include <QDialog>
#include <memory>

class AppealEntryForm;
class Database;

namespace Ui {
class AppealEntryDialog;
}

// The window clerks key paper forms in: the entry form with "Save and next" (Ctrl+Enter) and
// a count of the sheets saved. Escape asks before throwing typed text away. Not modal, so the
// appeals list stays usable beside it.
class AppealEntryDialog : public QDialog {
    Q_OBJECT

public:
    explicit AppealEntryDialog(Database &db, QWidget *parent = nullptr);
    ~AppealEntryDialog() override;

    AppealEntryForm *form() const { return m_form; }

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

    std::unique_ptr<Ui::AppealEntryDialog> m_ui;
    AppealEntryForm *m_form;
};
