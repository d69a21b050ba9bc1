#include "FirstStartDialog.h"

#include "DemoDataHook.h"
#include "ProfileRepository.h"
#include "UserPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstStartDialog::FirstStartDialog(Mode mode, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath)))
    , m_profile(new QComboBox)
    , m_profileNote(new QLabel)
    , m_demo(new QCheckBox(tr("Fill it with &demo data (invented enterprises and appeals)"))) {
    setWindowTitle(mode == Mode::FirstStart ? tr("Welcome to Qinqing") : tr("New database"));
    auto *intro = new QLabel(
        mode == Mode::FirstStart
            ? tr("Qinqing keeps all appeals, topics, meetings and assignments of your office in "
                 "one database file. Choose where it goes and which rules your office works by. "
                 "The profile can be changed later under Settings.")
            : tr("Create an empty database file with one of the rule profiles."));
    intro->setWordWrap(true);

    m_path->setObjectName(u"pathEdit"_s);
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &FirstStartDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_profile->setObjectName(u"profileCombo"_s);
    for (const QString &code : ProfileRepository::builtInCodes())
        if (const auto p = ProfileRepository::builtIn(code))
            m_profile->addItem(p->name, code);
    m_profileNote->setWordWrap(true);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &FirstStartDialog::showProfileNote);

    m_demo->setObjectName(u"demoCheck"_s);
    m_demo->setVisible(DemoDataHook::available());
    m_demo->setChecked(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Database &file:"), pathRow);
    form->addRow(tr("Rule &profile:"), m_profile);
    form->addRow(QString(), m_profileNote);
    form->addRow(QString(), m_demo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    showProfileNote();
}

QString FirstStartDialog::path() const {
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString FirstStartDialog::profileCode() const {
    return m_profile->currentData().toString();
}

bool FirstStartDialog::wantsDemoData() const {
    return DemoDataHook::available() && m_demo->isChecked();
}

void FirstStartDialog::setPath(const QString &path) {
    m_path->setText(QDir::toNativeSeparators(path));
}

void FirstStartDialog::setProfileCode(const QString &code) {
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(code)));
}

void FirstStartDialog::setDemoData(bool on) {
    m_demo->setChecked(on);
}

void FirstStartDialog::accept() {
    const QFileInfo info(path());
    if (path().isEmpty() || info.isDir()) {
        UserPrompt::warning(this, windowTitle(), tr("Database file: please give a file name."));
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
    m_profileNote->setText(p ? u"<small>"_s + p->source.toHtmlEscaped() + u"</small>"_s
                             : QString());
}
