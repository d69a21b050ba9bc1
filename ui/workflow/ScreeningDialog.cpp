#include "ScreeningDialog.h"

#include "Database.h"
#include "ProfileRepository.h"
#include "ScreeningService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScreeningDialog::ScreeningDialog(Database &db, const QList<qint64> &appealIds, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ids(appealIds)
    , m_group(new QButtonGroup(this))
    , m_reason(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_answer(new QPlainTextEdit(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(appealIds.size() == 1 ? tr("Screen appeal")
                                         : tr("Screen %n appeals", nullptr, int(appealIds.size())));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(appealIds.size() == 1
                                 ? tr("Decide whether this appeal is within the meeting's scope.")
                                 : tr("One decision for all %n selected appeals: if one cannot "
                                      "take it, none is changed.",
                                      nullptr, int(appealIds.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const RuleProfile profile = ProfileRepository(db).active();
    for (const ExclusionReason &r : profile.exclusionReasons)
        m_reason->addItem(r.label, r.code);
    QSqlQuery q(db.sql());
    q.exec(u"SELECT id, name FROM departments ORDER BY name"_s);
    while (q.next())
        m_department->addItem(q.value(1).toString(), q.value(0));
    m_target->setPlaceholderText(tr("e.g. the district or town government"));
    m_answer->setPlaceholderText(tr("The answer given to the enterprise at once"));
    m_answer->setMaximumHeight(80);

    auto *form = new QFormLayout;
    const QList<std::pair<Choice, QString>> choices{
        {Choice::Accept, tr("Accept for the meeting")},
        {Choice::Reject, tr("Not accepted")},
        {Choice::RedirectLocal, tr("Redirect to the local government (属地)")},
        {Choice::RedirectDepartment, tr("Redirect to a department")},
        {Choice::Solve, tr("Solved at once (即知即办)")}};
    for (const auto &[choice, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        m_group->addButton(radio, int(choice));
        QWidget *field = nullptr;
        if (choice == Choice::Reject)
            field = m_reason;
        else if (choice == Choice::RedirectLocal)
            field = m_target;
        else if (choice == Choice::RedirectDepartment)
            field = m_department;
        else if (choice == Choice::Solve)
            field = m_answer;
        if (field)
            form->addRow(radio, field);
        else
            form->addRow(radio);
    }
    m_group->button(int(Choice::Accept))->setChecked(true);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScreeningDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, &ScreeningDialog::updateEnabled);
    updateEnabled();
}

void ScreeningDialog::updateEnabled() {
    const auto c = Choice(m_group->checkedId());
    m_reason->setEnabled(c == Choice::Reject);
    m_target->setEnabled(c == Choice::RedirectLocal);
    m_department->setEnabled(c == Choice::RedirectDepartment);
    m_answer->setEnabled(c == Choice::Solve);
}

void ScreeningDialog::setChoice(Choice choice) {
    m_group->button(int(choice))->setChecked(true);
}

void ScreeningDialog::setReasonCode(const QString &code) {
    m_reason->setCurrentIndex(m_reason->findData(code));
}

void ScreeningDialog::setDepartment(qint64 departmentId) {
    m_department->setCurrentIndex(m_department->findData(departmentId));
}

void ScreeningDialog::setTarget(const QString &target) {
    m_target->setText(target);
}

void ScreeningDialog::setAnswer(const QString &answer) {
    m_answer->setPlainText(answer);
}

void ScreeningDialog::setNote(const QString &note) {
    m_note->setText(note);
}

QString ScreeningDialog::message() const {
    return m_message->text();
}

bool ScreeningDialog::apply() {
    using D = ScreeningService::Decision;
    D d;
    d.note = m_note->text();
    switch (Choice(m_group->checkedId())) {
    case Choice::Accept:
        break;
    case Choice::Reject:
        d.kind = D::Kind::Reject;
        d.reasonCode = m_reason->currentData().toString();
        break;
    case Choice::RedirectLocal:
        d.kind = D::Kind::Redirect;
        d.redirect = D::Redirect::Local;
        d.target = m_target->text();
        break;
    case Choice::RedirectDepartment:
        d.kind = D::Kind::Redirect;
        d.redirect = D::Redirect::Department;
        d.departmentId = m_department->currentData().toLongLong();
        break;
    case Choice::Solve:
        d.kind = D::Kind::Solve;
        d.answer = m_answer->toPlainText();
        break;
    }
    ScreeningService service(m_db);
    if (!service.apply(m_ids, d)) {
        m_message->setText(service.errorString());
        return false;
    }
    m_message->clear();
    accept();
    return true;
}
