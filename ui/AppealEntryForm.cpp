#include "AppealEntryForm.h"

#include "Appeal.h"
#include "AppealNumbering.h"
#include "AppealRepository.h"
#include "AppealValidator.h"
#include "AttachmentRepository.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "DraftStore.h"
#include "EnterpriseCompleter.h"
#include "EnterpriseRepository.h"
#include "LeaderRepository.h"
#include "PhoneValidator.h"
#include "ProfileRepository.h"
#include "SimilarAppealsPanel.h"
#include "TransactionGuard.h"
#include "UsccValidator.h"
#include "UserPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The channels appeals arrive through (seeds 000-004); stored as written, like profile data.
const QStringList channels{
    u"报名表"_s,         u"部门收集"_s,       u"12345"_s, u"粤商通"_s, u"蒙企通"_s,
    u"一站式服务中心"_s, u"“办不成事”窗口"_s, u"走访"_s,  u"早餐会"_s, u"电话"_s};

QString required(const QString &label) {
    return label + u" <span style=\"color:#c0392b\">*</span>"_s;
}

QLabel *cellLabel(const QString &text) {
    auto *label = new QLabel(text);
    label->setProperty("paperCell", true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::RichText);
    return label;
}

// Tab leaves the date as it leaves every other field; QDateEdit would otherwise use it to walk
// year, month and day, and the clerk's hands would lose their place on the paper. The digits
// move between the sections by themselves.
class FormDateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

QPlainTextEdit *textBox(int lines, const QFontMetrics &fm) {
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // Tab walks the form as on paper; Enter is a new line
    edit->setMinimumHeight(fm.lineSpacing() * lines + 12);
    return edit;
}
} // namespace

AppealEntryForm::AppealEntryForm(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_draft(new DraftStore(db.path()))
    , m_title(new QLabel)
    , m_number(new QLineEdit)
    , m_unit(new QLineEdit)
    , m_person(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_date(new FormDateEdit(QDate::currentDate()))
    , m_problem(textBox(5, fontMetrics()))
    , m_suggestions(textBox(3, fontMetrics()))
    , m_prior(textBox(2, fontMetrics()))
    , m_uscc(new QLineEdit)
    , m_addEnterprise(new QCheckBox(tr("Add to the enterprise registry")))
    , m_channel(new QComboBox)
    , m_department(new QComboBox)
    , m_domain(new QComboBox)
    , m_industry(new QCheckBox(tr("Concerns a whole &industry")))
    , m_urgent(new QCheckBox(tr("U&rgent")))
    , m_phoneWarning(new QLabel)
    , m_usccWarning(new QLabel)
    , m_enterpriseHint(new QLabel)
    , m_errors(new QLabel)
    , m_attachmentLabel(new QLabel)
    , m_completer(new EnterpriseCompleter(db, m_unit))
    , m_similar(new SimilarAppealsPanel(db))
    , m_draftTimer(new QTimer(this)) {
    const QList<std::pair<QWidget *, const char *>> names{{m_number, "numberEdit"},
                                                          {m_unit, "unitEdit"},
                                                          {m_person, "personEdit"},
                                                          {m_phone, "phoneEdit"},
                                                          {m_date, "dateEdit"},
                                                          {m_problem, "problemEdit"},
                                                          {m_suggestions, "suggestionsEdit"},
                                                          {m_prior, "priorEdit"},
                                                          {m_uscc, "usccEdit"},
                                                          {m_addEnterprise, "addEnterpriseCheck"},
                                                          {m_channel, "channelCombo"},
                                                          {m_department, "departmentCombo"},
                                                          {m_domain, "domainCombo"},
                                                          {m_industry, "industryCheck"},
                                                          {m_urgent, "urgentCheck"},
                                                          {m_phoneWarning, "phoneWarning"},
                                                          {m_usccWarning, "usccWarning"},
                                                          {m_enterpriseHint, "enterpriseHint"},
                                                          {m_errors, "errorLabel"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(createPaperForm());
    leftLayout->addWidget(createExtras());
    leftLayout->addWidget(m_errors);
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

    for (QLabel *warning : {m_phoneWarning, m_usccWarning, m_errors}) {
        warning->setStyleSheet(u"color:#b9770e"_s);
        warning->setWordWrap(true);
        warning->hide();
    }
    m_errors->setStyleSheet(u"color:#c0392b"_s);
    m_enterpriseHint->setWordWrap(true);
    m_addEnterprise->setChecked(true); // a new name becomes a registry entry unless unticked

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &AppealEntryForm::saveDraftNow);
    for (QLineEdit *edit : {m_number, m_unit, m_person, m_phone, m_uscc})
        connect(edit, &QLineEdit::textChanged, this, &AppealEntryForm::scheduleDraft);
    for (QPlainTextEdit *edit : {m_problem, m_suggestions, m_prior})
        connect(edit, &QPlainTextEdit::textChanged, this, &AppealEntryForm::scheduleDraft);
    connect(m_date, &QDateEdit::dateChanged, this, &AppealEntryForm::scheduleDraft);
    // The choices do not make a draft worth keeping, but they are corrections when editing.
    for (QComboBox *combo : {m_channel, m_department, m_domain})
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            if (!m_restoring && isEditing())
                emit edited();
        });
    for (QCheckBox *check : {m_industry, m_urgent})
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_restoring && isEditing())
                emit edited();
        });
    connect(m_date, &QDateEdit::dateChanged, this, &AppealEntryForm::showNumberPreview);

    connect(m_unit, &QLineEdit::textChanged, this, &AppealEntryForm::onUnitChanged);
    connect(m_unit, &QLineEdit::editingFinished, this, [this] {
        if (const qint64 id = m_completer->idOf(m_unit->text()))
            fillFromEnterprise(id);
    });
    connect(m_completer, &EnterpriseCompleter::chosen, this, &AppealEntryForm::fillFromEnterprise);
    connect(m_phone, &QLineEdit::editingFinished, this, &AppealEntryForm::checkPhone);
    connect(m_uscc, &QLineEdit::editingFinished, this, &AppealEntryForm::checkUscc);
    connect(m_problem, &QPlainTextEdit::textChanged, this,
            [this] { m_similar->setCriteria(m_enterpriseId, m_problem->toPlainText()); });

    setUpTabOrder();
    onUnitChanged();
    showNumberPreview();
    m_unit->setFocus(); // the first field of the paper
}

AppealEntryForm::~AppealEntryForm() {
    delete m_draft;
}

QWidget *AppealEntryForm::createPaperForm() {
    const RuleProfile profile = ProfileRepository(m_db).active();
    const bool variant004 = profile.formVariant == "004"_L1;
    m_form1Title = profile.form1Title;

    auto *paper = new QFrame;
    paper->setObjectName(u"paperForm"_s);
    // Looks like the paper: white sheet, ruled cells, labels centred in their cells.
    paper->setStyleSheet(
        u"QFrame#paperForm { background: palette(base); border: 1px solid palette(mid); }"
        "QLabel[paperCell=\"true\"] { border: 1px solid palette(mid); padding: 4px 8px;"
        " background: palette(alternate-base); }"_s);
    auto *column = new QVBoxLayout(paper);
    m_title->setText(profile.form1Title.isEmpty() ? tr("Sign-up form") : profile.form1Title);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);

    auto *numberRow = new QHBoxLayout;
    numberRow->addStretch();
    numberRow->addWidget(new QLabel(tr("No.:")));
    m_number->setMaximumWidth(fontMetrics().horizontalAdvance(u"WS2024-00000"_s) + 24);
    m_number->setToolTip(tr("Leave empty to number the appeal automatically."));
    numberRow->addWidget(m_number);
    column->addLayout(numberRow);

    auto *grid = new QGridLayout;
    grid->setSpacing(0);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    const QString unitLabel = variant004 ? tr("Submitting enterprise") : tr("Submitting unit");
    const QString personLabel = variant004 ? tr("Person in charge") : tr("Enterprise head");
    grid->addWidget(cellLabel(required(unitLabel)), 0, 0);
    auto *unitCell = new QVBoxLayout;
    unitCell->setSpacing(2);
    unitCell->addWidget(m_unit);
    unitCell->addWidget(m_enterpriseHint);
    grid->addLayout(unitCell, 0, 1);
    grid->addWidget(cellLabel(personLabel), 0, 2);
    grid->addWidget(m_person, 0, 3);
    grid->addWidget(cellLabel(tr("Phone")), 1, 0);
    auto *phoneCell = new QVBoxLayout;
    phoneCell->setSpacing(2);
    phoneCell->addWidget(m_phone);
    phoneCell->addWidget(m_phoneWarning);
    grid->addLayout(phoneCell, 1, 1);
    grid->addWidget(cellLabel(required(tr("Date submitted"))), 1, 2);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    grid->addWidget(m_date, 1, 3);
    grid->addWidget(cellLabel(required(tr("Difficulties and problems"))), 2, 0);
    grid->addWidget(m_problem, 2, 1, 1, 3);
    grid->addWidget(cellLabel(tr("Opinions and suggestions")), 3, 0);
    grid->addWidget(m_suggestions, 3, 1, 1, 3);
    grid->addWidget(cellLabel(tr("Remarks")), 4, 0);
    m_prior->setPlaceholderText(tr("(problems reported earlier and their first results)"));
    grid->addWidget(m_prior, 4, 1, 1, 3);
    column->addLayout(grid);

    auto *note = new QLabel(tr("Note: a problem may concern one enterprise or a whole industry; "
                               "opinions and suggestions should be as detailed as possible."));
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    column->addWidget(note);
    return paper;
}

QWidget *AppealEntryForm::createExtras() {
    // What the office adds to the paper: the enterprise's credit code, where the form came from
    // and who collected it.
    auto *extras = new QWidget;
    auto *grid = new QGridLayout(extras);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->addWidget(new QLabel(tr("Credit code (USCC):")), 0, 0);
    auto *usccCell = new QVBoxLayout;
    usccCell->addWidget(m_uscc);
    usccCell->addWidget(m_usccWarning);
    grid->addLayout(usccCell, 0, 1);
    grid->addWidget(m_addEnterprise, 0, 2, 1, 2);
    m_uscc->setMaxLength(24);
    m_uscc->setPlaceholderText(tr("18 characters, e.g. 91110000600037341L"));

    grid->addWidget(new QLabel(tr("Channel:")), 1, 0);
    m_channel->setEditable(true);
    m_channel->addItems(channels);
    grid->addWidget(m_channel, 1, 1);
    grid->addWidget(new QLabel(tr("Collected by:")), 1, 2);
    m_department->addItem(tr("(office itself)"), 0);
    for (const Department &d : DepartmentRepository(m_db).list())
        m_department->addItem(d.name, d.id);
    grid->addWidget(m_department, 1, 3);
    // 领域: what 乌海's matching of appeals to the vice-mayors' domains reads. The leaders'
    // domains and those already used are offered; anything else can be typed.
    grid->addWidget(new QLabel(tr("Domain:")), 2, 0);
    m_domain->setEditable(true);
    QStringList domains;
    for (const Leader &l : LeaderRepository(m_db).list())
        domains << l.domains;
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT DISTINCT domain FROM appeals WHERE domain <> ''"_s);
    while (q.next())
        domains << q.value(0).toString();
    domains.removeDuplicates();
    domains.sort();
    m_domain->addItem(QString());
    m_domain->addItems(domains);
    grid->addWidget(m_domain, 2, 1);
    grid->addWidget(m_industry, 3, 1);
    grid->addWidget(m_urgent, 3, 3);
    grid->addWidget(m_attachmentLabel, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_attachmentLabel->hide();
    return extras;
}

void AppealEntryForm::setUpTabOrder() {
    // The paper's reading order, then the office's own fields, the number last (it is usually
    // left to the automatic numbering).
    const QList<QWidget *> order{m_unit,        m_person, m_phone,    m_date,          m_problem,
                                 m_suggestions, m_prior,  m_uscc,     m_addEnterprise, m_channel,
                                 m_department,  m_domain, m_industry, m_urgent,        m_number};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

bool AppealEntryForm::hasTypedText() const {
    for (const QLineEdit *edit : {m_number, m_unit, m_person, m_phone, m_uscc})
        if (!edit->text().trimmed().isEmpty())
            return true;
    for (const QPlainTextEdit *edit : {m_problem, m_suggestions, m_prior})
        if (!edit->toPlainText().trimmed().isEmpty())
            return true;
    return false;
}

void AppealEntryForm::onUnitChanged() {
    const QString name = m_unit->text().trimmed();
    m_enterpriseId = m_completer->idOf(name);
    // A stored appeal keeps the enterprise it was linked to while its unit reads as stored,
    // even when the registry spells the name differently.
    if (isEditing() && name == m_loaded.submittingUnit && m_loaded.enterpriseId > 0)
        m_enterpriseId = m_loaded.enterpriseId;
    const bool isNew = !name.isEmpty() && m_enterpriseId == 0;
    m_addEnterprise->setVisible(isNew);
    if (name.isEmpty())
        m_enterpriseHint->setText(QString());
    else if (isNew)
        m_enterpriseHint->setText(tr("<i>Not in the registry yet.</i>"));
    else
        m_enterpriseHint->setText(tr("<i>In the registry.</i>"));
    m_similar->setCriteria(m_enterpriseId, m_problem->toPlainText());
}

void AppealEntryForm::fillFromEnterprise(qint64 enterpriseId) {
    // A stored appeal whose unit was not changed keeps its own contact fields, even empty ones:
    // the clerk corrects what the paper says, not what the registry says.
    if (isEditing() && m_unit->text().trimmed() == m_loaded.submittingUnit)
        return;
    const auto e = EnterpriseRepository(m_db).find(enterpriseId);
    if (!e)
        return;
    m_enterpriseId = e->id;
    // Fill only what the clerk has not typed: the paper form wins over the registry.
    if (m_person->text().trimmed().isEmpty())
        m_person->setText(e->responsiblePerson);
    if (m_phone->text().trimmed().isEmpty())
        m_phone->setText(e->phone);
    if (m_uscc->text().trimmed().isEmpty())
        m_uscc->setText(e->uscc);
    onUnitChanged();
    checkPhone();
}

void AppealEntryForm::checkPhone() {
    const QList<ValidationIssue> issues = AppealValidator::checkPhone(m_phone->text());
    m_phoneWarning->setVisible(!issues.isEmpty());
    m_phoneWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
}

void AppealEntryForm::checkUscc() {
    const QList<ValidationIssue> issues = m_uscc->text().trimmed().isEmpty()
                                              ? QList<ValidationIssue>()
                                              : AppealValidator::checkUscc(m_uscc->text());
    m_usccWarning->setVisible(!issues.isEmpty());
    m_usccWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
}

void AppealEntryForm::showNumberPreview() {
    const QString preview = AppealNumbering(m_db).preview(m_date->date().year());
    m_number->setPlaceholderText(preview.isEmpty() ? tr("automatic") : preview);
}

Appeal AppealEntryForm::appealFromFields() const {
    Appeal a = m_loaded; // editing keeps status, screening, topic and duplicate mark
    a.number = m_number->text().trimmed();
    a.submittingUnit = m_unit->text().trimmed();
    a.enterpriseId = m_enterpriseId;
    a.responsiblePerson = m_person->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.submitDate = m_date->date();
    a.channel = m_channel->currentText().trimmed();
    a.collectingDepartmentId = m_department->currentData().toLongLong();
    a.problem = m_problem->toPlainText().trimmed();
    a.suggestions = m_suggestions->toPlainText().trimmed();
    a.priorHandling = m_prior->toPlainText().trimmed();
    a.domain = m_domain->currentText().trimmed();
    a.industryWide = m_industry->isChecked();
    a.urgent = m_urgent->isChecked();
    return a;
}

QWidget *AppealEntryForm::fieldWidget(const QString &field) const {
    if (field == "submitting_unit"_L1)
        return m_unit;
    if (field == "submit_date"_L1)
        return m_date;
    if (field == "problem"_L1)
        return m_problem;
    if (field == "number"_L1)
        return m_number;
    if (field == "phone"_L1)
        return m_phone;
    if (field == "uscc"_L1)
        return m_uscc;
    if (field == "responsible_person"_L1)
        return m_person;
    return nullptr;
}

void AppealEntryForm::showErrors(const QStringList &messages, QWidget *first) {
    m_errors->setText(messages.join(u'\n'));
    m_errors->setVisible(!messages.isEmpty());
    if (first)
        first->setFocus();
}

bool AppealEntryForm::save() {
    Appeal appeal = appealFromFields();
    const QString uscc = m_uscc->text().trimmed();
    QList<ValidationIssue> issues = AppealValidator(&m_db).validate(appeal, uscc);
    if (isEditing() && appeal.number.isEmpty())
        issues.prepend(ValidationIssue::make(
            u"number"_s, ValidationIssue::Severity::Error,
            tr("is required: a stored appeal keeps a number (it was %1)").arg(m_loaded.number)));
    QStringList errors;
    QWidget *first = nullptr;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        if (!issue.isError())
            continue; // warnings are shown beside their fields and do not stop the clerk
        errors << issue.message;
        if (!first)
            first = fieldWidget(issue.field);
    }
    if (!errors.isEmpty()) {
        showErrors(errors, first);
        return false;
    }
    return isEditing() ? storeChanges(appeal, uscc) : storeNew(appeal, uscc);
}

bool AppealEntryForm::createEnterpriseIfNew(Appeal &appeal, const QString &uscc) {
    if (appeal.enterpriseId != 0 || !m_addEnterprise->isVisible() || !m_addEnterprise->isChecked())
        return true;
    Enterprise e;
    e.name = appeal.submittingUnit;
    e.uscc = uscc;
    e.responsiblePerson = appeal.responsiblePerson;
    e.phone = appeal.phone;
    EnterpriseRepository enterprises(m_db);
    if (!enterprises.insert(e)) {
        showErrors({enterprises.errorString()}, m_unit);
        return false;
    }
    appeal.enterpriseId = e.id;
    return true;
}

bool AppealEntryForm::storeNew(Appeal appeal, const QString &uscc) {
    TransactionGuard tx(m_db.sql());
    if (!createEnterpriseIfNew(appeal, uscc))
        return false;
    AppealRepository appeals(m_db);
    if (!appeals.insert(appeal)) {
        showErrors({appeals.errorString()}, nullptr);
        return false;
    }
    AttachmentRepository attachments(m_db);
    for (const QString &path : std::as_const(m_attachments)) {
        if (!attachments.addFile(appeal.id, path)) {
            showErrors({attachments.errorString()}, nullptr);
            return false;
        }
    }
    bool linked = true;
    switch (m_similar->link()) {
    case SimilarAppealsPanel::Link::DuplicateOf:
        linked = appeals.markDuplicate(appeal.id, m_similar->linkedAppealId());
        break;
    case SimilarAppealsPanel::Link::SameTopic:
        linked = appeals.setTopic(appeal.id, m_similar->linkedTopicId());
        break;
    case SimilarAppealsPanel::Link::None:
        break;
    }
    if (!linked || !tx.commit()) {
        showErrors({appeals.errorString().isEmpty() ? tr("The appeal could not be stored.")
                                                    : appeals.errorString()},
                   nullptr);
        return false;
    }
    m_lastSavedId = appeal.id;
    ++m_savedCount;
    showErrors({}, nullptr);
    if (appeal.enterpriseId && m_addEnterprise->isVisible())
        m_completer->reload();
    emit saved(appeal.id, appeal.number);
    return true;
}

bool AppealEntryForm::storeChanges(Appeal appeal, const QString &uscc) {
    const bool newEnterprise =
        appeal.enterpriseId == 0 && m_addEnterprise->isVisible() && m_addEnterprise->isChecked();
    TransactionGuard tx(m_db.sql());
    if (!createEnterpriseIfNew(appeal, uscc))
        return false;
    AppealRepository appeals(m_db);
    if (!appeals.update(appeal) || !tx.commit()) {
        showErrors({appeals.errorString().isEmpty() ? tr("The changes could not be stored.")
                                                    : appeals.errorString()},
                   appeal.number != m_loaded.number ? m_number : nullptr);
        return false;
    }
    m_lastSavedId = appeal.id;
    ++m_savedCount;
    showErrors({}, nullptr);
    if (newEnterprise)
        m_completer->reload();
    loadAppeal(appeal.id); // what is stored now, as the repository trimmed it
    emit saved(appeal.id, appeal.number);
    return true;
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
    // The departments work from sheets that carry the number: once assigned it stays.
    const auto assigned = AppealRepository(m_db).currentAssignment(appealId);
    m_number->setReadOnly(assigned.has_value());
    m_number->setToolTip(
        assigned ? tr("Assigned on %1: the number is printed on the assignment sheets and stays.")
                       .arg(assigned->assignedOn.toString(Qt::ISODate))
                 : tr("The appeal's number; it must stay unique."));
    m_loadedJson = fieldsAsJson();
    showErrors({}, nullptr);
    return true;
}

void AppealEntryForm::fillFields(const Appeal &appeal) {
    m_restoring = true;
    m_number->setText(appeal.number);
    m_unit->setText(appeal.submittingUnit);
    m_person->setText(appeal.responsiblePerson);
    m_phone->setText(appeal.phone);
    m_date->setDate(appeal.submitDate);
    m_problem->setPlainText(appeal.problem);
    m_suggestions->setPlainText(appeal.suggestions);
    m_prior->setPlainText(appeal.priorHandling);
    const auto enterprise = appeal.enterpriseId > 0
                                ? EnterpriseRepository(m_db).find(appeal.enterpriseId)
                                : std::nullopt;
    m_uscc->setText(enterprise ? enterprise->uscc : QString());
    m_channel->setCurrentText(appeal.channel);
    m_department->setCurrentIndex(qMax(0, m_department->findData(appeal.collectingDepartmentId)));
    m_domain->setCurrentText(appeal.domain);
    m_industry->setChecked(appeal.industryWide);
    m_urgent->setChecked(appeal.urgent);
    m_addEnterprise->setChecked(true);
    m_restoring = false;
    onUnitChanged();
    checkPhone();
    checkUscc();
}

bool AppealEntryForm::isModified() const {
    return isEditing() && fieldsAsJson() != m_loadedJson;
}

void AppealEntryForm::focusFirstField() {
    m_unit->setFocus();
}

void AppealEntryForm::revert() {
    if (isEditing())
        loadAppeal(m_loaded.id);
}

void AppealEntryForm::clearForNextSheet() {
    m_restoring = true;
    for (QLineEdit *edit : {m_number, m_unit, m_person, m_phone, m_uscc})
        edit->clear();
    for (QPlainTextEdit *edit : {m_problem, m_suggestions, m_prior})
        edit->clear();
    m_domain->setCurrentText(QString());
    m_industry->setChecked(false);
    m_urgent->setChecked(false);
    m_addEnterprise->setChecked(true);
    m_attachments.clear();
    m_attachmentLabel->hide();
    m_similar->clearLink();
    m_phoneWarning->hide();
    m_usccWarning->hide();
    m_restoring = false;
    m_draftTimer->stop();
    discardDraft();
    showNumberPreview();
    m_unit->setFocus();
}

void AppealEntryForm::addAttachment(const QString &path) {
    if (path.isEmpty() || m_attachments.contains(path))
        return;
    m_attachments << path;
    QStringList names;
    for (const QString &p : std::as_const(m_attachments))
        names << QFileInfo(p).fileName();
    m_attachmentLabel->setText(tr("Scans to attach: %1").arg(names.join(u", "_s)));
    m_attachmentLabel->show();
    scheduleDraft();
}

QJsonObject AppealEntryForm::fieldsAsJson() const {
    return {
        {"number"_L1, m_number->text()},
        {"submitting_unit"_L1, m_unit->text()},
        {"responsible_person"_L1, m_person->text()},
        {"phone"_L1, m_phone->text()},
        {"submit_date"_L1, m_date->date().toString(Qt::ISODate)},
        {"problem"_L1, m_problem->toPlainText()},
        {"suggestions"_L1, m_suggestions->toPlainText()},
        {"prior_handling"_L1, m_prior->toPlainText()},
        {"uscc"_L1, m_uscc->text()},
        {"channel"_L1, m_channel->currentText()},
        {"collecting_department_id"_L1, m_department->currentData().toLongLong()},
        {"domain"_L1, m_domain->currentText()},
        {"industry"_L1, m_industry->isChecked()},
        {"urgent"_L1, m_urgent->isChecked()},
        {"attachments"_L1, QJsonArray::fromStringList(m_attachments)},
    };
}

void AppealEntryForm::restoreFields(const QJsonObject &json) {
    m_restoring = true;
    m_number->setText(json.value("number"_L1).toString());
    m_unit->setText(json.value("submitting_unit"_L1).toString());
    m_person->setText(json.value("responsible_person"_L1).toString());
    m_phone->setText(json.value("phone"_L1).toString());
    const QDate date = QDate::fromString(json.value("submit_date"_L1).toString(), Qt::ISODate);
    if (date.isValid())
        m_date->setDate(date);
    m_problem->setPlainText(json.value("problem"_L1).toString());
    m_suggestions->setPlainText(json.value("suggestions"_L1).toString());
    m_prior->setPlainText(json.value("prior_handling"_L1).toString());
    m_uscc->setText(json.value("uscc"_L1).toString());
    m_channel->setCurrentText(json.value("channel"_L1).toString());
    const int dept = m_department->findData(json.value("collecting_department_id"_L1).toInteger());
    m_department->setCurrentIndex(qMax(0, dept));
    m_domain->setCurrentText(json.value("domain"_L1).toString());
    m_industry->setChecked(json.value("industry"_L1).toBool());
    m_urgent->setChecked(json.value("urgent"_L1).toBool());
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
