#include "ui/BackupSettingsBox.h"

#include "core/backup/BackupFolder.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

BackupSettingsBox::BackupSettingsBox(Database &db, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_db(db)
    , m_folder(new QLineEdit(this))
    , m_keep(new QSpinBox(this)) {
    setObjectName(u"backupGroup"_s);
    m_folder->setObjectName(u"backupFolderEdit"_s);
    m_keep->setObjectName(u"backupKeepSpin"_s);
    m_keep->setRange(1, 365);
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("Choose…"), this);
    row->addWidget(browse);
    form->addRow(tr("Daily backups go to:"), row);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(u"saveBackupButton"_s);
    keepRow->addWidget(saveButton);
    form->addRow(tr("Newest backups kept:"), keepRow);
    connect(browse, &QPushButton::clicked, this, &BackupSettingsBox::chooseFolder);
    connect(saveButton, &QPushButton::clicked, this, &BackupSettingsBox::save);
    connect(m_folder, &QLineEdit::returnPressed, this, &BackupSettingsBox::save);
    load();
}

void BackupSettingsBox::load() {
    BackupFolder folder(m_db);
    m_folder->setText(QDir::toNativeSeparators(folder.path()));
    m_keep->setValue(folder.keep());
}

bool BackupSettingsBox::save() {
    BackupFolder folder(m_db);
    if (!folder.setFolder(QDir::fromNativeSeparators(m_folder->text())) ||
        !folder.setKeep(m_keep->value())) {
        QMessageBox::warning(this, tr("Backups"), tr("The backup settings cannot be saved."));
        return false;
    }
    load();
    return true;
}

void BackupSettingsBox::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the daily backups"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
        save();
    }
}
