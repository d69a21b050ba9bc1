#include "ui/AppealEntryDialog.h"
#include "ui_AppealEntryDialog.h"

#include "ui/AppealEntryForm.h"
#include "ui/ScreenFit.h"
#include "ui/UserPrompt.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
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
    if (!m_form->save())
        return;
    m_form->clearForNextSheet();
    showNextWordForm(m_ui->statusLabel->text());
}

void AppealEntryDialog::openWordForms(const QList<Form1Importer::Form> &forms) {
    m_waiting += forms;
    // What the clerk is typing is never overwritten: the forms wait until it is saved.
    if (m_form->hasTypedText())
        m_ui->statusLabel->setText(
            tr("%n dropped form(s) open after this sheet is saved.", nullptr, waitingForms()));
    else
        showNextWordForm({});
}

// The next dropped form into the empty entry form; `saved` (the last save's note) stays shown.
void AppealEntryDialog::showNextWordForm(const QString &saved) {
    if (m_waiting.isEmpty())
        return;
    const Form1Importer::Form form = m_waiting.takeFirst();
    m_form->fillFromWordForm(form.fields, form.wording, form.path);
    QString note = tr("From %1: check each field against the form, then save (Ctrl+Enter).")
                       .arg(QFileInfo(form.path).fileName());
    if (!m_waiting.isEmpty())
        note += u" "_s + tr("%n more dropped form(s) follow.", nullptr, waitingForms());
    m_ui->statusLabel->setText(saved.isEmpty() ? note : saved + u"\n"_s + note);
}

bool AppealEntryDialog::confirmDiscard() {
    if (!m_form->hasTypedText() && m_waiting.isEmpty())
        return true;
    const QString text =
        m_waiting.isEmpty()
            ? tr("The form has typed text that is not saved. Discard it?")
            : tr("The form is not saved, and %n more dropped form(s) wait. Discard them all?",
                 nullptr, waitingForms());
    const auto answer =
        UserPrompt::question(this, tr("Discard the form?"), text,
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void AppealEntryDialog::reject() {
    if (!confirmDiscard())
        return;
    m_waiting.clear();
    m_form->clearForNextSheet(); // also removes the draft
    QSettings().setValue(u"appealEntry/geometry"_s, saveGeometry());
    QDialog::reject();
}

void AppealEntryDialog::closeEvent(QCloseEvent *event) {
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    m_waiting.clear();
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
