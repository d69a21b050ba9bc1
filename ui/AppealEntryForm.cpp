#include "ui/AppealEntryForm.h"

#include "core/Appeal.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/records/AppealEntryStore.h"
#include "core/records/AppealMerge.h"
#include "core/records/AppealNumbering.h"
#include "core/records/AppealRepository.h"
#include "core/records/DraftStore.h"
#include "core/records/EnterpriseRepository.h"
#include "core/validation/AppealValidator.h"
#include "forms/SignUpFormWording.h"
#include "ui/AppealConflictRows.h"
#include "ui/AppealEntryLayout.h"
#include "ui/EditConflictDialog.h"
#include "ui/EnterpriseCompleter.h"
#include "ui/SimilarAppealsPanel.h"
#include "ui/UserPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppealEntryForm::AppealEntryForm(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_draft(new DraftStore(db.path()))
    , m_f(fontMetrics())
    , m_completer(new EnterpriseCompleter(db, m_f.unit))
    , m_similar(new SimilarAppealsPanel(db))
    , m_draftTimer(new QTimer(this)) {
    const RuleProfile profile = ProfileRepository(m_db).active();
    const bool variant004 = profile.formVariant == "004"_L1;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    const SignUpFormWording wording =
        SignUpFormWording::of(profile.formVariant, profile.form1Title);
    leftLayout->addWidget(AppealEntryLayout::paperSheet(m_f, wording, variant004));
    // Messages name a field as the paper beside them does (提交企业, 困难问题), not by the
    // database's word for it (提交单位, 问题).
    m_fieldLabels = {{u"number"_s, wording.number},
                     {u"submitting_unit"_s, wording.unit},
                     {u"responsible_person"_s, wording.person},
                     {u"phone"_s, wording.phone},
                     {u"submit_date"_s, wording.date},
                     {u"problem"_s, wording.problem}};
    for (QString &label : m_fieldLabels)
        label.remove(u'：');
    leftLayout->addWidget(AppealEntryLayout::officeFields(m_f, m_db));
    leftLayout->addWidget(m_f.errors);
    leftLayout->addStretch();
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_similar);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &AppealEntryForm::saveDraftNow);
    for (QLineEdit *edit : {m_f.number, m_f.unit, m_f.person, m_f.phone, m_f.uscc})
        connect(edit, &QLineEdit::textChanged, this, &AppealEntryForm::scheduleDraft);
    for (QPlainTextEdit *edit : {m_f.problem, m_f.suggestions, m_f.prior})
        connect(edit, &QPlainTextEdit::textChanged, this, &AppealEntryForm::scheduleDraft);
    connect(m_f.date, &QDateEdit::dateChanged, this, &AppealEntryForm::scheduleDraft);
    // The choices do not make a draft worth keeping, but they are corrections when editing.
    for (QComboBox *combo : {m_f.channel, m_f.department, m_f.domain})
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            if (!m_restoring && isEditing())
                emit edited();
        });
    for (QCheckBox *check : {m_f.industry, m_f.urgent})
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_restoring && isEditing())
                emit edited();
        });
    connect(m_f.date, &QDateEdit::dateChanged, this, &AppealEntryForm::showNumberPreview);
    const QList<std::pair<QLineEdit *, QString>> lines{{m_f.number, u"number"_s},
                                                       {m_f.unit, u"submitting_unit"_s},
                                                       {m_f.person, u"responsible_person"_s},
                                                       {m_f.phone, u"phone"_s}};
    for (const auto &[edit, field] : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, f = field] { fieldEdited(f); });
    connect(m_f.problem, &QPlainTextEdit::textChanged, this, [this] { fieldEdited(u"problem"_s); });
    connect(m_f.date, &QDateEdit::dateChanged, this, [this] { fieldEdited(u"submit_date"_s); });

    connect(m_f.unit, &QLineEdit::textChanged, this, &AppealEntryForm::onUnitChanged);
    connect(m_f.unit, &QLineEdit::editingFinished, this, [this] {
        if (const qint64 id = m_completer->idOf(m_f.unit->text()))
            fillFromEnterprise(id);
    });
    connect(m_completer, &EnterpriseCompleter::chosen, this, &AppealEntryForm::fillFromEnterprise);
    connect(m_f.phone, &QLineEdit::editingFinished, this, &AppealEntryForm::checkPhone);
    connect(m_f.uscc, &QLineEdit::editingFinished, this, &AppealEntryForm::checkUscc);
    connect(m_f.problem, &QPlainTextEdit::textChanged, this,
            [this] { m_similar->setCriteria(m_enterpriseId, m_f.problem->toPlainText()); });

    AppealEntryLayout::setTabOrder(m_f);
    onUnitChanged();
    showNumberPreview();
    m_f.unit->setFocus(); // the first field of the paper
}

AppealEntryForm::~AppealEntryForm() {
    delete m_draft;
}

bool AppealEntryForm::hasTypedText() const {
    return m_f.hasTypedText();
}

void AppealEntryForm::onUnitChanged() {
    const QString name = m_f.unit->text().trimmed();
    m_enterpriseId = m_completer->idOf(name);
    // A stored appeal keeps the enterprise it was linked to while its unit reads as stored,
    // even when the registry spells the name differently.
    if (isEditing() && name == m_loaded.submittingUnit && m_loaded.enterpriseId > 0)
        m_enterpriseId = m_loaded.enterpriseId;
    const bool isNew = !name.isEmpty() && m_enterpriseId == 0;
    m_f.addEnterprise->setVisible(isNew);
    if (name.isEmpty())
        m_f.enterpriseHint->setText(QString());
    else if (isNew)
        m_f.enterpriseHint->setText(tr("<i>Not in the registry yet.</i>"));
    else
        m_f.enterpriseHint->setText(tr("<i>In the registry.</i>"));
    m_similar->setCriteria(m_enterpriseId, m_f.problem->toPlainText());
}

void AppealEntryForm::fillFromEnterprise(qint64 enterpriseId) {
    // A stored appeal whose unit was not changed keeps its own contact fields, even empty ones:
    // the clerk corrects what the paper says, not what the registry says.
    if (isEditing() && m_f.unit->text().trimmed() == m_loaded.submittingUnit)
        return;
    const auto e = EnterpriseRepository(m_db).find(enterpriseId);
    if (!e)
        return;
    m_enterpriseId = e->id;
    // Fill only what the clerk has not typed: the paper form wins over the registry.
    if (m_f.person->text().trimmed().isEmpty())
        m_f.person->setText(e->responsiblePerson);
    if (m_f.phone->text().trimmed().isEmpty())
        m_f.phone->setText(e->phone);
    if (m_f.uscc->text().trimmed().isEmpty())
        m_f.uscc->setText(e->uscc);
    onUnitChanged();
    checkPhone();
}

void AppealEntryForm::checkPhone() {
    const QList<ValidationIssue> issues = AppealValidator::checkPhone(m_f.phone->text());
    m_f.phoneWarning->setVisible(!issues.isEmpty());
    m_f.phoneWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
}

void AppealEntryForm::checkUscc() {
    const QList<ValidationIssue> issues = m_f.uscc->text().trimmed().isEmpty()
                                              ? QList<ValidationIssue>()
                                              : AppealValidator::checkUscc(m_f.uscc->text());
    m_f.usccWarning->setVisible(!issues.isEmpty());
    m_f.usccWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
}

void AppealEntryForm::showNumberPreview() {
    const QString preview = AppealNumbering(m_db).preview(m_f.date->date().year());
    m_f.number->setPlaceholderText(preview.isEmpty() ? tr("automatic") : preview);
}

QWidget *AppealEntryForm::fieldWidget(const QString &field) const {
    if (field == "submitting_unit"_L1)
        return m_f.unit;
    if (field == "submit_date"_L1)
        return m_f.date;
    if (field == "problem"_L1)
        return m_f.problem;
    if (field == "number"_L1)
        return m_f.number;
    if (field == "phone"_L1)
        return m_f.phone;
    if (field == "uscc"_L1)
        return m_f.uscc;
    if (field == "responsible_person"_L1)
        return m_f.person;
    return nullptr;
}

Appeal AppealEntryForm::appealFromFields() const {
    Appeal a = m_f.toAppeal(m_loaded); // editing keeps status, screening, topic and duplicate
    a.enterpriseId = m_enterpriseId;
    return a;
}

bool AppealEntryForm::save() {
    Appeal appeal = appealFromFields();
    const QString uscc = m_f.uscc->text().trimmed();
    QList<ValidationIssue> issues = AppealValidator(&m_db).validate(appeal, uscc);
    if (isEditing() && appeal.number.isEmpty())
        issues.prepend(ValidationIssue::make(
            u"number"_s, ValidationIssue::Severity::Error,
            tr("is required: a stored appeal keeps a number (it was %1)").arg(m_loaded.number)));
    QStringList errors;
    QStringList fields;
    QWidget *first = nullptr;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        if (!issue.isError())
            continue; // warnings are shown beside their fields and do not stop the clerk
        const QString label = m_fieldLabels.value(issue.field);
        errors << (label.isEmpty() ? issue.message : tr("%1: %2").arg(label, issue.reason));
        fields << issue.field;
        if (!first)
            first = fieldWidget(issue.field);
    }
    if (!errors.isEmpty()) {
        showErrors(errors, first, fields);
        return false;
    }
    return store(appeal, uscc);
}

bool AppealEntryForm::store(Appeal appeal, const QString &uscc) {
    AppealEntryStore::Extras extras;
    extras.createEnterprise = appeal.enterpriseId == 0 && m_f.addEnterprise->isVisible() &&
                              m_f.addEnterprise->isChecked();
    extras.uscc = uscc;
    AppealEntryStore store(m_db);
    bool ok = false;
    if (isEditing()) {
        ok = store.update(appeal, extras);
    } else {
        extras.attachments = m_attachments;
        if (m_similar->link() == SimilarAppealsPanel::Link::DuplicateOf)
            extras.duplicateOf = m_similar->linkedAppealId();
        else if (m_similar->link() == SimilarAppealsPanel::Link::SameTopic)
            extras.topicId = m_similar->linkedTopicId();
        ok = store.insert(appeal, extras);
    }
    if (!ok && store.conflict())
        return resolveConflict(appeal, uscc, store.errorString());
    if (!ok) {
        QWidget *first = fieldWidget(store.errorField());
        if (!first && isEditing() && appeal.number != m_loaded.number)
            first = m_f.number; // most likely taken by another appeal
        showErrors({store.errorString()}, first, {store.errorField()});
        return false;
    }
    m_lastSavedId = appeal.id;
    ++m_savedCount;
    showErrors({}, nullptr);
    if (store.createdEnterprise())
        m_completer->reload();
    if (isEditing())
        loadAppeal(appeal.id); // what is stored now, as the repository trimmed it
    emit saved(appeal.id, appeal.number);
    return true;
}

bool AppealEntryForm::resolveConflict(Appeal appeal, const QString &uscc, const QString &message) {
    const auto stored = AppealRepository(m_db).find(appeal.id);
    if (!stored) {
        showErrors({tr("Appeal %1 no longer exists.").arg(appeal.id)}, nullptr);
        return false;
    }
    // Three ways: what this form loaded, what the clerk made of it, what is stored now.
    const AppealMerge merge(m_loaded, appeal, *stored);
    EditConflictDialog dialog(message, AppealConflictRows::of(m_db, merge, appeal, *stored), this);
    dialog.exec();
    switch (dialog.choice()) {
    case EditConflictDialog::Choice::Reload:
        loadAppeal(appeal.id);
        showErrors({tr("The form shows the stored version now; nothing of yours was saved.")},
                   nullptr);
        return false;
    case EditConflictDialog::Choice::Overwrite: {
        // The clerk's changes onto the version just shown (what only the other desk changed
        // stays); another change in between is refused again.
        // The form shows the merged values too, so that a save refused for another reason
        // does not later count the other desk's values as the clerk's changes.
        m_loaded = *stored;
        m_f.fill(merge.merged(), uscc);
        return store(merge.merged(), uscc);
    }
    case EditConflictDialog::Choice::Back:
        break;
    }
    showErrors({message}, nullptr);
    return false;
}

void AppealEntryForm::showErrors(const QStringList &messages, QWidget *first,
                                 const QStringList &fields) {
    m_errorMessages = messages;
    m_errorFields = fields;
    while (m_errorFields.size() < m_errorMessages.size())
        m_errorFields << QString();
    m_f.errors->setText(messages.join(u'\n'));
    m_f.errors->setVisible(!messages.isEmpty());
    if (first)
        first->setFocus();
}

void AppealEntryForm::fieldEdited(const QString &field) {
    // A message about a field goes as soon as the clerk changes that field: one still in red
    // after the field was filled reads as if the field were still wrong. Save checks again.
    if (!m_errorFields.contains(field))
        return;
    QStringList messages;
    QStringList fields;
    for (int i = 0; i < m_errorFields.size(); ++i) {
        if (m_errorFields.at(i) != field) {
            messages << m_errorMessages.at(i);
            fields << m_errorFields.at(i);
        }
    }
    showErrors(messages, nullptr, fields);
}

bool AppealEntryForm::loadAppeal(qint64 appealId) {
    const auto appeal = AppealRepository(m_db).find(appealId);
    if (!appeal) {
        showErrors({tr("Appeal %1 no longer exists.").arg(appealId)}, nullptr);
        return false;
    }
    m_draftTimer->stop();
    m_loaded = *appeal;
    m_similar->clearLink();
    m_similar->hide(); // it would find the appeal itself; duplicates are marked on new ones
    fillFields(*appeal);
    // The departments work from sheets that carry the number: once assigned it stays, and so
    // it does while that cannot be read.
    const AppealRepository appeals(m_db);
    const auto assigned = appeals.currentAssignment(appealId);
    const QString unread = appeals.readError();
    m_f.number->setReadOnly(assigned.has_value() || !unread.isEmpty());
    m_f.number->setToolTip(
        assigned ? tr("Assigned on %1: the number is printed on the assignment sheets and stays.")
                       .arg(assigned->assignedOn.toString(Qt::ISODate))
        : !unread.isEmpty() ? tr("The number cannot be changed now: %1").arg(unread)
                            : tr("The appeal's number; it must stay unique."));
    m_loadedJson = fieldsAsJson();
    showErrors({}, nullptr);
    return true;
}

void AppealEntryForm::fillFields(const Appeal &appeal) {
    m_restoring = true;
    const auto enterprise = appeal.enterpriseId > 0
                                ? EnterpriseRepository(m_db).find(appeal.enterpriseId)
                                : std::nullopt;
    m_f.fill(appeal, enterprise ? enterprise->uscc : QString());
    m_restoring = false;
    onUnitChanged();
    checkPhone();
    checkUscc();
}

bool AppealEntryForm::isModified() const {
    return isEditing() && fieldsAsJson() != m_loadedJson;
}

void AppealEntryForm::focusFirstField() {
    m_f.unit->setFocus();
}

void AppealEntryForm::revert() {
    if (isEditing())
        loadAppeal(m_loaded.id);
}

void AppealEntryForm::clearForNextSheet() {
    m_restoring = true;
    m_f.clearForNextSheet();
    m_attachments.clear();
    m_similar->clearLink();
    m_restoring = false;
    m_draftTimer->stop();
    discardDraft();
    showNumberPreview();
    m_f.unit->setFocus();
}

void AppealEntryForm::addAttachment(const QString &path) {
    if (path.isEmpty() || m_attachments.contains(path))
        return;
    m_attachments << path;
    QStringList names;
    for (const QString &p : std::as_const(m_attachments))
        names << QFileInfo(p).fileName();
    m_f.attachmentLabel->setText(tr("Scans to attach: %1").arg(names.join(u", "_s)));
    m_f.attachmentLabel->show();
    scheduleDraft();
}

void AppealEntryForm::fillFromWordForm(const QMap<QString, QString> &fields, const QString &wording,
                                       const QString &path) {
    QString unreadDate;
    QJsonObject json = m_f.withWordForm(fields, wording, &unreadDate);
    json.insert("attachments"_L1, QJsonArray{path});
    restoreFields(json);
    showNumberPreview();
    saveDraftNow(); // a crash does not lose what was read
    if (unreadDate.isEmpty()) {
        showErrors({}, m_f.unit);
        return;
    }
    showErrors({tr("The form gives the date as \"%1\", which is no date: enter it from the "
                   "paper")
                    .arg(unreadDate)},
               m_f.date, {u"submit_date"_s});
}

QJsonObject AppealEntryForm::fieldsAsJson() const {
    QJsonObject json = m_f.toJson();
    json.insert("attachments"_L1, QJsonArray::fromStringList(m_attachments));
    return json;
}

void AppealEntryForm::restoreFields(const QJsonObject &json) {
    m_restoring = true;
    m_f.fromJson(json);
    m_attachments.clear();
    for (const QJsonValue &v : json.value("attachments"_L1).toArray())
        addAttachment(v.toString());
    m_restoring = false;
    onUnitChanged();
    checkPhone();
    checkUscc();
}

void AppealEntryForm::scheduleDraft() {
    if (m_restoring)
        return;
    if (isEditing())
        emit edited(); // corrections are saved or discarded in the dialog, never as a draft
    else
        m_draftTimer->start();
}

void AppealEntryForm::saveDraftNow() {
    m_draftTimer->stop();
    if (hasTypedText())
        m_draft->save(fieldsAsJson());
    else
        m_draft->discard();
}

void AppealEntryForm::discardDraft() {
    m_draftTimer->stop();
    m_draft->discard();
}

bool AppealEntryForm::hasDraft() const {
    return m_draft->exists();
}

bool AppealEntryForm::offerDraft() {
    if (!m_draft->exists())
        return false;
    const QJsonObject fields = m_draft->load();
    const QString unit = fields.value("submitting_unit"_L1).toString();
    const auto answer = UserPrompt::question(
        this, tr("Unsaved form"),
        tr("A form typed on %1 (%2) was not saved, perhaps because the program or the computer "
           "stopped. Restore it?")
            .arg(QLocale().toString(m_draft->savedAt(), QLocale::ShortFormat),
                 unit.isEmpty() ? tr("no submitting unit yet") : unit),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_draft->discard();
        return false;
    }
    restoreFields(fields);
    return true;
}
