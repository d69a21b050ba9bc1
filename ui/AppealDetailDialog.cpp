#include "ui/AppealDetailDialog.h"
#include "ui_AppealDetailDialog.h"

#include "core/Database.h"
#include "core/StatusLabels.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/queries/RecordPapersQuery.h"
#include "core/records/AppealRepository.h"
#include "core/workflow/TopicService.h"
#include "ui/AppealEntryForm.h"
#include "ui/HistoryWidget.h"
#include "ui/PrintMenu.h"
#include "ui/ScreenFit.h"
#include "ui/UserPrompt.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>

using namespace Qt::StringLiterals;

AppealDetailDialog::AppealDetailDialog(Database &db, qint64 appealId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_appealId(appealId)
    , m_ui(std::make_unique<Ui::AppealDetailDialog>())
    , m_form(new AppealEntryForm(db))
    , m_history(new HistoryWidget(db)) {
    m_ui->setupUi(this);
    m_ui->formHostLayout->addWidget(m_form);
    ScreenFit::resize(this, size()); // the .ui's size, but not beyond a small screen
    m_ui->historyLayout->addWidget(m_history);
    m_history->setRecord(u"appeal"_s, appealId);

    auto *print = m_ui->buttonBox->addButton(tr("&Print"), QDialogButtonBox::ActionRole);
    print->setAutoDefault(false);
    auto *menu = new PrintMenu(
        db, [appealId] { return appealId; }, this);
    menu->addDocument(tr("Sign-up form (附件1)"), FormPrinter::Kind::Form1);
    menu->addDocument(tr("Visit booking form"), FormPrinter::Kind::Booking);
    menu->addDocument(tr("Blank sign-up form (附件1)"), FormPrinter::Kind::Form1, false, true);
    addRecordDocuments(menu);
    print->setMenu(menu);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AppealDetailDialog::reject);

    const bool found = m_form->loadAppeal(appealId);
    m_form->setEnabled(found);
    connect(m_form, &AppealEntryForm::edited, this, &AppealDetailDialog::updateButtons);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AppealDetailDialog::saveChanges);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        m_form->revert();
        m_ui->savedLabel->clear();
        updateButtons();
    });
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &AppealDetailDialog::saveChanges);
    // The form's own Tab order ends at the number; then the dialog's buttons.
    setTabOrder(m_form->findChild<QWidget *>(u"numberEdit"_s), m_ui->saveButton);

    setUpScans();
    showFacts();
    updateButtons();
    m_form->focusFirstField();
}

void AppealDetailDialog::addRecordDocuments(PrintMenu *menu) {
    // The appeal's assignment sheets (附件2) and the enterprise's evaluations (附件3), one
    // entry each: an appeal handed to another lead or re-handled after 不满意 has several.
    RecordPapersQuery papers(m_db);
    for (const RecordPapersQuery::AssignmentPaper &a : papers.assignmentsOfAppeal(m_appealId)) {
        const qint64 id = a.id;
        menu->addDocument(tr("Handling sheet (附件2): %1, %2")
                              .arg(a.leadDepartment, a.assignedOn.toString(Qt::ISODate)),
                          FormPrinter::Kind::Form2, [id] { return id; }, {});
    }
    for (const RecordPapersQuery::EvaluationPaper &e : papers.evaluationsOfAppeal(m_appealId)) {
        const qint64 id = e.id;
        menu->addDocument(
            tr("Evaluation form (附件3) of %1").arg(e.submitDate.toString(Qt::ISODate)),
            FormPrinter::Kind::Form3, [id] { return id; }, {});
    }
}

AppealDetailDialog::~AppealDetailDialog() {
    // QDialog's destructor hides the window and moves the focus, which makes the form emit
    // signals after m_ui is gone.
    m_form->disconnect(this);
}

QTabWidget *AppealDetailDialog::tabs() const {
    return m_ui->tabs;
}

void AppealDetailDialog::showFacts() {
    AppealRepository appeals(m_db);
    const auto appeal = appeals.find(m_appealId);
    if (!appeal) {
        setWindowTitle(tr("Appeal"));
        m_ui->factsLabel->setText(tr("Appeal %1 no longer exists.").arg(m_appealId));
        m_ui->lockLabel->hide();
        return;
    }
    setWindowTitle(tr("Appeal %1 — %2").arg(appeal->number, appeal->submittingUnit));
    // What the form does not edit: the screening decision and where the appeal went since.
    QStringList facts{
        tr("Status: %1").arg(StatusLabels::appeal(Appeal::statusCode(appeal->status)))};
    if (!appeal->screeningNote.isEmpty())
        facts << tr("Screening note: %1").arg(appeal->screeningNote);
    if (appeal->topicId > 0)
        if (const auto topic = TopicService(m_db).find(appeal->topicId))
            facts << tr("Topic: %1").arg(topic->title);
    if (appeal->duplicateOf > 0)
        if (const auto original = appeals.find(appeal->duplicateOf))
            facts << tr("Duplicate of: %1").arg(original->number);
    const auto assigned = appeals.currentAssignment(m_appealId);
    if (assigned)
        facts << tr("Assigned on %1 to %2, due %3")
                     .arg(assigned->assignedOn.toString(Qt::ISODate), assigned->leadDepartment,
                          assigned->dueDate.toString(Qt::ISODate));
    else if (!appeals.readError().isEmpty()) // not "never assigned"
        facts << appeals.readError();
    m_ui->factsLabel->setText(facts.join(u" · "_s));
    m_ui->lockLabel->setVisible(assigned.has_value());
    if (assigned)
        m_ui->lockLabel->setText(
            tr("Already assigned to %1: the number stays. Corrections are recorded in the "
               "history; if the text changed, print the assignment sheet again for the "
               "department.")
                .arg(assigned->leadDepartment));
}

void AppealDetailDialog::updateButtons() {
    const bool modified = m_form->isModified();
    m_ui->saveButton->setEnabled(modified);
    m_ui->revertButton->setEnabled(modified);
    if (modified)
        m_ui->savedLabel->clear();
}

bool AppealDetailDialog::saveChanges() {
    if (!m_form->isModified())
        return true;
    if (!m_form->save()) {
        m_ui->tabs->setCurrentWidget(m_ui->appealTab); // the reasons are shown in the form
        return false;
    }
    m_ui->savedLabel->setText(tr("Changes saved."));
    showFacts();
    m_history->refresh();
    updateButtons();
    emit appealChanged(m_appealId);
    return true;
}

void AppealDetailDialog::refreshFromElsewhere() {
    if (m_form->isModified())
        return;
    // Only when this appeal changed: a reload puts the cursor and the scroll back to the top.
    const auto stored = AppealRepository(m_db).find(m_appealId);
    if (!stored || stored->version == m_form->loadedVersion())
        return; // unchanged, or deleted meanwhile (a save would say so)
    if (!m_form->loadAppeal(m_appealId))
        return;
    showFacts();
    fillScans();
    m_history->refresh();
    updateButtons();
}

bool AppealDetailDialog::confirmClose() {
    if (!m_form->isModified())
        return true;
    const auto answer = UserPrompt::question(
        this, tr("Unsaved corrections"),
        tr("The appeal has corrections that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveChanges();
    return answer == QMessageBox::Discard;
}

void AppealDetailDialog::reject() {
    if (confirmClose())
        QDialog::reject();
}

void AppealDetailDialog::closeEvent(QCloseEvent *event) {
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void AppealDetailDialog::setUpScans() {
    m_ui->scansList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->openButton, &QPushButton::clicked, this, &AppealDetailDialog::openCurrentScan);
    connect(m_ui->scansList, &QTreeWidget::itemActivated, this,
            &AppealDetailDialog::openCurrentScan);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &AppealDetailDialog::attachScans);
    fillScans();
}

void AppealDetailDialog::fillScans() {
    m_ui->scansList->clear();
    for (const AttachmentRepository::Info &i : AttachmentRepository(m_db).list(m_appealId)) {
        auto *item = new QTreeWidgetItem(
            m_ui->scansList, {i.fileName, QLocale().formattedDataSize(i.size),
                              QLocale().toString(i.addedAt, QLocale::ShortFormat), i.addedBy});
        item->setData(0, Qt::UserRole, i.id);
    }
}

void AppealDetailDialog::openCurrentScan() {
    const QTreeWidgetItem *item = m_ui->scansList->currentItem();
    if (!item)
        return;
    AttachmentRepository repo(m_db);
    const QString path = repo.exportToTemp(item->data(0, Qt::UserRole).toLongLong());
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        UserPrompt::warning(this, tr("Open scan"),
                            path.isEmpty() ? repo.errorString()
                                           : tr("No program is set up to open %1.").arg(path));
}

void AppealDetailDialog::attachScans() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Attach scanned forms"), QString(),
                                      tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    AttachmentRepository repo(m_db);
    for (const QString &p : paths)
        if (!repo.addFile(m_appealId, p))
            UserPrompt::warning(this, tr("Attach scan"), repo.errorString());
    fillScans();
    m_history->refresh();
}
