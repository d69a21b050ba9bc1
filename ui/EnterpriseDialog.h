#pragma once

#include "core/Enterprise.h"
#include "core/records/EnterpriseMerge.h"

#include <QDialog>
#include <memory>

class Database;

namespace Ui {
class EnterpriseDialog;
}

// Adds or edits one registry entry: name, credit code (checked as typed, never refused),
// responsible person, phone, industry, district, tags and the liaison leader (清新: each
// county leader looks after 2–3 key enterprises). Layout in EnterpriseDialog.ui. A save over
// a version another desk saved meanwhile asks the clerk (EditConflictDialog); what was typed
// stays in the dialog until the clerk chooses.
class EnterpriseDialog : public QDialog {
    Q_OBJECT

public:
    EnterpriseDialog(Database &db, const Enterprise &enterprise, QWidget *parent = nullptr);
    ~EnterpriseDialog() override;

    Enterprise enterprise() const;
    void accept() override;

private:
    void fill(const Enterprise &e);
    bool save(Enterprise e);
    bool resolveConflict(const Enterprise &yours, const QString &message);
    QString text(EnterpriseMerge::Field field, const Enterprise &e) const;
    void showError(const QString &message);
    void checkUscc();
    void checkPhone();

    Database &m_db;
    Enterprise m_enterprise; // as read (the version a save names), then as saved
    std::unique_ptr<Ui::EnterpriseDialog> m_ui;
};
