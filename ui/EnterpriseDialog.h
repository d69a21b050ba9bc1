#pragma once

#include "Enterprise.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;

// Adds or edits one registry entry: name, credit code (checked as typed, never refused),
// responsible person, phone, industry, district, tags and the liaison leader (清新: each
// county leader looks after 2–3 key enterprises).
class EnterpriseDialog : public QDialog {
    Q_OBJECT

public:
    EnterpriseDialog(Database &db, const Enterprise &enterprise, QWidget *parent = nullptr);

    Enterprise enterprise() const;
    void accept() override;

private:
    void checkUscc();
    void checkPhone();

    Database &m_db;
    Enterprise m_enterprise;
    QLineEdit *m_name;
    QLineEdit *m_uscc;
    QLabel *m_usccWarning;
    QLineEdit *m_person;
    QLineEdit *m_phone;
    QLabel *m_phoneWarning;
    QLineEdit *m_industry;
    QLineEdit *m_district;
    QLineEdit *m_tags;
    QComboBox *m_leader;
    QLabel *m_error;
};
