#include "ui/AppealEntryDialog.h"
#include "ui_AppealEntryDialog.h"

#include "ui/AppealEntryForm.h"
#include "ui/ScreenFit.h"
#include "ui/UserPrompt.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>

using namespace Qt::StringLiterals;

AppealEntryDialog::AppealEntryDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AppealEntryDialog>())
    , m_form(new AppealEntryForm(db)) {
    m_ui->setupUi(this);
    m_ui->formHostLayout->addWidget(m_form);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AppealEntryDialog::saveAndNext);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &AppealEntryDialog::attachScan);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &AppealEntryDialog::reject);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &AppealEntryDialog::saveAndNext);
    }
    connect(m_form, &AppealEntryForm::saved, this, [this](qint64 id, const QString &number) {
        m_ui->statusLabel->setText(
            tr("Saved %1. %n form(s) keyed in this session.", nullptr, m_form->savedCount())
                .arg(number));
        emit appealSaved(id);
    });
    restoreGeometry(QSettings().value(u"appealEntry/geometry"_s).toByteArray());
    // The .ui's or the remembered size, but not beyond this screen (a geometry remembered on a
    // larger monitor is not clamped by Qt).
    ScreenFit::resize(this, size());
    m_form->focusFirstField();
}

AppealEntryDialog::~AppealEntryDialog() {
    m_form->disconnect(this); // QDialog's destructor moves the focus after m_ui is gone
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
