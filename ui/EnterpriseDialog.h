#pragma once

#include "core/Enterprise.h"

#include <QDialog>
#include <memory>

class Database;

namespace Ui {
class EnterpriseDialog;
}

// Adds or edits one registry entry: name, credit code (checked as typed, never refused),
// responsible person, phone, industry, district, tags and the liaison leader (清新: each
// county leader looks after 2–3 key enterprises). Layout in EnterpriseDialog.ui.
class EnterpriseDialog : public QDialog {
    Q_OBJECT

public:
    EnterpriseDialog(Database &db, const Enterprise &enterprise, QWidget *parent = nullptr);
    ~EnterpriseDialog() override;

    Enterprise enterprise() const;
    void accept() override;

private:
    void checkUscc();
    void checkPhone();

    Database &m_db;
    Enterprise m_enterprise;
    std::unique_ptr<Ui::EnterpriseDialog> m_ui;
};
