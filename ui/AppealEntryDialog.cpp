#include "AppealEntryDialog.h"

#include "AppealEntryForm.h"
#include "UserPrompt.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppealEntryDialog::AppealEntryDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_form(new AppealEntryForm(db, this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Key in appeals"));
    setObjectName(u"AppealEntryDialog"_s);
    auto *buttons = new QDialogButtonBox;
    auto *save =
        buttons->addButton(tr("&Save and next (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    auto *attach = buttons->addButton(tr("&Attach scan…"), QDialogButtonBox::ActionRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    // Buttons are reached with the mouse or their shortcuts; Tab stays inside the form.
    for (QPushButton *b : {save, attach, close}) {
        b->setFocusPolicy(Qt::ClickFocus);
        b->setAutoDefault(false);
    }
    connect(save, &QPushButton::clicked, this, &AppealEntryDialog::saveAndNext);
    connect(attach, &QPushButton::clicked, this, &AppealEntryDialog::attachScan);
    connect(close, &QPushButton::clicked, this, &AppealEntryDialog::reject);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &AppealEntryDialog::saveAndNext);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(m_form, &AppealEntryForm::saved, this, [this](qint64 id, const QString &number) {
        m_status->setText(
            tr("Saved %1. %n form(s) keyed in this session.", nullptr, m_form->savedCount())
                .arg(number));
        emit appealSaved(id);
    });
    resize(1100, 720);
    restoreGeometry(QSettings().value(u"appealEntry/geometry"_s).toByteArray());
}

void AppealEntryDialog::saveAndNext() {
    if (m_form->save())
        m_form->clearForNextSheet();
}

bool AppealEntryDialog::confirmDiscard() {
    if (!m_form->hasTypedText())
        return true;
    const auto answer = UserPrompt::question(
        this, tr("Discard the form?"), tr("The form has typed text that is not saved. Discard it?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void AppealEntryDialog::reject() {
    if (!confirmDiscard())
        return;
    m_form->clearForNextSheet(); // also removes the draft
    QSettings().setValue(u"appealEntry/geometry"_s, saveGeometry());
    QDialog::reject();
}

void AppealEntryDialog::closeEvent(QCloseEvent *event) {
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    m_form->clearForNextSheet();
    QSettings().setValue(u"appealEntry/geometry"_s, saveGeometry());
    QDialog::closeEvent(event);
}

void AppealEntryDialog::attachScan() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Attach scanned forms"), QString(),
                                      tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    for (const QString &p : paths)
        m_form->addAttachment(p);
}
