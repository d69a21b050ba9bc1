#include "ui/EnterpriseDialog.h"
#include "ui_EnterpriseDialog.h"

#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderRepository.h"
#include "core/validation/AppealValidator.h"
#include "ui/EditConflictDialog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

EnterpriseDialog::EnterpriseDialog(Database &db, const Enterprise &enterprise, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_enterprise(enterprise)
    , m_ui(std::make_unique<Ui::EnterpriseDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(enterprise.id ? tr("Edit enterprise") : tr("New enterprise"));
    QComboBox *leader = m_ui->leaderCombo;
    leader->addItem(tr("(none)"), 0);
    for (const Leader &l : LeaderRepository(db).list())
        leader->addItem(l.title.isEmpty() ? l.name : l.name + u" ("_s + l.title + u')', l.id);
    fill(enterprise);
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->usccEdit, &QLineEdit::editingFinished, this, &EnterpriseDialog::checkUscc);
    connect(m_ui->phoneEdit, &QLineEdit::editingFinished, this, &EnterpriseDialog::checkPhone);
    checkUscc();
    checkPhone();
    resize(560, sizeHint().height());
}

EnterpriseDialog::~EnterpriseDialog() = default;

void EnterpriseDialog::fill(const Enterprise &e) {
    m_ui->nameEdit->setText(e.name);
    m_ui->usccEdit->setText(e.uscc);
    m_ui->personEdit->setText(e.responsiblePerson);
    m_ui->phoneEdit->setText(e.phone);
    m_ui->industryEdit->setText(e.industry);
    m_ui->districtEdit->setText(e.district);
    m_ui->tagsEdit->setText(e.tags.join(u"、"_s));
    m_ui->leaderCombo->setCurrentIndex(qMax(0, m_ui->leaderCombo->findData(e.liaisonLeaderId)));
}

Enterprise EnterpriseDialog::enterprise() const {
    Enterprise e = m_enterprise;
    e.name = m_ui->nameEdit->text().trimmed();
    e.uscc = m_ui->usccEdit->text().trimmed();
    e.responsiblePerson = m_ui->personEdit->text().trimmed();
    e.phone = m_ui->phoneEdit->text().trimmed();
    e.industry = m_ui->industryEdit->text().trimmed();
    e.district = m_ui->districtEdit->text().trimmed();
    e.tags =
        m_ui->tagsEdit->text().split(QRegularExpression(u"[、,，;；\\s]+"_s), Qt::SkipEmptyParts);
    e.liaisonLeaderId = m_ui->leaderCombo->currentData().toLongLong();
    return e;
}

void EnterpriseDialog::checkUscc() {
    const QString uscc = m_ui->usccEdit->text();
    const auto issues =
        uscc.trimmed().isEmpty() ? QList<ValidationIssue>() : AppealValidator::checkUscc(uscc);
    m_ui->usccWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
    m_ui->usccWarning->setVisible(!issues.isEmpty());
}

void EnterpriseDialog::checkPhone() {
    const auto issues = AppealValidator::checkPhone(m_ui->phoneEdit->text());
    m_ui->phoneWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
    m_ui->phoneWarning->setVisible(!issues.isEmpty());
}

void EnterpriseDialog::accept() {
    if (save(enterprise()))
        QDialog::accept();
}

bool EnterpriseDialog::save(Enterprise e) {
    EnterpriseRepository repo(m_db);
    const bool ok = e.id ? repo.update(e) : repo.insert(e);
    if (!ok && repo.conflict())
        return resolveConflict(e, repo.errorString());
    if (!ok) {
        showError(repo.errorString());
        m_ui->nameEdit->setFocus();
        return false;
    }
    m_enterprise = e;
    return true;
}

bool EnterpriseDialog::resolveConflict(const Enterprise &yours, const QString &message) {
    const auto stored = EnterpriseRepository(m_db).find(yours.id);
    if (!stored) {
        showError(tr("The enterprise %1 no longer exists.").arg(m_enterprise.name));
        return false;
    }
    // Three ways: what this dialog loaded, what the clerk made of it, what is stored now.
    const EnterpriseMerge merge(m_enterprise, yours, *stored);
    EditConflictDialog dialog(
        message,
        EditConflictDialog::differences(
            merge, yours, *stored,
            [this](EnterpriseMerge::Field field, const Enterprise &e) { return text(field, e); }),
        this);
    dialog.exec();
    switch (dialog.choice()) {
    case EditConflictDialog::Choice::Reload:
        m_enterprise = *stored;
        fill(*stored);
        showError(tr("The dialog shows the stored version now; nothing of yours was saved."));
        return false;
    case EditConflictDialog::Choice::Overwrite:
        // The clerk's changes onto the version just shown (what only the other desk changed
        // stays); the dialog shows the merged values, so that a save refused again does not
        // count the other desk's values as the clerk's changes.
        m_enterprise = *stored;
        fill(merge.merged());
        return save(merge.merged());
    case EditConflictDialog::Choice::Back:
        break;
    }
    showError(message);
    return false;
}

QString EnterpriseDialog::text(EnterpriseMerge::Field field, const Enterprise &e) const {
    using F = EnterpriseMerge::Field;
    switch (field) {
    case F::Name:
        return e.name;
    case F::Uscc:
        return e.uscc;
    case F::ResponsiblePerson:
        return e.responsiblePerson;
    case F::Phone:
        return e.phone;
    case F::Industry:
        return e.industry;
    case F::District:
        return e.district;
    case F::Tags:
        return e.tags.join(u"、"_s);
    case F::LiaisonLeader: {
        // As the dialog's list names the leader; a leader not in it was removed meanwhile.
        const int at = m_ui->leaderCombo->findData(e.liaisonLeaderId);
        return at >= 0 ? m_ui->leaderCombo->itemText(at) : QString::number(e.liaisonLeaderId);
    }
    }
    return {};
}

void EnterpriseDialog::showError(const QString &message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}
