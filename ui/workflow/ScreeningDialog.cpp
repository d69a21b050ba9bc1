#include "ui/workflow/ScreeningDialog.h"
#include "ui_ScreeningDialog.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/RecordNames.h"
#include "core/workflow/ScreeningService.h"

#include <QButtonGroup>
#include <QPushButton>

using namespace Qt::StringLiterals;

ScreeningDialog::ScreeningDialog(Database &db, const QList<qint64> &appealIds, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ids(appealIds)
    , m_ui(std::make_unique<Ui::ScreeningDialog>())
    , m_group(new QButtonGroup(this)) {
    m_ui->setupUi(this);
    setWindowTitle(appealIds.size() == 1 ? tr("Screen appeal")
                                         : tr("Screen %n appeals", nullptr, int(appealIds.size())));
    // Which appeals the decision is for, so that the clerk checks before recording it.
    QStringList which;
    for (qint64 id : appealIds.mid(0, 5))
        which << RecordNames::appealSummary(db, id);
    if (appealIds.size() > 5)
        which << tr("… and %n more", nullptr, int(appealIds.size()) - 5);
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setText(
        (appealIds.size() == 1
             ? tr("Decide whether this appeal is within the meeting's scope.")
             : tr("One decision for all %n selected appeals: if one cannot take it, none is "
                  "changed.",
                  nullptr, int(appealIds.size()))) +
        u'\n' + which.join(u'\n'));

    const RuleProfile profile = ProfileRepository(db).active();
    for (const ExclusionReason &r : profile.exclusionReasons)
        m_ui->reasonCombo->addItem(r.label, r.code);
    for (const ChoiceLists::Choice &d : ChoiceLists(db).departments())
        m_ui->departmentCombo->addItem(d.name, d.id);
    m_ui->answerEdit->setMaximumHeight(80);

    m_group->addButton(m_ui->acceptRadio, int(Choice::Accept));
    m_group->addButton(m_ui->rejectRadio, int(Choice::Reject));
    m_group->addButton(m_ui->localRadio, int(Choice::RedirectLocal));
    m_group->addButton(m_ui->departmentRadio, int(Choice::RedirectDepartment));
    m_group->addButton(m_ui->solveRadio, int(Choice::Solve));
    m_ui->acceptRadio->setChecked(true);
    m_ui->messageLabel->clear();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ScreeningDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, &ScreeningDialog::updateEnabled);
    updateEnabled();
}

ScreeningDialog::~ScreeningDialog() = default;

void ScreeningDialog::updateEnabled() {
    const auto c = Choice(m_group->checkedId());
    m_ui->reasonCombo->setEnabled(c == Choice::Reject);
    m_ui->targetEdit->setEnabled(c == Choice::RedirectLocal);
    m_ui->departmentCombo->setEnabled(c == Choice::RedirectDepartment);
    m_ui->answerEdit->setEnabled(c == Choice::Solve);
}

void ScreeningDialog::setChoice(Choice choice) {
    m_group->button(int(choice))->setChecked(true);
}

void ScreeningDialog::setReasonCode(const QString &code) {
    m_ui->reasonCombo->setCurrentIndex(m_ui->reasonCombo->findData(code));
}

void ScreeningDialog::setDepartment(qint64 departmentId) {
    m_ui->departmentCombo->setCurrentIndex(m_ui->departmentCombo->findData(departmentId));
}

void ScreeningDialog::setTarget(const QString &target) {
    m_ui->targetEdit->setText(target);
}

void ScreeningDialog::setAnswer(const QString &answer) {
    m_ui->answerEdit->setPlainText(answer);
}

void ScreeningDialog::setNote(const QString &note) {
    m_ui->noteEdit->setText(note);
}

QString ScreeningDialog::message() const {
    return m_ui->messageLabel->text();
}

bool ScreeningDialog::apply() {
    using D = ScreeningService::Decision;
    D d;
    d.note = m_ui->noteEdit->text();
    switch (Choice(m_group->checkedId())) {
    case Choice::Accept:
        break;
    case Choice::Reject:
        d.kind = D::Kind::Reject;
        d.reasonCode = m_ui->reasonCombo->currentData().toString();
        break;
    case Choice::RedirectLocal:
        d.kind = D::Kind::Redirect;
        d.redirect = D::Redirect::Local;
        d.target = m_ui->targetEdit->text();
        break;
    case Choice::RedirectDepartment:
        d.kind = D::Kind::Redirect;
        d.redirect = D::Redirect::Department;
        d.departmentId = m_ui->departmentCombo->currentData().toLongLong();
        break;
    case Choice::Solve:
        d.kind = D::Kind::Solve;
        d.answer = m_ui->answerEdit->toPlainText();
        break;
    }
    ScreeningService service(m_db);
    if (!service.apply(m_ids, d)) {
        m_ui->messageLabel->setText(service.errorString());
        return false;
    }
    m_ui->messageLabel->clear();
    accept();
    return true;
}
