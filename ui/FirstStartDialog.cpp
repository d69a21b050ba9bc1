#include "ui/FirstStartDialog.h"
#include "ui_FirstStartDialog.h"

#include "core/DatabaseFileCheck.h"
#include "core/ProfileRepository.h"
#include "ui/DemoDataHook.h"
#include "ui/UserPrompt.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

FirstStartDialog::FirstStartDialog(Mode mode, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstStartDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::FirstStart ? tr("Welcome to Qinqing") : tr("New database"));
    m_ui->introLabel->setText(
        mode == Mode::FirstStart
            ? tr("Qinqing keeps all appeals, topics, meetings and assignments of your office in "
                 "one database file. Choose where it goes and which rules your office works by. "
                 "The profile can be changed later under Settings.")
            : tr("Create an empty database file with one of the rule profiles."));
    m_ui->pathEdit->setText(QDir::toNativeSeparators(suggestedPath));
    m_ui->pathEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &FirstStartDialog::browse);
    for (const QString &code : ProfileRepository::builtInCodes())
        if (const auto p = ProfileRepository::builtIn(code))
            m_ui->profileCombo->addItem(p->name, code);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &FirstStartDialog::showProfileNote);
    m_ui->demoCheck->setVisible(DemoDataHook::available());
    m_ui->demoCheck->setChecked(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProfileNote();
}

FirstStartDialog::~FirstStartDialog() = default;

QString FirstStartDialog::path() const {
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

QString FirstStartDialog::profileCode() const {
    return m_ui->profileCombo->currentData().toString();
}

bool FirstStartDialog::wantsDemoData() const {
    return DemoDataHook::available() && m_ui->demoCheck->isChecked();
}

void FirstStartDialog::setPath(const QString &path) {
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

void FirstStartDialog::setProfileCode(const QString &code) {
    m_ui->profileCombo->setCurrentIndex(qMax(0, m_ui->profileCombo->findData(code)));
}

void FirstStartDialog::setDemoData(bool on) {
    m_ui->demoCheck->setChecked(on);
}

void FirstStartDialog::accept() {
    const QFileInfo info(path());
    if (path().isEmpty() || info.isDir()) {
        UserPrompt::warning(this, windowTitle(), tr("Database file: please give a file name."));
        return;
    }
    if (info.exists() &&
        DatabaseFileCheck::inspect(path(), false).verdict() == DatabaseFileCheck::Verdict::Empty) {
        // An empty file (made by a file manager's "new document", or left by a failed copy)
        // is set up only when the clerk says so, knowing which rules it gets.
        const auto answer = UserPrompt::question(
            this, windowTitle(),
            tr("The file %1 is empty. Set it up as a new Qinqing database with the profile "
               "%2?")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                     m_ui->profileCombo->currentText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            QDialog::accept();
        return;
    }
    if (info.exists()) {
        UserPrompt::warning(this, windowTitle(),
                            tr("Database file: %1 already exists. Open it with File ▸ Open "
                               "database, or choose another name.")
                                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return;
    }
    QDialog::accept();
}

void FirstStartDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database file"), path(), tr("Qinqing databases (*.sqlite);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void FirstStartDialog::showProfileNote() {
    const auto p = ProfileRepository::builtIn(profileCode());
    m_ui->profileNote->setText(p ? u"<small>"_s + p->source.toHtmlEscaped() + u"</small>"_s
                                 : QString());
}
