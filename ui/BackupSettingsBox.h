#pragma once

#include <QGroupBox>

class Database;
class QLineEdit;
class QSpinBox;

// Settings ▸ Backups: the folder the daily automatic backups go to and how many are kept.
// Stored in the database (BackupFolder), so that every desk on the same file uses the same.
class BackupSettingsBox : public QGroupBox {
    Q_OBJECT

public:
    explicit BackupSettingsBox(Database &db, QWidget *parent = nullptr);

    void load();
    // Saves the folder and the number kept; false (and a message shown) when the database
    // refuses.
    bool save();

private:
    void chooseFolder();

    Database &m_db;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
};
